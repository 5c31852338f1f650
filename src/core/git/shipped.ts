// What reached the configured branch in a window: one `git log --first-parent` pass (shippedLog.ts)
// and, when the window holds merges, one log of the branches they merged for their trailers.
import { addDays, isIsoDate } from '../dates';
import type { IsoDate } from '../model';
import { assertBranchReadable } from './available';
import { branchTrailers, readCommitGraph } from './branchTrailers';
import { readGit, type GitOptions } from './run';
import {
  landedRange,
  parseShippedLog,
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
  const inWindow = (entry: { at: number }) => entry.at >= startMs && entry.at < endMs;
  const landed = parseShippedLog(log.out, format, options.timeZone).filter(inWindow).reverse();
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
  const byMerge = branchTrailers(
    landed.map((entry) => ({ sha: entry.item.sha, parents: entry.parents })),
    graph,
  );
  for (const { item } of landed) {
    const found = byMerge.get(item.sha);
    if (found) item.trailerInitiatives = [...new Set([...item.trailerInitiatives, ...found])];
  }
}
