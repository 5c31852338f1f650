// What reached the configured branch in a window: one `git log --first-parent` pass (shippedLog.ts)
// and, when the window holds merges, one log of the branches they merged for their trailers.
import { addDays, isIsoDate } from '../dates';
import type { IsoDate } from '../model';
import { assertBranchReadable } from './available';
import { branchTrailers, readCommitGraph } from './branchTrailers';
import { readGit, type GitOptions } from './run';
import { allInOrder } from '../inOrder';
import type { LogFormat, LogRecord } from './logFormat';
import {
  parseShippedRecords,
  recordsRange,
  shippedLogArgs,
  windowLogFormat,
  type LoggedCommit,
  type ShippedItem,
} from './shippedLog';
import { startOfDay } from './zone';

export type { ShippedItem } from './shippedLog';

export interface ShippedOptions {
  branch: string;
  timeZone: string;
  signal?: AbortSignal;
}

/** Lists what reached `options.branch` between `since` and `until` (calendar days in the time zone), oldest first. */
export async function readShipped(
  root: string,
  window: { since: IsoDate; until: IsoDate },
  options: ShippedOptions,
): Promise<ShippedItem[]> {
  checkWindow(window);
  const startMs = startOfDay(window.since, options.timeZone);
  const endMs = startOfDay(addDays(window.until, 1), options.timeZone);
  const git: GitOptions = { signal: options.signal };
  const format = windowLogFormat();
  // The log and the branch check run side by side; the check decides which error the user sees.
  const [log] = await Promise.all([
    readGit(root, shippedLogArgs(options.branch, startMs, endMs, format), git).then(
      (out) => ({ out }),
      (error: unknown) => ({ error }),
    ),
    assertBranchReadable(root, options.branch, git),
  ]);
  if ('error' in log) throw log.error;
  const records = format.parse(log.out);
  // The branch log needs only the range, so it starts before the records are parsed in full, and runs beside that.
  const range = recordsRange(records, startMs, endMs);
  const [graph, landed] = await allInOrder([
    range && readCommitGraph(root, range, git),
    landedIn(records, format, options.timeZone, startMs, endMs),
  ] as const);
  if (graph) addBranchTrailers(landed, graph);
  return landed.map((entry) => entry.item);
}

/** The window's landed commits, oldest first. Async so that a failed parse settles beside the branch log, never leaving it unawaited. */
async function landedIn(
  records: LogRecord[],
  format: LogFormat,
  timeZone: string,
  startMs: number,
  endMs: number,
): Promise<LoggedCommit[]> {
  // simple-git spawns a few promise turns after it is called: yield once, so the branch log's
  // process is running before this parse (tens of milliseconds on a month of commits) holds the thread.
  await new Promise((resolve) => setImmediate(resolve));
  const inWindow = (entry: { at: number }) => entry.at >= startMs && entry.at < endMs;
  return parseShippedRecords(records, format, timeZone).filter(inWindow).reverse();
}

function checkWindow(window: { since: IsoDate; until: IsoDate }): void {
  for (const day of [window.since, window.until]) {
    if (!isIsoDate(day)) throw new RangeError(`"${day}" is not a date in the form YYYY-MM-DD.`);
  }
}

/** Adds to each merge the trailers of the commits it brought in. */
function addBranchTrailers(landed: LoggedCommit[], graph: Awaited<ReturnType<typeof readCommitGraph>>): void {
  const byMerge = branchTrailers(
    landed.map((entry) => ({ sha: entry.item.sha, parents: entry.parents })),
    graph,
  );
  for (const { item } of landed) {
    const found = byMerge.get(item.sha);
    if (found) item.trailerInitiatives = [...new Set([...item.trailerInitiatives, ...found])];
  }
}
