// Lint benchmark: 2,000 initiative files and 52 weekly statuses, linted by the built CLI in a
// child process. Wall time is measured here; peak memory (RSS) by /usr/bin/time -v when present,
// else by a preloaded hook that reports the child's own process.resourceUsage().maxRSS.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const INITIATIVES = 2000;
const WEEKS = 52;
const PER_STATUS = 200;
const RUNS = 3;
const CACHE = join(tmpdir(), `delivery-rhythm-bench-lint-v1-${INITIATIVES}x${WEEKS}`);
const CLI = resolve(__dirname, '../../dist/cli.js');
const TIME = '/usr/bin/time';

const STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'paused', 'done'];
const OWNERS = ['Dana Kim <dana@acme.io>', 'Lee Park', 'Priya Shah', "Zoë O'Brien-Li", 'Platform team', 'Sam Ode, Ana Ruiz'];
const TARGETS = ['2026-Q4', '2027-Q1', '2026-12-15', '2026-11', 'TBD', '{start: 2026-10-01, end: 2027-02-28}', '2026-Q3'];

function initiativeYaml(n: number): string {
  const pick = <T>(list: readonly T[]): T => list[n % list.length];
  const lines = [
    `title: Initiative ${n}`,
    `owner: ${pick(OWNERS)}`,
    'contributors: [Lee Park, Sam Ode]',
    n % 9 === 0 ? undefined : `why: Move metric ${n} for segment ${n % 17}`,
    `roadmap: 2026 H2 — Theme ${n % 8}`,
    `priority: ${(n % 5) + 1}`,
    `status: ${pick(STATUSES)}`,
    `target: ${pick(TARGETS)}`,
    'risks:',
    `  - {risk: Dependency ${n}, impact: ${['low', 'medium', 'high'][n % 3]}, mitigation: Weekly sync}`,
    'blockers:',
    `  - {blocker: Waiting on team ${n % 13}, since: 2026-${String((n % 11) + 1).padStart(2, '0')}-02${n % 4 === 0 ? '' : ', owner: Priya Shah'}}`,
    n % 7 === 0 ? undefined : `outcome: {metric: Metric ${n}, baseline: 1%, target: 2%, current: 1.5%}`,
    `match: {paths: [services/s${n}/**], branches: [s${n}/*], scopes: [s${n}], keywords: [S${n}-]}`,
  ];
  return `${lines.filter((line) => line !== undefined).join('\n')}\n`;
}

function statusYaml(week: number): string {
  const id = `2026-W${String(week).padStart(2, '0')}`;
  const entries = Array.from({ length: PER_STATUS }, (_, k) => (week * PER_STATUS + k) % INITIATIVES).map(
    (n) => `  init-${n}:\n    status: on-track\n    progress: Step ${week} of initiative ${n}\n    next: Step ${week + 1}`,
  );
  return `week: ${id}\nauthor: Dana Kim\nheadline: Week ${week}\nbacklog: ${100 + week}\ninitiatives:\n${entries.join('\n')}\n`;
}

/** The generated folder, reused across runs (the marker file says it is complete). */
export function benchFolder(): string {
  const marker = join(CACHE, '.complete');
  if (existsSync(marker)) return CACHE;
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(join(CACHE, '.delivery/initiatives'), { recursive: true });
  mkdirSync(join(CACHE, '.delivery/status'));
  writeFileSync(join(CACHE, '.delivery/config.yaml'), 'team: Bench\ntimezone: Europe/Berlin\nrules: {status-stale: {days: 10}}\n');
  for (let n = 0; n < INITIATIVES; n++) writeFileSync(join(CACHE, `.delivery/initiatives/init-${n}.yaml`), initiativeYaml(n));
  for (let w = 1; w <= WEEKS; w++) writeFileSync(join(CACHE, `.delivery/status/2026-W${String(w).padStart(2, '0')}.yaml`), statusYaml(w));
  writeFileSync(marker, '');
  return CACHE;
}

interface Run {
  ms: number;
  /** User plus system CPU time: steadier than wall time on a busy machine. */
  cpuMs: number;
  rssMb: number;
  findings: number;
}

function fromTime(stderr: string): { kb: number; cpuMs: number } {
  const seconds = (label: string): number => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1]);
  return { kb: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]), cpuMs: (seconds('User') + seconds('System')) * 1000 };
}

function runOnce(folder: string): Run {
  const args = [CLI, 'lint', folder, '--format', 'json', '--as-of', '2026-11-25'];
  const rssFile = join(tmpdir(), `delivery-rhythm-bench-rss-${process.pid}`);
  const useTime = existsSync(TIME);
  const options = { encoding: 'utf8' as const, maxBuffer: 256 * 1024 * 1024 };
  const started = process.hrtime.bigint();
  const child = useTime
    ? spawnSync(TIME, ['-v', process.execPath, ...args], options)
    : spawnSync(process.execPath, ['--require', join(__dirname, 'rssHook.js'), ...args], { ...options, env: { ...process.env, DELIVERY_RHYTHM_RSS_FILE: rssFile } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0 && child.status !== 1) throw new Error(`lint failed (${child.status}): ${child.stderr}`);
  const { kb, cpuMs } = useTime ? fromTime(child.stderr) : (JSON.parse(readFileSync(rssFile, 'utf8')) as { kb: number; cpuMs: number });
  return { ms, cpuMs, rssMb: kb / 1024, findings: (JSON.parse(child.stdout) as unknown[]).length };
}

export async function runLintBench(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.mjs` first');
  const folder = benchFolder();
  runOnce(folder);
  const runs = Array.from({ length: RUNS }, () => runOnce(folder)).sort((a, b) => a.ms - b.ms);
  const median = runs[Math.floor(RUNS / 2)];
  const peak = Math.max(...runs.map((r) => r.rssMb));
  const how = existsSync(TIME) ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS';
  console.log(`lint: ${INITIATIVES} initiatives, ${WEEKS} weekly statuses (${PER_STATUS} entries each), ${median.findings} findings`);
  console.log(
    `lint: median ${median.ms.toFixed(0)} ms wall, ${median.cpuMs.toFixed(0)} ms CPU of ${RUNS} runs (min ${runs[0].ms.toFixed(0)} ms wall), peak RSS ${peak.toFixed(1)} MB (${how}); target < 1000 ms, < 200 MB`,
  );
}
