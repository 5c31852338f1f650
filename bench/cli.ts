// Runs the built CLI in a child process, as a user would, and measures it: wall time here, CPU
// time and peak memory (RSS) by /usr/bin/time -v when present, else by a preloaded hook that
// reports the child's own process.resourceUsage().

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CLI = resolve(__dirname, '../../dist/cli.js');
const TIME = '/usr/bin/time';

export interface CliRun {
  ms: number;
  /** User plus system CPU of the CLI and the processes it waited for: steadier than wall time on a busy machine. */
  cpuMs: number;
  rssMb: number;
  stdout: string;
}

/** How peak memory is measured on this machine, for the printed figures. */
export const MEMORY_PROBE = existsSync(TIME) ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS';

export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.mjs` first');
}

function fromTime(stderr: string): { kb: number; cpuMs: number } {
  const seconds = (label: string): number =>
    Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1]);
  return {
    kb: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]),
    cpuMs: (seconds('User') + seconds('System')) * 1000,
  };
}

export interface RunOptions {
  /** Exit codes that are not failures (default 0 only). */
  okExits?: readonly number[];
  /** Another copy of the CLI. */
  cli?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * This process's environment without NODE_EXTRA_CA_CERTS, or undefined when it is not set: with
 * it, every Node process reads and parses that certificate bundle before running any code.
 */
export function envWithoutExtraCaCerts(): NodeJS.ProcessEnv | undefined {
  if (!process.env.NODE_EXTRA_CA_CERTS) return undefined;
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

/** `node dist/cli.js …args`; exit codes other than `okExits` throw with the CLI's stderr. */
export function runCli(args: string[], { okExits = [0], cli = CLI, env = process.env }: RunOptions = {}): CliRun {
  const rssFile = join(tmpdir(), `delivery-rhythm-bench-rss-${process.pid}`);
  const useTime = existsSync(TIME);
  const options = { encoding: 'utf8' as const, maxBuffer: 256 * 1024 * 1024, env };
  const started = process.hrtime.bigint();
  const child = useTime
    ? spawnSync(TIME, ['-v', process.execPath, cli, ...args], options)
    : spawnSync(process.execPath, ['--require', join(__dirname, 'rssHook.js'), cli, ...args], {
        ...options,
        env: { ...env, DELIVERY_RHYTHM_RSS_FILE: rssFile },
      });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!okExits.includes(child.status ?? -1)) throw new Error(`${args[0]} failed (${child.status}): ${child.stderr}`);
  const { kb, cpuMs } = useTime
    ? fromTime(child.stderr)
    : (JSON.parse(readFileSync(rssFile, 'utf8')) as { kb: number; cpuMs: number });
  return { ms, cpuMs, rssMb: kb / 1024, stdout: child.stdout };
}
