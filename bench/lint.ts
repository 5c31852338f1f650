// Lint benchmark: 2,000 initiative files and 52 weekly statuses, linted by the built CLI in a
// child process (bench/cli.ts measures time and memory).

import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt, MEMORY_PROBE, runCli, type CliRun } from './cli';

const INITIATIVES = 2000;
const WEEKS = 52;
const PER_STATUS = 200;
const RUNS = 3;
const CACHE = join(tmpdir(), `delivery-rhythm-bench-lint-v1-${INITIATIVES}x${WEEKS}`);

const STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'paused', 'done'];
const OWNERS = [
  'Dana Kim <dana@acme.io>',
  'Lee Park',
  'Priya Shah',
  "Zoë O'Brien-Li",
  'Platform team',
  'Sam Ode, Ana Ruiz',
];
const TARGETS = [
  '2026-Q4',
  '2027-Q1',
  '2026-12-15',
  '2026-11',
  'TBD',
  '{start: 2026-10-01, end: 2027-02-28}',
  '2026-Q3',
];

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
    (n) =>
      `  init-${n}:\n    status: on-track\n    progress: Step ${week} of initiative ${n}\n    next: Step ${week + 1}`,
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
  writeFileSync(
    join(CACHE, '.delivery/config.yaml'),
    'team: Bench\ntimezone: Europe/Berlin\nrules: {status-stale: {days: 10}}\n',
  );
  for (let n = 0; n < INITIATIVES; n++)
    writeFileSync(join(CACHE, `.delivery/initiatives/init-${n}.yaml`), initiativeYaml(n));
  for (let w = 1; w <= WEEKS; w++)
    writeFileSync(join(CACHE, `.delivery/status/2026-W${String(w).padStart(2, '0')}.yaml`), statusYaml(w));
  writeFileSync(marker, '');
  return CACHE;
}

function runOnce(folder: string): CliRun & { findings: number } {
  const run = runCli(['lint', folder, '--format', 'json', '--as-of', '2026-11-25'], { okExits: [0, 1] });
  return { ...run, findings: (JSON.parse(run.stdout) as unknown[]).length };
}

export async function runLintBench(): Promise<void> {
  assertBuilt();
  const folder = benchFolder();
  runOnce(folder);
  const runs = Array.from({ length: RUNS }, () => runOnce(folder)).sort((a, b) => a.ms - b.ms);
  const median = runs[Math.floor(RUNS / 2)];
  const peak = Math.max(...runs.map((r) => r.rssMb));
  console.log(
    `lint: ${INITIATIVES} initiatives, ${WEEKS} weekly statuses (${PER_STATUS} entries each), ${median.findings} findings`,
  );
  console.log(
    `lint: median ${median.ms.toFixed(0)} ms wall, ${median.cpuMs.toFixed(0)} ms CPU of ${RUNS} runs (min ${runs[0].ms.toFixed(0)} ms wall), peak RSS ${peak.toFixed(1)} MB (${MEMORY_PROBE}); target < 1000 ms, < 200 MB`,
  );
}
