// What the slip ledger reads of one version of a plan file: the initiatives it holds and, for
// each, the tracked values (target, status, priority, owner, outcome) and the title.
import { isIsoDate } from '../dates';
import { parseYamlValue } from '../parse/plainYaml';

export const FIELDS = ['target', 'status', 'priority', 'owner', 'outcome'] as const;
type Field = (typeof FIELDS)[number];
/** The tracked values of one initiative; `outcome` is `outcome.current`, `measured` its date as written; `title` names a removal. */
export type Values = Partial<Record<Field | 'measured' | 'title', string>>;

// Only `.yaml`, as the plan is loaded: an initiative moved into a `.yml` file has left the plan.
const FILE_INITIATIVE = /(?:^|\/)\.delivery\/initiatives\/([^/]+)\.yaml$/;
const LIST_FILE = /(?:^|\/)\.delivery\/initiatives\.yaml$/;

/** The id of a one-initiative file (its name), or undefined for any other path. */
export function initiativeOfFile(path: string): string | undefined {
  return FILE_INITIATIVE.exec(path)?.[1];
}

/** Whether the plan is read from `path`. */
export function isPlanFile(path: string): boolean {
  return FILE_INITIATIVE.test(path) || LIST_FILE.test(path);
}

/**
 * The initiatives of one file version with their values; none for a path that holds no plan.
 * Undefined when the version cannot be read (invalid YAML, not a mapping): it says nothing of
 * which initiatives the file holds, so none leaves the plan by it.
 */
export function valuesIn(path: string, text: string): [string, Values][] | undefined {
  if (!isPlanFile(path)) return [];
  const single = initiativeOfFile(path);
  let doc: unknown;
  try {
    doc = parseYamlValue(text);
  } catch {
    return undefined;
  }
  if (!isRecord(doc)) return undefined;
  if (single !== undefined) return [[single, pick(doc)]];
  if (!Array.isArray(doc.initiatives)) return undefined;
  return doc.initiatives
    .filter(isRecord)
    .filter((entry) => typeof entry.id === 'string')
    .map((entry) => [entry.id as string, pick(entry)]);
}

function pick(doc: Record<string, unknown>): Values {
  const values: Values = {};
  const target = doc.target;
  if (typeof target === 'string' || target instanceof Date)
    values.target = String(target instanceof Date ? target.toISOString().slice(0, 10) : target);
  else if (isRecord(target)) values.target = `${String(target.start)}..${String(target.end)}`;
  if (typeof doc.status === 'string') values.status = doc.status;
  if (typeof doc.priority === 'number' || typeof doc.priority === 'string') values.priority = String(doc.priority);
  if (typeof doc.owner === 'string') values.owner = doc.owner.trim();
  if (typeof doc.title === 'string' && doc.title.trim()) values.title = doc.title.trim();
  if (isRecord(doc.outcome)) pickOutcome(doc.outcome, values);
  return values;
}

/** A measurement is a `current` that is text or a number; `measured` counts only as a date. */
function pickOutcome(outcome: Record<string, unknown>, values: Values): void {
  const { current, measured } = outcome;
  if (typeof current === 'string' ? current.trim() === '' : typeof current !== 'number') return;
  values.outcome = String(current).trim();
  const day = measured instanceof Date ? measured.toISOString().slice(0, 10) : measured;
  if (typeof day === 'string' && isIsoDate(day)) values.measured = day;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
