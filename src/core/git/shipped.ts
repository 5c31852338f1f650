// What reached the configured branch in a window: one `git log --first-parent` pass (shippedLog.ts)
// and, when the window holds merges, one log of the branches they merged for their trailers.
import { addDays, isIsoDate } from '../dates';
import type { IsoDate } from '../model';
import { assertBranchReadable } from './available';
import { branchTrailers, readCommitGraph } from './branchTrailers';
import type { LogFormat } from './logFormat';
import { readGit, type GitOptions } from './run';
import { fromWindowStart, landedRange, parseShippedLog, shippedLogArgs, windowLogFormat, type LoggedCommit, type ShippedItem } from './shippedLog';
import { startOfDay, startOfDayAnywhere } from './zone';

export type { ShippedItem } from './shippedLog';

export interface ShippedOptions {
  branch: string;
  timeZone: string;
  signal?: AbortSignal;
  /** The window's log already started, used when it is on this branch and spans the window in this zone. */
  started?: StartedWindowLog;
}

/** The window's log started before the time zone is known: it spans the window's days in every zone. */
export interface WindowLog {
  branch: string;
  startMs: number;
  endMs: number;
  format: LogFormat;
  out: Promise<string>;
}

export interface StartedWindowLog extends WindowLog {
  /** The branch check that decides which error the user sees when the log fails. */
  readable: Promise<void>;
}

/** Spawns the window's log on `branch` before the time zone is known; `readShipped` cuts it to the zone's window. */
export function startWindowLog(root: string, window: { since: IsoDate; until: IsoDate }, branch: string, options: GitOptions = {}): WindowLog {
  checkWindow(window);
  const startMs = startOfDayAnywhere(window.since).earliest;
  const endMs = startOfDayAnywhere(addDays(window.until, 1)).latest;
  const format = windowLogFormat();
  const out = readGit(root, shippedLogArgs(branch, startMs, endMs, format), options);
  // Observed here: the loaded plan may name another branch, and then nobody awaits it.
  out.catch(() => undefined);
  return { branch, startMs, endMs, format, out };
}

/** The window's items, and the same items earlier, before the merged branches' trailers are added to them. */
export interface ShippedRead {
  /** For work that can begin while git still walks the merged branches; their trailers replace an item's `trailerInitiatives` array. */
  landed: Promise<ShippedItem[]>;
  items: Promise<ShippedItem[]>;
}

export function startShipped(root: string, window: { since: IsoDate; until: IsoDate }, options: ShippedOptions): ShippedRead {
  let onLanded: (items: ShippedItem[]) => void = () => undefined;
  const landed = new Promise<ShippedItem[]>((resolve) => (onLanded = resolve));
  const items = readShipped(root, window, options, onLanded);
  // Settled by the items when the read fails (or ends) first, so nothing waits forever.
  return { landed: Promise.race([landed, items]), items };
}

/** Lists what reached `options.branch` between `since` and `until` (calendar days in the time zone), oldest first. */
export async function readShipped(root: string, window: { since: IsoDate; until: IsoDate }, options: ShippedOptions, onLanded?: (items: ShippedItem[]) => void): Promise<ShippedItem[]> {
  checkWindow(window);
  const startMs = startOfDay(window.since, options.timeZone);
  const endMs = startOfDay(addDays(window.until, 1), options.timeZone);
  const git: GitOptions = { signal: options.signal };
  const started = options.started;
  const spans = started !== undefined && started.branch === options.branch && started.startMs <= startMs && started.endMs >= endMs;
  const format = spans ? started.format : windowLogFormat();
  // The log starts at once (unless started already); the check that runs beside it decides which error the user sees.
  const raw = spans ? started.out : readGit(root, shippedLogArgs(options.branch, startMs, endMs, format), git);
  const log = raw.then((out) => ({ out }), (error: unknown) => ({ error }));
  await (spans ? started.readable : assertBranchReadable(root, options.branch, git));
  const result = await log;
  if ('error' in result) throw result.error;
  const inWindow = (entry: { at: number }) => entry.at >= startMs && entry.at < endMs;
  const landed = fromWindowStart(parseShippedLog(result.out, format, options.timeZone), startMs).filter(inWindow).reverse();
  onLanded?.(landed.map((entry) => entry.item));
  const range = landedRange(landed.map((entry) => ({ sha: entry.item.sha, parents: entry.parents })));
  if (range) addBranchTrailers(landed, await readCommitGraph(root, range, git));
  return landed.map((entry) => entry.item);
}

function checkWindow(window: { since: IsoDate; until: IsoDate }): void {
  for (const day of [window.since, window.until]) {
    if (!isIsoDate(day)) throw new RangeError(`"${day}" is not a date in the form YYYY-MM-DD.`);
  }
}

/** Adds to each merge the trailers of the commits it brought in. */
function addBranchTrailers(landed: LoggedCommit[], graph: Awaited<ReturnType<typeof readCommitGraph>>): void {
  const byMerge = branchTrailers(landed.map((entry) => ({ sha: entry.item.sha, parents: entry.parents })), graph);
  for (const { item } of landed) {
    const found = byMerge.get(item.sha);
    if (found) item.trailerInitiatives = [...new Set([...item.trailerInitiatives, ...found])];
  }
}
