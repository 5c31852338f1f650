// Cheap checks before reading history, each turning a git state into a message a lead can act on.
import { GitError, GitErrorReason, GitUnavailableError, isCancellation } from '../errors';
import { checkRef, readGit, type GitOptions } from './run';

export type GitAvailability = { ok: true } | { ok: false; reason: string };

/** Whether `root` is a git work tree with at least one commit; never throws. */
export async function gitAvailability(root: string, options: GitOptions = {}): Promise<GitAvailability> {
  try {
    await assertRepository(root, options);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Throws a GitUnavailableError unless `root` is a complete git work tree with commits. */
export async function assertRepository(root: string, options: GitOptions = {}): Promise<void> {
  const [inside, shallow] = (
    await readGit(root, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository'], options)
  ).split('\n');
  if (inside.trim() !== 'true') {
    throw new GitUnavailableError(
      GitErrorReason.NotARepository,
      'This folder is not inside a git work tree.',
      'Open the repository folder itself.',
    );
  }
  if (!(await hasCommits(root, options)))
    throw new GitUnavailableError(
      GitErrorReason.NoCommits,
      'The repository has no commits yet.',
      'Commit the .delivery/ folder, then run the command again.',
    );
  if (shallow?.trim() === 'true') {
    throw new GitUnavailableError(
      GitErrorReason.Shallow,
      'The repository is a shallow clone, so older history is missing and shipped work would be undercounted.',
      'Run `git fetch --unshallow` (or clone with full history in CI).',
    );
  }
}

/** Whether any ref of the repository points at a commit. */
export async function hasCommits(root: string, options: GitOptions = {}): Promise<boolean> {
  return (await readGit(root, ['rev-list', '-n', '1', '--all'], options)).trim() !== '';
}

/** Resolves `branch` to a commit, or explains that it is missing (mentioning a detached HEAD). */
export async function resolveBranch(root: string, branch: string, options: GitOptions = {}): Promise<string> {
  checkRef(branch);
  try {
    return (await readGit(root, ['rev-parse', '--verify', '--end-of-options', `${branch}^{commit}`], options)).trim();
  } catch (error) {
    if (stopsChecks(error, GitErrorReason.TimedOut)) throw error;
    const head = (await readGit(root, ['rev-parse', '--abbrev-ref', 'HEAD'], options).catch(() => '')).trim();
    const detached = head === 'HEAD' ? ' (HEAD is detached)' : '';
    throw new GitError(
      GitErrorReason.MissingBranch,
      `Branch "${branch}" does not exist in this repository${detached}.`,
      'Set `branch` in .delivery/config.yaml to the branch merged work lands on, or fetch it.',
      '.delivery/config.yaml',
    );
  }
}

/** One git call on the usual path; on any doubt, the step-by-step checks give the precise message. */
export async function assertBranchReadable(root: string, branch: string, options: GitOptions = {}): Promise<void> {
  checkRef(branch);
  const quick = await readGit(
    root,
    [
      'rev-parse',
      '--is-inside-work-tree',
      '--is-shallow-repository',
      '--verify',
      '--end-of-options',
      `${branch}^{commit}`,
    ],
    options,
  ).then((out) => out.split('\n').map((line) => line.trim()), inDoubt);
  await assertQuickCheck(root, branch, quick ?? [], options);
}

/** Passes when a `rev-parse --is-inside-work-tree --is-shallow-repository` of a branch that resolved said a full work tree; else checks step by step. */
async function assertQuickCheck(
  root: string,
  branch: string,
  checks: string[],
  options: GitOptions = {},
): Promise<void> {
  if (checks[0] === 'true' && checks[1] === 'false') return;
  await assertRepository(root, options);
  await resolveBranch(root, branch, options);
}

/** A quick check that failed leaves the answer to the step-by-step checks; cancellation, a timeout or a missing git do not. */
function inDoubt(error: unknown): undefined {
  if (stopsChecks(error, GitErrorReason.TimedOut, GitErrorReason.NotInstalled)) throw error;
  return undefined;
}

/** Cancellation, or a git failure for one of `reasons`: a further check would only fail the same way. */
function stopsChecks(error: unknown, ...reasons: GitErrorReason[]): boolean {
  return isCancellation(error) || (error instanceof GitError && reasons.includes(error.reason));
}

/**
 * The commits HEAD and `branch` point at, as one string: git facts read for a folder stay true
 * while it is the same, whatever is edited in the working tree. One `rev-parse`.
 */
export async function branchTips(root: string, branch: string, options: GitOptions = {}): Promise<string> {
  return (await readGit(root, ['rev-parse', '--end-of-options', 'HEAD', checkRef(branch)], options)).trim();
}
