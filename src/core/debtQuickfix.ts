// The owner quick fix for a debt item or an investment: plain text edits at the place the finding
// points, so the register's comments and layout survive.
import { stringify } from 'yaml';
import type { Range } from './model';
import type { TextEdit } from './quickfix';

const PLAN_LIST_FILE = /(^|\/)\.delivery\/(debt\.yaml|investments\/[^/]+\.yaml)$/;

/** True for `.delivery/debt.yaml` and `.delivery/investments/<quarter>.yaml`, by path or URI path. */
export function isDebtOrInvestmentsFile(path: string): boolean {
  return PLAN_LIST_FILE.test(path);
}

/**
 * For `owner-not-a-person` the range is the owner's value: it is replaced. For `owner-missing` it is
 * the item's name key (`item:` or `investment:`): an `owner:` line goes under it, at the same indent,
 * when that line is a plain block entry; undefined otherwise (a flow mapping, a multi-line value).
 */
export function debtOwnerEdit(text: string, code: string, range: Range, owner: string): TextEdit | undefined {
  const value = stringify(owner.trim(), { lineWidth: 0 }).trimEnd();
  if (code === 'owner-not-a-person') return { range, newText: value };
  if (code !== 'owner-missing') return undefined;
  const lines = text.split('\n');
  const line = lines[range.start.line] ?? '';
  const column = range.start.column;
  const head = line.slice(0, column);
  if (
    !/^\s*(- )?$/.test(head) ||
    !/^(item|investment):\s*[^\s|>{[&*!][^{}]*$/.test(line.slice(column).replace(/\r$/, ''))
  )
    return undefined;
  const next = lines[range.start.line + 1];
  if (next !== undefined && next.trim() && !next.trim().startsWith('#') && next.search(/\S/) > column) return undefined;
  const at = { line: range.start.line + 1, column: 0 };
  const eol = line.endsWith('\r') ? '\r\n' : '\n';
  const atEnd = range.start.line + 1 >= lines.length;
  return {
    range: { start: at, end: at },
    newText: `${atEnd ? eol : ''}${' '.repeat(column)}owner: ${value}${atEnd ? '' : eol}`,
  };
}
