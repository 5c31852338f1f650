// The slip ledger: every change of target, status and priority of each initiative, read from
// one `git log -p` pass over the initiative files on the first-parent history of HEAD.
import { parse } from 'yaml';
import type { IsoDate, LedgerEntry, SlipLedger } from '../model';
import { newVersions } from './patch';
import { readGit } from './run';
import { localDate } from './zone';

const FIELDS = ['target', 'status', 'priority'] as const;
type Field = (typeof FIELDS)[number];
type Values = Partial<Record<Field, string>>;

const FILE_INITIATIVE = /(?:^|\/)\.delivery\/initiatives\/([^/]+)\.ya?ml$/;
const LIST_FILE = /(?:^|\/)\.delivery\/initiatives\.ya?ml$/;

/** Reads the ledger of every initiative, oldest entry first; an initiative's first values have no `from`. */
export async function readSlipLedger(root: string, options: { signal?: AbortSignal; timeZone?: string } = {}): Promise<SlipLedger> {
  const git = { signal: options.signal };
  const heads = await readGit(root, ['rev-list', '-n', '1', '--all'], git);
  if (!heads.trim()) return new Map();
  const out = await readGit(root, [
    'log', '--first-parent', '--diff-merges=first-parent', '--reverse', '-p', '--unified=100000', '--no-ext-diff', '--no-textconv',
    '--no-renames', '--no-color', '--no-show-signature', '--format=%x1e%H%x1f%ct%x1f', '--end-of-options', 'HEAD', '--',
    '.delivery/initiatives', '.delivery/initiatives.yaml', '.delivery/initiatives.yml',
  ], git);
  return buildLedger(out, options.timeZone ?? 'UTC');
}

/** Builds the ledger from the log output (oldest commit first). */
export function buildLedger(out: string, timeZone: string): SlipLedger {
  const ledger: SlipLedger = new Map();
  const known = new Map<string, Values>();
  for (const record of out.split('\x1e').slice(1)) {
    const [sha, time, patch] = record.split('\x1f');
    const date = localDate(Number(time) * 1000, timeZone);
    for (const version of newVersions(patch ?? '')) {
      if (version.text === undefined) continue;
      for (const [id, values] of valuesIn(version.path, version.text)) remember(ledger, known, id, values, date, sha);
    }
  }
  return ledger;
}

function remember(ledger: SlipLedger, known: Map<string, Values>, id: string, values: Values, date: IsoDate, sha: string): void {
  const before = known.get(id) ?? {};
  const entries = ledger.get(id) ?? [];
  for (const field of FIELDS) {
    const to = values[field];
    if (to === undefined || to === before[field]) continue;
    const entry: LedgerEntry = { date, sha, field, to };
    if (before[field] !== undefined) entry.from = before[field];
    entries.push(entry);
  }
  if (entries.length > 0) ledger.set(id, entries);
  known.set(id, { ...before, ...values });
}

/** The tracked values of each initiative in one file version; an unparsable version yields none. */
function valuesIn(path: string, text: string): [string, Values][] {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return [];
  }
  const single = FILE_INITIATIVE.exec(path);
  if (single) return isRecord(doc) ? [[single[1], pick(doc)]] : [];
  if (!LIST_FILE.test(path) || !isRecord(doc) || !Array.isArray(doc.initiatives)) return [];
  return doc.initiatives.filter(isRecord).filter((entry) => typeof entry.id === 'string').map((entry) => [entry.id as string, pick(entry)]);
}

function pick(doc: Record<string, unknown>): Values {
  const values: Values = {};
  const target = doc.target;
  if (typeof target === 'string' || target instanceof Date) values.target = String(target instanceof Date ? target.toISOString().slice(0, 10) : target);
  else if (isRecord(target)) values.target = `${String(target.start)}..${String(target.end)}`;
  if (typeof doc.status === 'string') values.status = doc.status;
  if (typeof doc.priority === 'number' || typeof doc.priority === 'string') values.priority = String(doc.priority);
  return values;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
