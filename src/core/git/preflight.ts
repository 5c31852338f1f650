// What a report's two git reads check first, in one process instead of two: the object format
// and HEAD (for the slip ledger), and that the branch is readable in a full work tree (for the
// shipped work). On any doubt, each falls back to its own step-by-step reads and messages.
import { assertBranchReadable, assertQuickCheck, inDoubt } from './available';
import { readHead, type Head } from './ledgerRead';
import { checkRef, readGit, type GitOptions } from './run';

export interface Preflight {
  branch: string;
  head: Promise<Head | undefined>;
  /** Rejects with the message a lead can act on when the branch cannot be read. */
  branchReadable: Promise<void>;
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Spawns the one `rev-parse`; the fallbacks run only when its answer is not the usual one. */
export function startPreflight(root: string, branch: string, options: GitOptions = {}): Preflight {
  const args = ['rev-parse', '--show-object-format', '--is-inside-work-tree', '--is-shallow-repository', '--end-of-options', 'HEAD^{commit}', `${checkRef(branch)}^{commit}`, '--'];
  const quick = readGit(root, args, options).then(parseAnswer, inDoubt);
  const head = quick.then((found) => (found ? { sha: found.head, objectFormat: found.objectFormat } : readHead(root, options)));
  const branchReadable = quick.then((found) => (found ? assertQuickCheck(root, branch, found.checks, options) : assertBranchReadable(root, branch, options)));
  // Observed here: a report whose plan names another branch never awaits this check.
  for (const read of [head, branchReadable]) read.catch(() => undefined);
  return { branch, head, branchReadable };
}

// Without --verify, rev-parse echoes the option separators: the answer is read by position.
function parseAnswer(out: string): { objectFormat: string; checks: string[]; head: string } | undefined {
  const lines = out.split('\n').map((line) => line.trim());
  const [objectFormat, inside, shallow, separator, head, tip, end] = lines;
  if (separator !== '--end-of-options' || end !== '--' || !SHA.test(head) || !SHA.test(tip)) return undefined;
  return { objectFormat, checks: [inside, shallow], head };
}
