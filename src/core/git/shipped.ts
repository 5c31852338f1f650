// What reached the configured branch in a window: one `git log --first-parent` pass with a
// custom format and the files each item changed (a merge relative to its first parent).
import type { IsoDate } from '../model';
import { assertBranchReadable } from './available';
import { branchLogArgs, branchTrailers, parseCommitGraph, splitTrailers } from './branchTrailers';
import { checkRef, gitInstant, readGit, type GitOptions } from './run';
import { parseSubject } from './subject';
import { localDate, nextDay, startOfDay } from './zone';

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
}

const FIELDS = ['%H', '%P', '%ct', '%aN', '%s', '%b', '%(trailers:key=Initiative,valueonly=true,separator=%x1d)'];
const FORMAT = `--format=%x1e${FIELDS.join('%x1f')}%x1f`;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The git arguments for one window; exported so the benchmark can time the same command raw. */
export function shippedLogArgs(branch: string, startMs: number, endMs: number): string[] {
  checkRef(branch);
  return [
    'log', '--first-parent', '--diff-merges=first-parent', '--name-only', '-z', '--no-show-signature', '--no-color',
    `--since=${gitInstant(startMs - 1000)}`, `--until=${gitInstant(endMs)}`, FORMAT, '--end-of-options', branch, '--',
  ];
}

/** Lists what reached `options.branch` between `since` and `until` (calendar days in the time zone), oldest first. */
export async function readShipped(root: string, window: { since: IsoDate; until: IsoDate }, options: ShippedOptions): Promise<ShippedItem[]> {
  for (const day of [window.since, window.until]) {
    if (!ISO_DATE.test(day)) throw new RangeError(`"${day}" is not a date in the form YYYY-MM-DD.`);
  }
  const startMs = startOfDay(window.since, options.timeZone);
  const endMs = startOfDay(nextDay(window.until), options.timeZone);
  const git: GitOptions = { signal: options.signal };
  const args = shippedLogArgs(options.branch, startMs, endMs);
  // The log starts at once; the checks that run beside it decide which error the user sees.
  const log = readGit(root, args, git).then((out) => ({ out }), (error: unknown) => ({ error }));
  await assertBranchReadable(root, options.branch, git);
  const result = await log;
  if ('error' in result) throw result.error;
  const landed = parseShippedLog(result.out, options.timeZone)
    .filter((entry) => entry.at >= startMs && entry.at < endMs)
    .reverse();
  await addBranchTrailers(root, landed, git);
  return landed.map((entry) => entry.item);
}

/** Adds to each merge the trailers of the commits it brought in, read in one more log pass. */
async function addBranchTrailers(root: string, landed: { item: ShippedItem; parents: string[] }[], git: GitOptions): Promise<void> {
  const commits = landed.map((entry) => ({ sha: entry.item.sha, parents: entry.parents }));
  const args = branchLogArgs(commits);
  if (!args) return;
  const byMerge = branchTrailers(commits, parseCommitGraph(await readGit(root, args, git)));
  for (const { item } of landed) {
    const found = byMerge.get(item.sha);
    if (found) item.trailerInitiatives = [...new Set([...item.trailerInitiatives, ...found])];
  }
}

/** Parses the output of `shippedLogArgs`, newest first, keeping each commit time. */
export function parseShippedLog(out: string, timeZone: string): { at: number; item: ShippedItem; parents: string[] }[] {
  return out.split('\x1e').slice(1).map((record) => {
    const [sha, parents, time, author, subject, body, trailers, rest] = record.split('\x1f');
    const parentList = parents.trim() ? parents.trim().split(' ') : [];
    const parentCount = parentList.length;
    const title = parentCount > 1 ? body.split('\n').find((line) => line.trim())?.trim() : undefined;
    const facts = parseSubject(subject, parentCount, title);
    const at = Number(time) * 1000;
    const item: ShippedItem = {
      sha,
      subject,
      ...(title && facts.pr !== undefined ? { title } : {}),
      ...facts,
      trailerInitiatives: splitTrailers(trailers),
      files: (rest ?? '').split('\0').map((f) => f.replace(/^\n/, '')).filter(Boolean),
      date: localDate(at, timeZone),
      author,
    };
    return { at, item, parents: parentList };
  });
}
