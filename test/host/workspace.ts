// Throw-away workspaces for the real-host tests: the example repository, an empty folder, or a
// multi-root workspace (see multiRootWorkspace.ts).
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IsoDate } from '../../src/core/model';
import { makeDemoRepo } from '../helpers/demoRepo';
import { FIXTURE_TODAY } from '../helpers/fixtureDate';
import { addMultiRootFolders, MULTI_ROOT, WORKSPACE_FILE } from './multiRootWorkspace';
import { projectRoot } from './paths';

export type WorkspaceKind = 'example' | 'empty' | 'multi-root';

export const EXAMPLE_DELIVERY = 'examples/acme/.delivery';

/** A fresh temp folder (real path, as VS Code reports it); the caller removes it. */
export async function makeTestWorkspace(kind: WorkspaceKind): Promise<string> {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `delivery-ws-${kind}-`)));
  try {
    if (kind === 'example') await makeExampleRepo(dir);
    if (kind === 'multi-root') {
      await makeExampleRepo(join(dir, MULTI_ROOT.example));
      addMultiRootFolders(dir);
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

/** What the workbench opens for a workspace made by makeTestWorkspace: the folder, or its .code-workspace file. */
export function workspaceTarget(kind: WorkspaceKind, dir: string): string {
  return kind === 'multi-root' ? join(dir, WORKSPACE_FILE) : dir;
}

/** The example plan with its git history told as of `today` (the fixtures' date by default), in `dir` (which must be empty or absent). */
export function makeExampleRepo(dir: string, today: IsoDate = FIXTURE_TODAY): Promise<void> {
  return makeDemoRepo(dir, join(projectRoot(), EXAMPLE_DELIVERY), today);
}
