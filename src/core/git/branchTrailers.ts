// `Initiative:` trailers of the commits a merge brought in (reachable from its second parent,
// not from its first): GitHub merge commits rarely carry trailers, the branch commits do.
import { DeliveryError } from '../errors';
import { checkRef, gitInstant, readGit, type GitOptions } from './run';
import { recordHead, splitTrailers } from './shippedLog';

/** One commit of the window as the first-parent log saw it. */
export interface LandedCommit {
  sha: string;
  parents: string[];
}

interface GraphNode {
  parents: string[];
  trailers: readonly string[];
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const FORMAT = '--format=%x1e%H%x1f%P%x1f%(trailers:key=Initiative,valueonly=true,separator=%x1d)';

/** The branch-trailer log's range: from the window's newest landed commit down to the oldest one's first parent. */
export interface LandedRange {
  tip: string;
  base?: string;
}

export type CommitGraph = Map<string, GraphNode>;

/**
 * Finds the range in the window's raw first-parent log (records of `%H`, `%P`, `%ct`, …, newest
 * first) without parsing it, so the branch log can run while the window is parsed. Undefined
 * when no commit landed in `[startMs, endMs)` is a merge.
 */
export function landedRange(out: string, startMs: number, endMs: number): LandedRange | undefined {
  let tip: string | undefined;
  let base: string | undefined;
  let merge = false;
  for (let start = out.indexOf('\x1e'); start !== -1; start = out.indexOf('\x1e', start + 1)) {
    const { shaEnd, parentsEnd, at } = recordHead(out, start);
    if (shaEnd === -1 || parentsEnd === -1 || !(at >= startMs && at < endMs)) continue;
    const space = out.indexOf(' ', shaEnd + 1);
    merge ||= space !== -1 && space < parentsEnd;
    tip ??= out.slice(start + 1, shaEnd);
    base = out.slice(shaEnd + 1, space !== -1 && space < parentsEnd ? space : parentsEnd) || undefined;
  }
  return merge && tip ? { tip, ...(base ? { base } : {}) } : undefined;
}

/** The same log started beside the window's own: from the branch down to the last commit before the window. */
export interface EarlyBranchLog {
  base: Promise<string | undefined>;
  /** Parsed as soon as it arrives, while the window's log may still be running. */
  graph: Promise<CommitGraph>;
}

export function startBranchLog(root: string, branch: string, startMs: number, options: GitOptions): EarlyBranchLog {
  const before = ['rev-list', '--first-parent', '-n', '1', `--until=${gitInstant(startMs - 1000)}`, '--end-of-options', checkRef(branch), '--'];
  const base = readGit(root, before, options).then((out) => out.trim() || undefined);
  const graph = base.then((sha) => readGit(root, rangeArgs(branch, sha), options)).then(parseCommitGraph);
  // Observed here: the window may hold no merge, and then nobody awaits them.
  for (const read of [base, graph]) read.catch(() => undefined);
  return { base, graph };
}

/**
 * The commits of the range with their parents and `Initiative:` trailers (the branch commits of
 * all the window's merges in one pass): the early read when it stopped where the range begins, else one read now.
 */
export async function branchGraphFor(root: string, range: LandedRange, early: EarlyBranchLog | undefined, options: GitOptions): Promise<CommitGraph> {
  const base = early ? await early.base.catch(() => null) : null;
  return early && base === range.base ? early.graph : parseCommitGraph(await readGit(root, rangeArgs(checkSha(range.tip), range.base), options));
}

function rangeArgs(tip: string, base: string | undefined): string[] {
  return ['log', '--no-show-signature', '--no-color', FORMAT, '--end-of-options', tip, ...(base ? [`^${checkSha(base)}`] : []), '--'];
}

function checkSha(sha: string): string {
  if (!SHA.test(sha)) throw new DeliveryError(`git returned an unexpected commit id: ${sha.slice(0, 80)}`);
  return sha;
}

// One record per commit between the window and the branch tip (thousands for a quarter), most
// without trailers: offsets instead of splits.
export function parseCommitGraph(out: string): CommitGraph {
  const graph = new Map<string, GraphNode>();
  for (let start = out.indexOf('\x1e'); start !== -1; ) {
    const next = out.indexOf('\x1e', start + 1);
    const end = next === -1 ? out.length : next;
    const shaEnd = out.indexOf('\x1f', start);
    const parentsEnd = shaEnd === -1 || shaEnd > end ? -1 : out.indexOf('\x1f', shaEnd + 1);
    if (parentsEnd !== -1 && parentsEnd < end && shaEnd > start + 1) {
      const parents = out.slice(shaEnd + 1, parentsEnd).trim();
      const text = out.slice(parentsEnd + 1, end);
      graph.set(out.slice(start + 1, shaEnd).trim(), { parents: parents ? parents.split(' ') : [], trailers: splitTrailers(text) });
    }
    start = next;
  }
  return graph;
}

/**
 * For each merge in `landed` (oldest first), the trailers of the commits it brought in. A commit
 * reachable from an earlier merge or from the landed line itself belongs to that, not to this merge.
 */
export function branchTrailers(landed: LandedCommit[], graph: CommitGraph): Map<string, string[]> {
  const claimed = new Set(landed.map((commit) => commit.sha));
  const result = new Map<string, string[]>();
  for (const merge of landed) {
    if (merge.parents.length < 2) continue;
    const found: string[] = [];
    const stack = merge.parents.slice(1);
    for (let sha = stack.pop(); sha !== undefined; sha = stack.pop()) {
      const node = graph.get(sha);
      if (!node || claimed.has(sha)) continue;
      claimed.add(sha);
      found.push(...node.trailers);
      stack.push(...node.parents);
    }
    if (found.length > 0) result.set(merge.sha, [...new Set(found)]);
  }
  return result;
}
