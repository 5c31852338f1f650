// Errors a user can act on: a message that says what went wrong and, where known, what to do.

export class DeliveryError extends Error {
  constructor(
    message: string,
    /** What the user can do about it, one sentence. */
    readonly hint?: string,
    /** File the problem is in, relative to the workspace folder, when there is one. */
    readonly file?: string,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** Why a git read failed: callers decide on this, never on the message's words. */
export enum GitErrorReason {
  NotInstalled = 'not-installed',
  NotARepository = 'not-a-repository',
  NoCommits = 'no-commits',
  Shallow = 'shallow',
  MissingBranch = 'missing-branch',
  TimedOut = 'timed-out',
  Failed = 'failed',
}

/** A git read that failed, with its reason. */
export class GitError extends DeliveryError {
  constructor(
    readonly reason: GitErrorReason,
    message: string,
    hint?: string,
    file?: string,
  ) {
    super(message, hint, file);
    this.name = 'GitError';
  }
}

/** Git is missing, the folder is not a repository, has no commits or is a shallow clone: a report is made from the files alone. */
export class GitUnavailableError extends GitError {
  constructor(
    reason:
      GitErrorReason.NotInstalled | GitErrorReason.NotARepository | GitErrorReason.NoCommits | GitErrorReason.Shallow,
    message: string,
    hint?: string,
  ) {
    super(reason, message, hint);
    this.name = 'GitUnavailableError';
  }
}

/** The user cancelled the work (an aborted signal): not a failure to report. */
export class CancelledError extends DeliveryError {
  constructor(message = 'Cancelled.') {
    super(message);
    this.name = 'CancelledError';
  }
}

/** True for our CancelledError and for the AbortError an aborted signal throws. */
export function isCancellation(error: unknown): boolean {
  return error instanceof CancelledError || (error instanceof Error && error.name === 'AbortError');
}

/** A message for the user and the log from anything thrown, keeping the hint of a DeliveryError. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const hint = (error as { hint?: unknown }).hint;
    return typeof hint === 'string' && hint ? `${error.message} ${hint}` : error.message;
  }
  return String(error);
}
