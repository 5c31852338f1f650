// The integration suites, for both runners (code-server in run.ts, VS Code desktop in electron.ts).
import { join } from 'node:path';
import type { WorkspaceKind } from '../host/workspace';

export interface Suite {
  name: string;
  /** Folder of compiled *.test.js files. */
  dir: string;
  /** false opens the workspace in Restricted Mode. */
  trusted: boolean;
  /** What to open; default 'example' (the example plan in a single folder). */
  workspace?: WorkspaceKind;
}

export const SUITES: Suite[] = [
  { name: 'trusted workspace', dir: join(__dirname, 'suite'), trusted: true },
  { name: 'Restricted Mode', dir: join(__dirname, 'restricted'), trusted: false },
  { name: 'multi-root workspace', dir: join(__dirname, 'multiroot'), trusted: true, workspace: 'multi-root' },
];
