// The `.delivery/` files as they were committed on the branch at a moment: a past week's report is
// told with the plan of that week, not today's. One `rev-list` finds the commit, one `diff` from
// the empty tree gives every file whole (as the slip ledger reads its files).
import { classify, NO_TEXT_IN_GIT } from '../parse/files';
import { EMPTY_TREE, WHOLE_FILE_PATCH } from './ledgerRead';
import { LogFormat } from './logFormat';
import { newVersions } from './patch';
import { checkRef, gitInstant, readGit, type GitOptions } from './run';

export interface CommittedPlan {
  sha: string;
  /** Commit time in ms. */
  at: number;
  files: { path: string; text: string }[];
  /** Plan files git gave no text for (binary, or over the size limit), to be named, not dropped. */
  unreadable: { path: string; problem: string }[];
}

const PLAN = '.delivery';

const isPlanFile = (path: string) => !['generated', 'other'].includes(classify(path));

/** The plan in the last commit on `branch` at or before `untilMs`; undefined when there is none or it holds no `.delivery/` file. */
export async function readPlanAt(
  root: string,
  branch: string,
  untilMs: number,
  options: GitOptions = {},
): Promise<CommittedPlan | undefined> {
  const found = (
    await readGit(
      root,
      [
        'rev-list',
        '-n',
        '1',
        '--first-parent',
        '--format=%H %ct',
        `--until=${gitInstant(untilMs)}`,
        '--end-of-options',
        checkRef(branch),
        '--',
      ],
      options,
    )
  ).trim();
  return planIn(root, found, options);
}

/** The plan in the first commit on `branch` that holds `.delivery/`: for a report of a time before the plan was committed. */
export async function readOldestPlan(
  root: string,
  branch: string,
  options: GitOptions = {},
): Promise<CommittedPlan | undefined> {
  const commits = (
    await readGit(
      root,
      ['rev-list', '--first-parent', '--reverse', '--format=%H %ct', '--end-of-options', checkRef(branch), '--', PLAN],
      options,
    )
  ).trim();
  return planIn(root, commits.split('\n').slice(0, 2).join('\n'), options);
}

// `rev-list --format` prints a "commit <sha>" line, then the formatted line.
async function planIn(root: string, listed: string, options: GitOptions): Promise<CommittedPlan | undefined> {
  const [sha, time] = (listed.split('\n')[1] ?? '').split(' ');
  if (!sha || !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) return undefined;
  // The commit's id tells the repository's object format: no second process to ask for it.
  const empty = sha.length === 64 ? EMPTY_TREE.sha256 : EMPTY_TREE.sha1;
  const patch = await readGit(root, ['diff', ...WHOLE_FILE_PATCH, '--end-of-options', empty, sha, '--', PLAN], options);
  const versions = newVersions(patch);
  const files = versions.flatMap((version) =>
    version.path && version.text !== undefined ? [{ path: version.path, text: version.text }] : [],
  );
  // Files the reader would not read anyway (a picture beside the plan) stay unnamed, as in the working tree.
  const unreadable = versions.flatMap((version) =>
    version.binary && isPlanFile(version.path) ? [{ path: version.path, problem: NO_TEXT_IN_GIT }] : [],
  );
  return files.length + unreadable.length > 0 ? { sha, at: Number(time) * 1000, files, unreadable } : undefined;
}

export interface FileCommit {
  sha: string;
  /** Commit time in ms. */
  at: number;
  subject: string;
}

/** The last commit on `branch` by `untilMs` that changed `path` (a plan file, e.g. a week's status). */
export async function readFileCommit(
  root: string,
  branch: string,
  path: string,
  untilMs: number,
  options: GitOptions = {},
): Promise<FileCommit | undefined> {
  const format = new LogFormat(['%H', '%ct', '%s']);
  const out = await readGit(
    root,
    [
      'log',
      '-1',
      '--first-parent',
      '--no-show-signature',
      '--no-color',
      format.arg,
      `--until=${gitInstant(untilMs)}`,
      '--end-of-options',
      checkRef(branch),
      '--',
      path,
    ],
    options,
  );
  const [record] = format.parse(out);
  return record ? { sha: record.fields[0], at: Number(record.fields[1]) * 1000, subject: record.fields[2] } : undefined;
}
