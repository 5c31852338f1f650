// The integration suites under @vscode/test-electron, for machines that can download VS Code
// desktop (a laptop, CI with xvfb-run). Same suites and workspaces as run.ts (code-server).
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { projectRoot } from '../host/paths';
import { makeTestWorkspace, workspaceTarget } from '../host/workspace';
import { SUITES } from './suites';

async function main(): Promise<void> {
  for (const suite of SUITES) {
    const kind = suite.workspace ?? 'example';
    const workspace = await makeTestWorkspace(kind);
    try {
      await runTests({
        version: process.env.VSCODE_TEST_VERSION ?? '1.100.3',
        extensionDevelopmentPath: projectRoot(),
        extensionTestsPath: join(__dirname, '..', 'host', 'electronIndex'),
        extensionTestsEnv: { DELIVERY_TEST_SUITE: suite.dir },
        launchArgs: [
          workspaceTarget(kind, workspace),
          '--disable-extensions',
          ...(suite.trusted ? ['--disable-workspace-trust'] : []),
        ],
      });
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
