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

/** Git is missing, the folder is not a repository, or git may not run (Restricted Mode). */
export class GitUnavailableError extends DeliveryError {
  constructor(message: string, hint?: string) {
    super(message, hint);
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
