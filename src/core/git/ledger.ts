// The slip ledger: every change of target, status, priority, owner and outcome measurement of each
// initiative, read from one `git log -p` pass over the initiative files on the first-parent history
// of HEAD (optionally from a day on, after one `git diff` of the files as they stood before it).
import type { IsoDate, LedgerEntry, SlipLedger } from '../model';
import { addDays, isIsoDate } from '../dates';
import { parseYamlValue } from '../parse/plainYaml';
import type { LogRecord } from './logFormat';
import { newVersions, type FileVersion } from './patch';
import { readHead, readLedgerFiles, readLedgerLog } from './ledgerRead';
import { localDate, startOfDay } from './zone';

const FIELDS = ['target', 'status', 'priority', 'owner', 'outcome'] as const;
type Field = (typeof FIELDS)[number];
/** The tracked values of one initiative; `outcome` is `outcome.current`, `measured` its date as written. */
type Values = Partial<Record<Field | 'measured', string>>;

const FILE_INITIATIVE = /(?:^|\/)\.delivery\/initiatives\/([^/]+)\.ya?ml$/;
const LIST_FILE = /(?:^|\/)\.delivery\/initiatives\.ya?ml$/;

/** One commit of the log with the file versions of its patch, parsed once for every use. */
interface Revision {
  sha: string;
  at: number;
  subject: string;
  versions: FileVersion[];
}

export interface LedgerOptions {
  signal?: AbortSignal;
  /** Calendar days are read in this zone; default UTC. */
  timeZone?: string;
  /**
   * Read only changes from this day on. The values the files had before it become the first
   * entries, dated the day before and carrying the HEAD sha. Bounds the cost on long histories.
   */
  since?: IsoDate;
}

/** Reads the ledger of every initiative, oldest entry first; an initiative's first values have no `from`. */
export async function readSlipLedger(root: string, options: LedgerOptions = {}): Promise<SlipLedger> {
  const timeZone = options.timeZone ?? 'UTC';
  const git = { signal: options.signal };
  // HEAD first: a repository without commits has no history to read, and the log then reads the commit HEAD named.
  const head = await readHead(root, git);
  if (!head) return new Map();
  if (!options.since) return ledgerFromLog(await readLedgerLog(root, head.sha, {}, git), timeZone);
  const startMs = startOfDay(options.since, timeZone);
  const [records, now] = await Promise.all([
    readLedgerLog(root, head.sha, { sinceMs: startMs - 1000 }, git),
    readLedgerFiles(root, head, git),
  ]);
  const changes = revisions(records).filter((revision) => revision.at >= startMs);
  return buildLedger(changes, timeZone, {
    date: addDays(options.since, -1),
    sha: head.sha,
    files: startingFiles(changes, now),
  });
}

/** The ledger of a whole plan-history log (oldest commit first). */
export function ledgerFromLog(records: LogRecord[], timeZone: string): SlipLedger {
  return buildLedger(revisions(records), timeZone);
}

/** The records of the log (oldest commit first). */
function revisions(records: LogRecord[]): Revision[] {
  return records.map(({ fields: [sha, time, subject], rest }) => ({
    sha,
    at: Number(time) * 1000,
    subject,
    versions: newVersions(rest),
  }));
}

/** Each file as it stood before the window: the old side of its first change, else as it is at HEAD. */
function startingFiles(changes: Revision[], now: string): FileVersion[] {
  const files = new Map<string, string | undefined>();
  for (const revision of changes) {
    for (const version of revision.versions) if (!files.has(version.path)) files.set(version.path, version.before);
  }
  for (const version of newVersions(now)) if (!files.has(version.path)) files.set(version.path, version.text);
  return [...files].flatMap(([path, text]) => (text === undefined ? [] : [{ path, text }]));
}

/** Builds the ledger from the log's revisions (oldest first), after the starting files if given. */
function buildLedger(
  changes: Revision[],
  timeZone: string,
  start?: { date: IsoDate; sha: string; files: FileVersion[] },
): SlipLedger {
  const ledger: SlipLedger = new Map();
  const known = new Map<string, Values>();
  if (start) {
    for (const file of start.files) {
      for (const [id, values] of valuesIn(file.path, file.text ?? ''))
        remember(ledger, known, id, values, start.date, start.sha, undefined, true);
    }
  }
  for (const { sha, at, subject, versions } of changes) {
    const date = localDate(at, timeZone);
    for (const version of versions) {
      if (version.text === undefined) continue;
      for (const [id, values] of valuesIn(version.path, version.text))
        remember(ledger, known, id, values, date, sha, subject);
    }
  }
  return ledger;
}

function remember(
  ledger: SlipLedger,
  known: Map<string, Values>,
  id: string,
  values: Values,
  date: IsoDate,
  sha: string,
  reason?: string,
  starting = false,
): void {
  const before = known.get(id) ?? {};
  const entries = ledger.get(id) ?? [];
  for (const field of FIELDS) {
    const to = values[field];
    // A new `measured` with the same value is a new measurement too.
    const remeasured = field === 'outcome' && values.measured !== undefined && values.measured !== before.measured;
    if (to === undefined || (to === before[field] && !remeasured)) continue;
    const entry: LedgerEntry = { date, sha, field, to };
    if (before[field] !== undefined) entry.from = before[field];
    if (field === 'outcome' && values.measured !== undefined) entry.measured = values.measured;
    if (reason !== undefined) entry.reason = reason;
    if (starting) entry.before = true;
    entries.push(entry);
  }
  if (entries.length > 0) ledger.set(id, entries);
  known.set(id, { ...before, ...values });
}

/** The tracked values of each initiative in one file version; an unparsable version yields none. */
function valuesIn(path: string, text: string): [string, Values][] {
  let doc: unknown;
  try {
    doc = parseYamlValue(text);
  } catch {
    return [];
  }
  const single = FILE_INITIATIVE.exec(path);
  if (single) return isRecord(doc) ? [[single[1], pick(doc)]] : [];
  if (!LIST_FILE.test(path) || !isRecord(doc) || !Array.isArray(doc.initiatives)) return [];
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
