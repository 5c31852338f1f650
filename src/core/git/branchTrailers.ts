// `Initiative:` trailers of the commits a merge brought in (reachable from its second parent,
// not from its first): GitHub merge commits rarely carry trailers, the branch commits do.
import { DeliveryError } from '../errors';
import { checkRef, gitInstant, readGit, type GitOptions } from './run';

/** One commit of the window as the first-parent log saw it. */
export interface LandedCommit {
  sha: string;
  parents: string[];
}

interface GraphNode {
  parents: string[];
  trailers: string[];
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const FORMAT = '--format=%x1e%H%x1f%P%x1f%(trailers:key=Initiative,valueonly=true,separator=%x1d)';

/**
 * One `git log` over every commit between the window's oldest landed commit's first parent
 * (excluded) and its newest landed commit: the branch commits of all its merges in one pass.
 * `landed` is oldest first. Undefined when the window holds no merge.
 */
export function branchLogArgs(landed: LandedCommit[]): string[] | undefined {
  if (!landed.some((commit) => commit.parents.length > 1)) return undefined;
  return rangeArgs(checkSha(landed[landed.length - 1].sha), landed[0].parents[0]);
}

/** The same log started beside the window's own: from the branch down to the last commit before the window. */
export interface EarlyBranchLog {
  base: Promise<string | undefined>;
  /** Parsed as soon as it arrives, while the window's log may still be running. */
  graph: Promise<CommitGraph>;
}

export type CommitGraph = Map<string, GraphNode>;

export function startBranchLog(root: string, branch: string, startMs: number, options: GitOptions): EarlyBranchLog {
  const before = ['rev-list', '--first-parent', '-n', '1', `--until=${gitInstant(startMs - 1000)}`, '--end-of-options', checkRef(branch), '--'];
  const base = readGit(root, before, options).then((out) => out.trim() || undefined);
  const graph = base.then((sha) => readGit(root, rangeArgs(branch, sha), options)).then(parseCommitGraph);
  // Observed here: the window may hold no merge, and then nobody awaits them.
  for (const read of [base, graph]) read.catch(() => undefined);
  return { base, graph };
}

/** The branch commits of the window: the early read when it stopped where the window begins, else one read now. */
export async function branchGraphFor(root: string, landed: LandedCommit[], early: EarlyBranchLog | undefined, options: GitOptions): Promise<CommitGraph | undefined> {
  const args = branchLogArgs(landed);
  if (!args) return undefined;
  const base = early ? await early.base.catch(() => null) : null;
  return early && base === landed[0].parents[0] ? early.graph : parseCommitGraph(await readGit(root, args, options));
}

function rangeArgs(tip: string, base: string | undefined): string[] {
  return ['log', '--no-show-signature', '--no-color', FORMAT, '--end-of-options', tip, ...(base ? [`^${checkSha(base)}`] : []), '--'];
}

function checkSha(sha: string): string {
  if (!SHA.test(sha)) throw new DeliveryError(`git returned an unexpected commit id: ${sha.slice(0, 80)}`);
  return sha;
}

export function parseCommitGraph(out: string): CommitGraph {
  const graph = new Map<string, GraphNode>();
  for (const record of out.split('\x1e')) {
    const [sha, parents, trailers] = record.split('\x1f');
    if (!sha || parents === undefined) continue;
    graph.set(sha.trim(), { parents: parents.trim() ? parents.trim().split(' ') : [], trailers: splitTrailers(trailers ?? '') });
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

export function splitTrailers(text: string): string[] {
  if (!text || !text.trim()) return [];
  return text.split('\x1d').map((t) => t.trim()).filter(Boolean);
}
