// The git reads behind the slip ledger, startable before the plan (and so its time zone) is
// known: reports start them first and the plan is read while git walks the history.
import type { IsoDate } from '../model';
import { LogFormat, type LogRecord } from './logFormat';
import { gitInstant, readGit, type GitOptions } from './run';
import { startOfDayAnywhere } from './zone';

export const LEDGER_PATHS = ['.delivery/initiatives', '.delivery/initiatives.yaml', '.delivery/initiatives.yml'];
export const WHOLE_FILE_PATCH = ['-p', '--unified=100000', '--no-ext-diff', '--no-textconv', '--no-renames', '--no-color'];
export const EMPTY_TREE: Record<string, string> = {
  sha1: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
  sha256: '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321',
};

export interface Head {
  sha: string;
  objectFormat: string;
}

export interface LedgerRead {
  /** The first day read; changes before it begin in the ledger's own time zone are cut later. */
  since?: IsoDate;
  head: Promise<Head | undefined>;
  /** `git log -p` of the initiative files, oldest commit first: fields sha and commit time, the patch as the rest. */
  changes: Promise<LogRecord[]>;
  /** The initiative files as they are at HEAD (as a diff from the empty tree); empty without `since`. */
  now: Promise<string>;
}

/** Starts the log, the head check and (once the head is known) the diff, side by side; or goes on from a log and head check already started. */
export function startLedgerRead(root: string, since: IsoDate | undefined, options: GitOptions = {}, started?: { changes: Promise<LogRecord[]>; head: Promise<Head | undefined> }): LedgerRead {
  // The log is the longest read, so it is spawned first.
  const changes = started?.changes ?? startLedgerLog(root, since, options);
  const head = started?.head ?? readHead(root, options);
  const now = head.then((found) =>
    found && since ? readGit(root, ['diff', ...WHOLE_FILE_PATCH, '--end-of-options', EMPTY_TREE[found.objectFormat] ?? EMPTY_TREE.sha1, found.sha, '--', ...LEDGER_PATHS], options) : '',
  );
  // Observed here, so a read nobody awaits (the plan failed to load, or an earlier read failed) never goes unhandled.
  for (const read of [head, changes, now]) read.catch(() => undefined);
  return { ...(since ? { since } : {}), head, changes, now };
}

/** `git log -p` of the initiative files on the first-parent history of HEAD, oldest commit first, from the earliest moment `since` begins anywhere. */
export function startLedgerLog(root: string, since: IsoDate | undefined, options: GitOptions = {}): Promise<LogRecord[]> {
  // A plan file's text is in the patch, so the records are marked with this read's own token.
  const format = ledgerLogFormat();
  const log = ['log', '--first-parent', '--diff-merges=first-parent', '--reverse', ...WHOLE_FILE_PATCH, '--no-show-signature', format.arg];
  const bound = since ? [`--since=${gitInstant(startOfDayAnywhere(since).earliest)}`] : [];
  return readGit(root, [...log, ...bound, '--end-of-options', 'HEAD', '--', ...LEDGER_PATHS], options).then((out) => format.parse(out));
}

/** The plan-history log's fields: the commit, its time and its subject (the reason for a change); the patch follows as the record's rest. */
export function ledgerLogFormat(token?: string): LogFormat {
  return new LogFormat(['%H', '%ct', '%s'], token);
}

/** HEAD's commit and the repository's object format; undefined before the first commit. */
export async function readHead(root: string, options: GitOptions): Promise<Head | undefined> {
  const [objectFormat, sha] = (await readGit(root, ['rev-parse', '--show-object-format', '--verify', '-q', 'HEAD^{commit}'], options)).trim().split('\n');
  return sha ? { sha, objectFormat } : undefined;
}
