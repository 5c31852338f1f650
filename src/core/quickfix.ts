// Quick-fix edits as plain text edits on the initiative's file, so formatting and comments survive.
import { stringify } from 'yaml';
import type { Initiative, IsoDate, Located, Position, Range } from './model';
import { addDays, quarterOf, quarterRange } from './dates';
import { findKeyValue } from './keyLine';
import { joinLines } from './parse/oneLine';

export interface TextEdit {
  range: Range;
  newText: string;
}

export const WHY_PLACEHOLDER = 'TODO: the business result this initiative serves';
export const OUTCOME_SKELETON = {
  metric: 'TODO: the business metric this initiative moves',
  baseline: 'TODO: its value today',
  target: 'TODO: its value when this is done',
};

/** Replace the owner, or add an `owner:` line under the title when there is none. */
export function setOwnerEdit(text: string, initiative: Initiative, owner: string): TextEdit {
  if (initiative.owner) return { range: initiative.owner.range, newText: scalar(owner) };
  return setKeyEdit(text, initiative, 'owner', ` ${scalar(owner)}`);
}

/** Replace the target (or add one) with the quarter after the as-of date's quarter. */
export function nextQuarterTargetEdit(text: string, initiative: Initiative, asOf: IsoDate): TextEdit {
  const quarter = nextQuarter(asOf);
  if (initiative.target) return { range: initiative.target.range, newText: quarter };
  return setKeyEdit(text, initiative, 'target', ` ${quarter}`);
}

export function addWhyEdit(text: string, initiative: Initiative): TextEdit {
  return setKeyEdit(text, initiative, 'why', ` ${scalar(WHY_PLACEHOLDER)}`);
}

/** A whole `outcome:` block at the end of the initiative, or a `metric:` line in an existing block. */
export function addOutcomeEdit(text: string, initiative: Initiative): TextEdit | undefined {
  const outcome = initiative.outcome;
  const child = outcome && [outcome.baseline, outcome.target, outcome.current].find((field) => field !== undefined);
  if (outcome && !child) return undefined;
  if (child) {
    const indent = ' '.repeat(child.keyRange.start.column);
    const at = { line: child.keyRange.start.line, column: 0 };
    return { range: { start: at, end: at }, newText: `${indent}metric: ${scalar(OUTCOME_SKELETON.metric)}\n` };
  }
  const indent = ' '.repeat(keyColumn(initiative));
  const lines = Object.entries(OUTCOME_SKELETON).map(([key, value]) => `${indent}  ${key}: ${scalar(value)}`);
  const existing = keySpan(text, initiative, 'outcome');
  if (existing) return { range: existing, newText: ['', ...lines].join('\n') };
  return insertLinesAt(text, lineAfter(initiative.range), [`${indent}outcome:`, ...lines]);
}

export function nextQuarter(asOf: IsoDate): string {
  return quarterOf(addDays(quarterRange(quarterOf(asOf)).end, 1));
}

/** Fills a key the parser could not use (empty, null, a list) in place; adds it under the title otherwise. */
function setKeyEdit(text: string, initiative: Initiative, key: string, value: string): TextEdit {
  const existing = keySpan(text, initiative, key);
  if (existing) return { range: existing, newText: value };
  const anchor = initiative.title ?? initiative.owner;
  const at = anchor ? lineAfter(anchor.range) : lineAfter(initiative.idRange);
  return insertLinesAt(text, at, [`${' '.repeat(keyColumn(initiative))}${key}:${value}`]);
}

function keySpan(text: string, initiative: Initiative, key: string): Range | undefined {
  return findKeyValue(text, key, keyColumn(initiative), initiative.range.start.line, initiative.range.end.line);
}

/** The column of the initiative's own keys: 0 in its own file, deeper inside initiatives.yaml. */
function keyColumn(initiative: Initiative): number {
  const fields: (Located<unknown> | undefined)[] = [
    initiative.title,
    initiative.owner,
    initiative.why,
    initiative.status,
    initiative.target,
    initiative.roadmap,
    initiative.priority,
  ];
  const first = fields.find((field) => field !== undefined);
  return first ? first.keyRange.start.column : initiative.idRange.start.column;
}

/** The first line after a range (a range that ends at column 0 already ends on a fresh line). */
function lineAfter(range: Range): number {
  return range.end.column === 0 && range.end.line > range.start.line ? range.end.line : range.end.line + 1;
}

function insertLinesAt(text: string, line: number, lines: string[]): TextEdit {
  const all = text.split('\n');
  if (line < all.length) {
    const at: Position = { line, column: 0 };
    return { range: { start: at, end: at }, newText: lines.map((l) => `${l}\n`).join('') };
  }
  // Past the last line of a file without a final newline: start a new line first.
  const last = all.length - 1;
  const at: Position = { line: last, column: all[last].length };
  const prefix = all[last] === '' ? '' : '\n';
  return { range: { start: at, end: at }, newText: prefix + lines.join('\n') + '\n' };
}

/** A YAML scalar for one line of user text: plain when safe, quoted otherwise. */
function scalar(value: string): string {
  return stringify(joinLines(value).trim(), { lineWidth: 0 }).trimEnd();
}
