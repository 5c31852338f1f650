// Where a key's value stands in the text, even when the parser rejected it (null, a list, a block).

import type { Position } from './model';

export interface KeyValueSpan {
  /** Right after the colon: where a new value goes. */
  start: Position;
  /** End of the old value: its last continuation line, or before a trailing comment. */
  end: Position;
}

const KEY_LINE = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*:(?=\s|$)/;

/** Finds `key:` at `column` between two lines (inclusive) and the extent of its value. */
export function findKeyValue(
  text: string,
  key: string,
  column: number,
  fromLine: number,
  toLine: number,
): KeyValueSpan | undefined {
  const lines = text.split('\n');
  const last = Math.min(toLine, lines.length - 1);
  for (let line = Math.max(0, fromLine); line <= last; line++) {
    const match = KEY_LINE.exec(lines[line]);
    if (!match || match[2] !== key || match[1].length !== column) continue;
    const start = { line, column: match[0].length };
    const endLine = lastContinuation(lines, line, column, last);
    if (endLine > line) return { start, end: { line: endLine, column: lines[endLine].length } };
    const rest = lines[line].slice(start.column);
    return { start, end: { line, column: lines[line].length - trailingComment(rest).length } };
  }
  return undefined;
}

/** Deeper lines (and `- ` items at the key's own column) belong to the key's value. */
function lastContinuation(lines: string[], line: number, column: number, last: number): number {
  let end = line;
  for (let next = line + 1; next <= last; next++) {
    const text = lines[next];
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const indent = text.length - text.trimStart().length;
    if (indent > column || (indent === column && text.trimStart().startsWith('- '))) end = next;
    else break;
  }
  return end;
}

/** A `# comment` after the value, kept when the value is replaced; quoted values are left whole. */
function trailingComment(rest: string): string {
  if (rest.trimStart().startsWith('#')) return rest;
  if (/["']/.test(rest)) return '';
  return /\s+#.*$/.exec(rest)?.[0] ?? '';
}
