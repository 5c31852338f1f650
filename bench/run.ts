// `npm run bench`: the lint and reload benchmarks, then the git and editor-refresh benchmarks when they have been built.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runLintBench } from './lint';
import { runReloadBench } from './reload';
import { runRollupBench } from './rollup';

async function main(): Promise<void> {
  await runLintBench();
  await runReloadBench();
  runRollupBench();
  const git = join(__dirname, 'git.js');
  if (existsSync(git)) {
    const { runGitBench } = (await import(git)) as { runGitBench: () => Promise<void> };
    await runGitBench();
    const { runEditorBench } = (await import(join(__dirname, 'editor.js'))) as { runEditorBench: () => Promise<void> };
    await runEditorBench();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
