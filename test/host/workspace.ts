// Throw-away workspace folders for the real-host tests: the example repository or an empty folder.
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDemoRepo } from '../helpers/demoRepo';
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
export function makeExampleRepo(dir: string): Promise<void> {
  return makeDemoRepo(dir, join(projectRoot(), EXAMPLE_DELIVERY));
}
