// `Initiative:` trailers of the commits a merge brought in (reachable from its second parent,
// not from its first): GitHub merge commits rarely carry trailers, the branch commits do. One log
// of the range the window's merges span, in its own format, read beside its parser.
import { DeliveryError } from '../errors';
import { LogFormat } from './logFormat';
import { readGit, type GitOptions } from './run';
import type { LandedRange } from './shippedLog';

/** One commit of the window as the first-parent log saw it. */
export interface LandedCommit {
  sha: string;
  parents: string[];
}

interface GraphNode {
  parents: string[];
  trailers: readonly string[];
}

export type CommitGraph = Map<string, GraphNode>;

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const FIELDS = ['%H', '%P', '%(trailers:key=Initiative,valueonly=true,separator={list})'] as const;

/** A fresh format for one read of the branch log. */
export function branchLogFormat(token?: string): LogFormat {
  return new LogFormat(FIELDS, token);
}

/** The commits of the range with their parents and `Initiative:` trailers: the branch commits of all the window's merges in one pass. */
export async function readCommitGraph(root: string, range: LandedRange, options: GitOptions): Promise<CommitGraph> {
  const format = branchLogFormat();
  const args = [
    'log',
    '--no-show-signature',
    '--no-color',
    format.arg,
    '--end-of-options',
    checkSha(range.tip),
    ...(range.base ? [`^${checkSha(range.base)}`] : []),
    '--',
  ];
  return parseCommitGraph(await readGit(root, args, options), format);
}

function checkSha(sha: string): string {
  if (!SHA.test(sha)) throw new DeliveryError(`git returned an unexpected commit id: ${sha.slice(0, 80)}`);
  return sha;
}

export function parseCommitGraph(out: string, format: LogFormat): CommitGraph {
  const graph: CommitGraph = new Map();
  for (const { fields } of format.parse(out)) {
    const [sha, parents, trailers] = fields;
    graph.set(sha.trim(), {
      parents: parents.trim() ? parents.trim().split(' ') : [],
      trailers: format.list(trailers),
    });
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
