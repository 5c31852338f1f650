// The git reads behind the slip ledger: HEAD, the plan-history log of the initiative files on the
// first-parent history, and (for a bounded ledger) the files as they are at HEAD.
import { LogFormat, type LogRecord } from './logFormat';
import { readGit, sinceArgs, type GitOptions } from './run';

export const LEDGER_PATHS = ['.delivery/initiatives', '.delivery/initiatives.yaml', '.delivery/initiatives.yml'];
const WHOLE_FILES = ['-p', '--unified=100000', '--no-ext-diff', '--no-textconv', '--no-color'];
export const WHOLE_FILE_PATCH = [...WHOLE_FILES, '--no-renames'];
/** The plan history finds renames (at git's default similarity), so a renamed initiative file keeps its history. */
export const HISTORY_PATCH = [...WHOLE_FILES, '--find-renames'];
export const EMPTY_TREE: Record<string, string> = {
  sha1: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
  sha256: '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321',
};

export interface Head {
  sha: string;
  objectFormat: string;
}

/** Which commits the plan-history log reads: from an instant on, or only those after a commit HEAD descends from. */
export interface LogBound {
  sinceMs?: number;
  after?: string;
}

/** `git log -p` of the initiative files on the first-parent history of `tip`, oldest commit first: fields sha, commit time, subject; the patch as the rest. */
export async function readLedgerLog(
  root: string,
  tip: string,
  bound: LogBound = {},
  options: GitOptions = {},
): Promise<LogRecord[]> {
  // A plan file's text is in the patch, so the records are marked with this read's own token.
  const format = ledgerLogFormat();
  const since = bound.sinceMs === undefined ? [] : sinceArgs(bound.sinceMs);
  const range = bound.after ? `${bound.after}..${tip}` : tip;
  const log = [
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--reverse',
    ...HISTORY_PATCH,
    '--no-show-signature',
    format.arg,
    ...since,
  ];
  return format.parse(await readGit(root, [...log, '--end-of-options', range, '--', ...LEDGER_PATHS], options));
}

/** The plan-history log's fields: the commit, its time and its subject (the reason for a change); the patch follows as the record's rest. */
export function ledgerLogFormat(token?: string): LogFormat {
  return new LogFormat(['%H', '%ct', '%s'], token);
}

/** The initiative files at `head`, as one diff from the empty tree. */
export function readLedgerFiles(root: string, head: Head, options: GitOptions = {}): Promise<string> {
  return readGit(
    root,
    [
      'diff',
      ...WHOLE_FILE_PATCH,
      '--end-of-options',
      EMPTY_TREE[head.objectFormat] ?? EMPTY_TREE.sha1,
      head.sha,
      '--',
      ...LEDGER_PATHS,
    ],
    options,
  );
}

/** HEAD's commit and the repository's object format; undefined before the first commit. */
export async function readHead(root: string, options: GitOptions = {}): Promise<Head | undefined> {
  const [objectFormat, sha] = (
    await readGit(root, ['rev-parse', '--show-object-format', '--verify', '-q', 'HEAD^{commit}'], options)
  )
    .trim()
    .split('\n');
  return sha ? { sha, objectFormat } : undefined;
}
