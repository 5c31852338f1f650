// The built CLI, for tests that run it as a user would. Built here when dist/ lacks it, so such a
// test runs or fails, and never skips.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
export const DIST = join(ROOT, 'dist');
export const CLI = join(DIST, 'cli.js');

/** The path of dist/cli.js, after building the bundles if it is missing; throws when the build fails. */
export function builtCli(): string {
  if (existsSync(CLI)) return CLI;
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0 || !existsSync(CLI))
    throw new Error(`dist/cli.js is missing and the build failed: ${build.stderr || build.stdout}`);
  return CLI;
}
