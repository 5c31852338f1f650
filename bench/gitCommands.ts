// The git commands a CLI run makes, recorded through a `git` wrapper placed first on PATH, and
// replayed one after another: the raw git work a report needs, to set its time against.

import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { CLI } from './cli';

export interface GitCommand {
  cwd: string;
  args: string[];
}

/** The real git, found on PATH before the wrapper shadows it. */
function realGit(): string {
  const found = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (found.status !== 0 || !path) throw new Error('git is not on PATH');
  return path;
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** A `git` wrapper to put first on PATH: it logs each command's folder and arguments, then runs the real git. */
export function gitRecorder(): { dir: string; commands(): GitCommand[]; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'delivery-rhythm-bench-gitlog-'));
  const log = join(dir, 'commands');
  // Each command: its folder and arguments, NUL-terminated, then a lone \x01 field.
  const script = `#!/bin/sh\n{ printf '%s\\0' "$PWD" "$@"; printf '\\001\\0'; } >> ${quote(log)}\nexec ${quote(realGit())} "$@"\n`;
  writeFileSync(join(dir, 'git'), script);
  chmodSync(join(dir, 'git'), 0o755);
  const commands = (): GitCommand[] => {
    const fields = existsSync(log) ? readFileSync(log, 'utf8').split('\0') : [];
    const found: GitCommand[] = [];
    for (
      let start = 0, end = fields.indexOf('\x01');
      end > start;
      start = end + 1, end = fields.indexOf('\x01', start)
    ) {
      found.push({ cwd: fields[start], args: fields.slice(start + 1, end) });
    }
    return found;
  };
  return { dir, commands, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs `node dist/cli.js …args` once with the wrapper and returns the git commands it made, in
 * the order they started. Undefined where no POSIX shell can host the wrapper (Windows).
 */
export function recordGitCommands(args: string[]): GitCommand[] | undefined {
  if (process.platform === 'win32') return undefined;
  const recorder = gitRecorder();
  try {
    const run = spawnSync(process.execPath, [CLI, ...args], {
      env: { ...process.env, PATH: `${recorder.dir}${delimiter}${process.env.PATH ?? ''}` },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`${args[0]} failed (${run.status}): ${run.stderr}`);
    return recorder.commands();
  } finally {
    recorder.remove();
  }
}

/** Milliseconds each command takes, run one after another, output read in full as the CLI reads it. */
export function replayMs(commands: readonly GitCommand[], env: NodeJS.ProcessEnv): number[] {
  return commands.map(({ cwd, args }) => {
    const started = process.hrtime.bigint();
    // The exit status is not checked: a probe such as `rev-parse --verify -q` may fail by design.
    const result = spawnSync('git', args, { cwd, env, maxBuffer: 512 * 1024 * 1024 });
    if (result.error) throw result.error;
    return Number(process.hrtime.bigint() - started) / 1e6;
  });
}

/** A short name for a command's time: which log it is, or the git command's name. */
export function label(command: GitCommand): string {
  const args = withoutConfig(command.args);
  if (args[0] !== 'log') return args[0];
  if (args.includes('-p')) return 'plan-history log';
  if (args.includes('--name-only')) return 'window log';
  return args.some((arg) => arg.includes('trailers')) ? 'branch-trailer log' : 'log';
}

/** The command's own arguments, after the `-c name=value` settings given before it. */
export function withoutConfig(args: readonly string[]): readonly string[] {
  let at = 0;
  while (args[at] === '-c') at += 2;
  return args.slice(at);
}
