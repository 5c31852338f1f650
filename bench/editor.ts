// Editor-refresh benchmark: the extension's own model code (src/core/folderModel.ts, as
// src/deliveryFolder.ts drives it, without vscode) on a clone of the 100,000-commit repository,
// whose `.delivery/` plan has changed through its history. Times the first load, a saved plan file,
// and a new commit that moves a target, and prints the git processes each one ran.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { FolderModel } from '../src/core/folderModel';
import { loadDeliveryFolder } from '../src/core/load';
import { buildRepository, GIT_ENV } from './git';
import { gitRecorder, label, withoutConfig, type GitCommand } from './gitCommands';
import { median } from './median';

const AS_OF = '2026-11-25';
const EDITED = '.delivery/initiatives/payments.yaml';
const RUNS = 7;
const TARGET_MS = 100;

function git(cwd: string, args: string[], date?: string): void {
  const env = date
    ? {
        ...GIT_ENV,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_AUTHOR_NAME: 'Dana Kim',
        GIT_AUTHOR_EMAIL: 'dana@acme.io',
        GIT_COMMITTER_NAME: 'Dana Kim',
        GIT_COMMITTER_EMAIL: 'dana@acme.io',
      }
    : GIT_ENV;
  const result = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}${result.stdout}`);
}

/** One refresh as the extension makes it after a change: load the folder through its parse cache, then the facts. */
async function refresh(folder: FolderModel, root: string): Promise<number> {
  const started = performance.now();
  const model = await loadDeliveryFolder(root, undefined, folder.files);
  await folder.facts(model, AS_OF, root);
  return performance.now() - started;
}

/** Runs `work` with a recording `git` first on PATH; returns the commands it ran. */
async function recorded(work: () => Promise<unknown>): Promise<GitCommand[]> {
  const recorder = gitRecorder();
  const path = process.env.PATH;
  process.env.PATH = `${recorder.dir}${delimiter}${path ?? ''}`;
  try {
    await work();
    return recorder.commands();
  } finally {
    process.env.PATH = path;
    recorder.remove();
  }
}

/** Each git process: which read it is and the commits or range it walks (shas shortened). */
const describe = (commands: GitCommand[]) =>
  commands
    .map((command) => {
      const range = withoutConfig(command.args)
        .filter((arg) => /\.\.|^[0-9a-f]{40}$|^HEAD$|^main$|--since/.test(arg))
        .map((arg) => arg.replace(/[0-9a-f]{40}/g, (sha) => sha.slice(0, 7)));
      return [label(command), ...range].join(' ');
    })
    .join('; ') || 'none';

export async function runEditorBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'delivery-rhythm-bench-editor-'));
  try {
    const root = join(dir, 'repo');
    // A clone that borrows the cached repository's objects, so its commits leave the cache as it was.
    git(dir, ['clone', '-q', '--shared', buildRepository(), root]);
    const original = readFileSync(join(root, EDITED), 'utf8');
    const folder = new FolderModel((error) => console.error(`editor bench: git read failed: ${String(error)}`));
    const cold = await refresh(folder, root);
    const coldReads = [...folder.ledgerReads];
    const saves: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      writeFileSync(join(root, EDITED), `${original}# saved ${i}\n`);
      saves.push(await refresh(folder, root));
    }
    writeFileSync(join(root, EDITED), `${original}# saved once more\n`);
    const saveGit = await recorded(() => refresh(folder, root));
    const commits: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      writeFileSync(join(root, EDITED), original.replace(/^target: .*$/m, `target: 2027-0${i + 1}`));
      git(root, ['commit', '-q', '-a', '-m', `Re-plan payments ${i}`], `2026-11-25T1${i}:00:00+00:00`);
      commits.push(await refresh(folder, root));
    }
    writeFileSync(join(root, EDITED), original);
    git(root, ['commit', '-q', '-a', '-m', 'Re-plan payments back'], '2026-11-25T18:00:00+00:00');
    const commitGit = await recorded(() => refresh(folder, root));
    const ms = (n: number) => `${n.toFixed(0)} ms`;
    console.log(`editor refresh: first load ${ms(cold)} (plan history ${coldReads.join(', ')}, once per session)`);
    console.log(
      `editor refresh: a saved plan file, median ${ms(median(saves))} of ${RUNS} (max ${ms(Math.max(...saves))}); target < ${TARGET_MS} ms warm; git: ${describe(saveGit)}`,
    );
    console.log(
      `editor refresh: a new commit that moves a target, median ${ms(median(commits))} of ${RUNS} (max ${ms(Math.max(...commits))}); plan history ${folder.ledgerReads.join(', ')}; git: ${describe(commitGit)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
