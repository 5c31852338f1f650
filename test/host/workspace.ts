// Throw-away workspace folders for the real-host tests: the example repository or an empty folder.
import { cpSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepo } from '../helpers/gitRepo';
import { projectRoot } from './paths';

export type WorkspaceKind = 'example' | 'empty';

export const EXAMPLE_DELIVERY = 'examples/acme/.delivery';

/** A fresh temp folder (real path, as VS Code reports it); the caller removes it. */
export async function makeTestWorkspace(kind: WorkspaceKind): Promise<string> {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `delivery-ws-${kind}-`)));
  try {
    if (kind === 'example') await makeExampleRepo(dir);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

/** The example plan with its git history, in `dir` (which must be empty or absent). */
export async function makeExampleRepo(dir: string): Promise<void> {
  const helper = join(__dirname, '..', 'helpers', 'demoRepo.js');
  if (existsSync(helper)) {
    const { makeDemoRepo } = (await import(helper)) as { makeDemoRepo(dir: string, source: string): unknown };
    await makeDemoRepo(dir, join(projectRoot(), EXAMPLE_DELIVERY));
    return;
  }
  copyExampleWithOneCommit(dir);
}

// Until the demo history builder exists: the example files in a single commit.
function copyExampleWithOneCommit(dir: string): void {
  const source = join(projectRoot(), EXAMPLE_DELIVERY);
  if (!existsSync(source) || readdirSync(source).length === 0) {
    throw new Error(`${EXAMPLE_DELIVERY} is missing: the example workspace needs it.`);
  }
  const repo = GitRepo.create('main', dir);
  cpSync(source, join(dir, '.delivery'), { recursive: true });
  repo.commit('Add the delivery plan');
}
