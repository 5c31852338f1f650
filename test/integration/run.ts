// Runs the integration suites inside a real VS Code (code-server + chromium): a trusted workspace,
// Restricted Mode and a multi-root workspace. Prints every test and exits non-zero on failure.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbench, startCodeServer, type CodeServer, type Workbench } from '../host/codeServer';
import { mochaPath } from '../host/paths';
import { makeTestWorkspace, workspaceTarget } from '../host/workspace';
import { SUITES, type Suite } from './suites';

interface TestResult {
  fullTitle: string;
  err?: { message?: string; stack?: string };
}

interface Results {
  tests: TestResult[];
  passes: TestResult[];
  failures: TestResult[];
  pending: TestResult[];
}

const TIMEOUT_MS = Number(process.env.DELIVERY_TEST_TIMEOUT_MS ?? 180_000);

async function waitForFile(file: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(file)) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

async function runSuite(suite: Suite): Promise<{ passed: number; failed: number }> {
  console.log(`\n${suite.name} (${suite.dir})`);
  const scratch = await mkdtemp(join(tmpdir(), 'delivery-results-'));
  const output = join(scratch, 'results.json');
  const env = { DELIVERY_TEST_SUITE: suite.dir, DELIVERY_TEST_OUTPUT: output, DELIVERY_TEST_MOCHA: mochaPath() };
  let workspace: string | undefined;
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;
  try {
    const kind = suite.workspace ?? 'example';
    workspace = await makeTestWorkspace(kind);
    const target = workspaceTarget(kind, workspace);
    server = await startCodeServer({ workspace: target, trusted: suite.trusted, env });
    workbench = await openWorkbench(server.url, target);
    if (!(await waitForFile(`${output}.done`, TIMEOUT_MS))) {
      console.log(`  ✗ no results within ${TIMEOUT_MS / 1000} s\n--- code-server log ---\n${server.logs()}`);
      return { passed: 0, failed: 1 };
    }
    return report(output, server);
  } catch (error) {
    console.log(`  ✗ ${(error as Error).message}`);
    return { passed: 0, failed: 1 };
  } finally {
    await workbench?.close();
    await server?.stop();
    if (workspace) await rm(workspace, { recursive: true, force: true });
    await rm(scratch, { recursive: true, force: true });
  }
}

function report(output: string, server: CodeServer): { passed: number; failed: number } {
  const done = JSON.parse(readFileSync(`${output}.done`, 'utf8')) as {
    failures: number;
    error?: string;
    activationError?: string;
  };
  if (done.activationError) console.log(`  ! ${done.activationError}`);
  if (done.error || !existsSync(output)) {
    console.log(
      `  ✗ the suite did not run: ${done.error ?? 'no results file'}\n--- code-server log ---\n${server.logs()}`,
    );
    return { passed: 0, failed: 1 };
  }
  const results = JSON.parse(readFileSync(output, 'utf8')) as Results;
  const failed = new Map(results.failures.map((test) => [test.fullTitle, test]));
  const pending = new Set(results.pending.map((test) => test.fullTitle));
  for (const test of results.tests) {
    const failure = failed.get(test.fullTitle);
    if (failure) console.log(`  ✗ ${test.fullTitle}\n      ${failure.err?.stack ?? failure.err?.message ?? ''}`);
    else console.log(pending.has(test.fullTitle) ? `  - ${test.fullTitle} (pending)` : `  ✓ ${test.fullTitle}`);
  }
  if (results.passes.length + results.failures.length === 0) {
    console.log('  ✗ no test ran');
    return { passed: 0, failed: 1 };
  }
  return { passed: results.passes.length, failed: results.failures.length };
}

async function main(): Promise<void> {
  let passed = 0;
  let failed = 0;
  for (const suite of SUITES) {
    const counts = await runSuite(suite);
    passed += counts.passed;
    failed += counts.failed;
  }
  // The same summary lines as mocha's spec reporter, so scripts/test-all.sh counts all layers alike.
  console.log(`\n  ${passed} passing`);
  if (failed > 0) console.log(`  ${failed} failing`);
  process.exitCode = failed > 0 ? 1 : 0;
}

// Exit (not die) on Ctrl-C, so the host's exit hook ends code-server's process group.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
