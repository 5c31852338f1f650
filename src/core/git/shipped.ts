// What reached the configured branch in a window: one `git log --first-parent` pass with a
// custom format and the files each item changed (a merge relative to its first parent).
import { addDays, isIsoDate } from '../dates';
import type { IsoDate } from '../model';
import { assertBranchReadable } from './available';
import { branchGraphFor, branchTrailers, landedRange, startBranchLog } from './branchTrailers';
import { checkRef, gitInstant, readGit, type GitOptions } from './run';
import { parseShippedLog, recordHead } from './shippedLog';
import { startOfDay, startOfDayAnywhere } from './zone';

export interface ShippedItem {
  sha: string;
  subject: string;
  /** The pull-request title a GitHub merge carries in its body, when there is one. */
  title?: string;
  pr?: number;
  branch?: string;
  type?: string;
  scope?: string;
  trailerInitiatives: string[];
  files: string[];
  date: IsoDate;
  author: string;
  kind: 'merge' | 'squash' | 'direct';
}

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
  out: Promise<string>;
}

export interface StartedWindowLog extends WindowLog {
  /** The branch check that decides which error the user sees when the log fails. */
  readable: Promise<void>;
}

const FIELDS = ['%H', '%P', '%ct', '%aN', '%s', '%b', '%(trailers:key=Initiative,valueonly=true,separator=%x1d)'];
const FORMAT = `--format=%x1e${FIELDS.join('%x1f')}%x1f`;
const RECENT_MS = 14 * 86_400_000;
// A week's log is over before a second walk down to the window would pay for its git CPU.
const SHORT_WINDOW_MS = 14 * 86_400_000;

/** The git arguments for one window; exported so the benchmark can time the same command raw. */
export function shippedLogArgs(branch: string, startMs: number, endMs: number): string[] {
  checkRef(branch);
  return [
    'log', '--first-parent', '--diff-merges=first-parent', '--name-only', '-z', '--no-show-signature', '--no-color',
    `--since=${gitInstant(startMs - 1000)}`, `--until=${gitInstant(endMs)}`, FORMAT, '--end-of-options', branch, '--',
  ];
}

/** Spawns the window's log on `branch` before the time zone is known; `readShipped` cuts it to the zone's window. */
export function startWindowLog(root: string, window: { since: IsoDate; until: IsoDate }, branch: string, options: GitOptions = {}): WindowLog {
  checkWindow(window);
  const startMs = startOfDayAnywhere(window.since).earliest;
  const endMs = startOfDayAnywhere(addDays(window.until, 1)).latest;
  const out = readGit(root, shippedLogArgs(branch, startMs, endMs), options);
  // Observed here: the loaded plan may name another branch, and then nobody awaits it.
  out.catch(() => undefined);
  return { branch, startMs, endMs, out };
}

// The merged branches are read beside the window's log, walking from the branch tip: worth it only
// for a recent, long window, since for an older one the walk down to it would cost more than it saves.
function branchLogPays(startMs: number, endMs: number): boolean {
  return endMs > Date.now() - RECENT_MS && endMs - startMs > SHORT_WINDOW_MS;
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
  // The log starts at once (unless started already); the checks that run beside it decide which error the user sees.
  const raw = spans ? started.out : readGit(root, shippedLogArgs(options.branch, startMs, endMs), git);
  const log = raw.then((out) => ({ out: fromWindowStart(out, startMs) }), (error: unknown) => ({ error }));
  const early = branchLogPays(startMs, endMs) ? startBranchLog(root, options.branch, startMs, git) : undefined;
  await (spans ? started.readable : assertBranchReadable(root, options.branch, git));
  const result = await log;
  if ('error' in result) throw result.error;
  const range = landedRange(result.out, startMs, endMs);
  // Without an early log that fits, the range is read now, before the window is parsed, so git
  // walks the merged branches meanwhile; observed here, so a parse that throws is no unhandled rejection.
  const graph = range ? branchGraphFor(root, range, early, git) : undefined;
  graph?.catch(() => undefined);
  const inWindow = (entry: { at: number }) => entry.at >= startMs && entry.at < endMs;
  const landed = parseShippedLog(result.out, options.timeZone).filter(inWindow).reverse();
  onLanded?.(landed.map((entry) => entry.item));
  if (graph) {
    const commits = landed.map((entry) => ({ sha: entry.item.sha, parents: entry.parents }));
    addBranchTrailers(landed, branchTrailers(commits, await graph));
  }
  return landed.map((entry) => entry.item);
}

function checkWindow(window: { since: IsoDate; until: IsoDate }): void {
  for (const day of [window.since, window.until]) {
    if (!isIsoDate(day)) throw new RangeError(`"${day}" is not a date in the form YYYY-MM-DD.`);
  }
}

/**
 * The log as `--since` at the window's start would have given it: git stops walking the
 * first-parent line at the first commit older than that (a clock-skewed older commit hides the
 * ones below it), so a log started wider is cut there, not merely filtered.
 */
function fromWindowStart(out: string, startMs: number): string {
  for (let start = out.indexOf('\x1e'); start !== -1; start = out.indexOf('\x1e', start + 1)) {
    if (recordHead(out, start).at < startMs - 1000) return out.slice(0, start);
  }
  return out;
}

/** Adds to each merge the trailers of the commits it brought in. */
function addBranchTrailers(landed: { item: ShippedItem }[], byMerge: Map<string, string[]>): void {
  for (const { item } of landed) {
    const found = byMerge.get(item.sha);
    if (found) item.trailerInitiatives = [...new Set([...item.trailerInitiatives, ...found])];
  }
}
