// The floor under a report's time: a bare Node process that starts every git command the report
// ran, all at once, drains their output and exits — no plan to load, nothing to parse, map or
// render, and no wait for one read before the next. No program that needs those reads can be
// faster on this machine, so a target below this figure asks for fewer reads, not faster code.
// Usage: node out/bench/floor.js <commands.json> (an array of {cwd, args}, as gitCommands records).

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { GitCommand } from './gitCommands';

function drained({ cwd, args }: GitCommand): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', () => resolve());
  });
}

if (require.main === module) {
  const commands = JSON.parse(readFileSync(process.argv[2], 'utf8')) as GitCommand[];
  Promise.all(commands.map(drained)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
