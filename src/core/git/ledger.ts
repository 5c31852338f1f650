// The slip ledger: every change of target, status, priority, owner and outcome measurement of each
// initiative, and each removal from the plan, read from one `git log -p` pass over the initiative
// files on the first-parent history of HEAD (optionally from a day on, after one `git diff` of the
// files as they stood before it).
import type { IsoDate, SlipLedger } from '../model';
import { addDays } from '../dates';
import type { LogRecord } from './logFormat';
import { newVersions, type FileVersion } from './patch';
import { readHead, readLedgerFiles, readLedgerLog } from './ledgerRead';
import { LedgerReplay } from './ledgerReplay';
import { localDate, startOfDay } from './zone';

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
  /**
   * Read changes only up to this day: a report told as of a past day reads the history as it stood
   * then, before a later rename or removal.
   */
  until?: IsoDate;
}

/** Reads the ledger of every initiative, oldest entry first; an initiative's first values have no `from`. */
export async function readSlipLedger(root: string, options: LedgerOptions = {}): Promise<SlipLedger> {
  const timeZone = options.timeZone ?? 'UTC';
  const git = { signal: options.signal };
  // HEAD first: a repository without commits has no history to read, and the log then reads the commit HEAD named.
  const head = await readHead(root, git);
  if (!head) return new Map();
  if (!options.since) return ledgerFromLog(await readLedgerLog(root, head.sha, {}, git), timeZone, options.until);
  const startMs = startOfDay(options.since, timeZone);
  const [records, now] = await Promise.all([
    readLedgerLog(root, head.sha, { sinceMs: startMs - 1000 }, git),
    readLedgerFiles(root, head, git),
  ]);
  const changes = revisions(records).filter((revision) => revision.at >= startMs);
  return buildLedger(changes, timeZone, options.until, {
    date: addDays(options.since, -1),
    sha: head.sha,
    files: startingFiles(changes, now),
  });
}

/** The ledger of a whole plan-history log (oldest commit first), up to a day if given. */
export function ledgerFromLog(records: LogRecord[], timeZone: string, until?: IsoDate): SlipLedger {
  return buildLedger(revisions(records), timeZone, until);
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

/**
 * Each file as it stood before the window: the old side of its first change, else as it is at HEAD.
 * A file renamed without a change shows no text: it stood as the next text of its new path.
 */
function startingFiles(changes: Revision[], now: string): FileVersion[] {
  const files = new Map<string, string | undefined>();
  // Paths whose next text is that of a file renamed to them unchanged: new path → the path it stood at.
  const carried = new Map<string, string>();
  const learn = (path: string, text: string | undefined): void => {
    const origin = carried.get(path);
    carried.delete(path);
    if (origin !== undefined) files.set(origin, text);
    else if (!files.has(path)) files.set(path, text);
  };
  for (const revision of changes) {
    for (const { path, from, text, before } of revision.versions) {
      if (from === undefined) {
        learn(path, before);
        continue;
      }
      if (text === undefined && before === undefined) {
        const origin = carried.get(from) ?? (files.has(from) ? undefined : from);
        carried.delete(from);
        if (!files.has(from)) files.set(from, undefined);
        if (origin !== undefined) carried.set(path, origin);
      } else learn(from, before);
      if (!files.has(path)) files.set(path, undefined);
    }
  }
  for (const version of newVersions(now)) learn(version.path, version.text);
  return [...files].flatMap(([path, text]) => (text === undefined ? [] : [{ path, text }]));
}

/** Builds the ledger from the log's revisions (oldest first) up to `until`, after the starting files if given. */
function buildLedger(
  changes: Revision[],
  timeZone: string,
  until?: IsoDate,
  start?: { date: IsoDate; sha: string; files: FileVersion[] },
): SlipLedger {
  const replay = new LedgerReplay();
  if (start) replay.start(start.files, { date: start.date, sha: start.sha, starting: true });
  for (const { sha, at, subject, versions } of changes) {
    const date = localDate(at, timeZone);
    // Oldest first on the first-parent line: what follows came later, whatever its clock said.
    if (until !== undefined && date > until) break;
    replay.commit(versions, { date, sha, reason: subject });
  }
  return replay.ledger;
}
