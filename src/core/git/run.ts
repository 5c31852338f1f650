// The one door to git: simple-git with read-only commands, checked arguments, no prompts,
// a timeout and cancellation. Everything in src/core/git goes through `readGit`.
import { simpleGit } from 'simple-git';
import { CancelledError, DeliveryError, GitError, GitErrorReason, GitUnavailableError } from '../errors';
import { MAX_FILE_BYTES } from '../parse/files';
import { isSafeRef } from './ref';

const READ_ONLY = new Set(['log', 'rev-parse', 'config', 'rev-list', 'diff']);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0000$/;

export interface GitOptions {
  signal?: AbortSignal;
  /** Milliseconds without output before the command is killed. */
  timeoutMs?: number;
}

/** Throws a DeliveryError naming the setting when `ref` is not a plain branch name. */
export function checkRef(ref: string): string {
  if (!isSafeRef(ref)) {
    throw new DeliveryError(
      `"${ref}" is not a valid branch name.`,
      'Set `branch` in .delivery/config.yaml to a branch such as main.',
      '.delivery/config.yaml',
    );
  }
  return ref;
}

/** Formats an instant as git's own unambiguous date form, always in UTC. */
export function gitInstant(ms: number): string {
  const text = new Date(ms).toISOString().replace('T', ' ').slice(0, 19) + ' +0000';
  if (!ISO_INSTANT.test(text)) throw new DeliveryError(`Invalid date for git: ${text}`);
  return text;
}

/**
 * `--since` for an instant, or nothing when the instant is before the epoch: git reads such a date
 * as no date and then returns no commit at all, while every commit time is from the epoch on.
 */
export function sinceArgs(ms: number): string[] {
  return ms < 0 ? [] : [`--since=${gitInstant(ms)}`];
}

/** Runs a read-only git command in `root` and returns its stdout. */
export async function readGit(root: string, args: string[], options: GitOptions = {}): Promise<string> {
  const readOnly = READ_ONLY.has(args[0]) && (args[0] !== 'config' || args[1] === '--get');
  if (!readOnly)
    throw new DeliveryError(
      `Refusing to run "git ${args.slice(0, 2).join(' ')}": only read-only commands are allowed.`,
    );
  let git;
  try {
    git = simpleGit({
      baseDir: root,
      timeout: { block: options.timeoutMs ?? 60_000 },
      // Done when the output closes: the default also arms a 50 ms timer per process, which held the CLI open.
      completion: { onClose: true, onExit: false },
      // A plan file over the size limit comes as "Binary files … differ", not as its text: one large
      // file committed under .delivery/ would otherwise be read into memory whole, once per version.
      config: [`core.bigFileThreshold=${MAX_FILE_BYTES}`],
      ...(options.signal ? { abort: options.signal } : {}),
    }).env(gitEnv());
  } catch (error) {
    throw new GitUnavailableError(
      GitErrorReason.NotARepository,
      `Cannot read git in ${root}: ${messageOf(error)}`,
      'Open a folder that is a git repository.',
    );
  }
  try {
    return await git.raw(args);
  } catch (error) {
    throw translate(error, options.signal);
  }
}

// A small allow-list: no askpass, editor, pager or diff helpers inherited from the caller.
function gitEnv(): Record<string, string> {
  // GIT_FLUSH=0: git log would otherwise flush every commit into the pipe, waking Node thousands of times.
  const env: Record<string, string> = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_FLUSH: '0',
    LC_ALL: 'C',
  };
  for (const key of ['PATH', 'Path', 'HOME', 'USERPROFILE', 'XDG_CONFIG_HOME', 'SystemRoot', 'TMPDIR', 'TEMP']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}

// simple-git reports failures as text: this is the one place that text is read, to give each a reason.
function translate(error: unknown, signal?: AbortSignal): Error {
  const message = messageOf(error);
  if (signal?.aborted) return new CancelledError('Reading git was cancelled.');
  if (/ENOENT|spawn git/.test(message)) {
    return new GitUnavailableError(
      GitErrorReason.NotInstalled,
      'git is not installed or not on the PATH.',
      'Install git, then run the command again.',
    );
  }
  if (/not a git repository/i.test(message)) {
    return new GitUnavailableError(
      GitErrorReason.NotARepository,
      'This folder is not inside a git repository.',
      'Run `git init` or open the repository folder.',
    );
  }
  if (/timed? ?out|block timeout/i.test(message)) {
    return new GitError(
      GitErrorReason.TimedOut,
      'git took too long to answer and was stopped.',
      'Try a shorter window, or run `git gc` on the repository.',
    );
  }
  return new GitError(GitErrorReason.Failed, `git failed: ${message.trim().split('\n')[0]}`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
