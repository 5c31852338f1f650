// Git benchmark: a synthetic repository of 100,000+ commits with merges, built once with
// `git fast-import` and cached; times `update` for one week and `review --quarter` against the
// raw `git log` commands they run, and reports peak memory. Prints figures, asserts nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { HISTORY_PATCH, ledgerLogFormat } from '../src/core/git/ledgerRead';
import { shippedLogArgs } from '../src/core/git/shippedLog';
import { assertBuilt, envWithoutExtraCaCerts, MEMORY_PROBE, runCli, type CliRun } from './cli';
import { label, recordGitCommands, replayMs, type GitCommand } from './gitCommands';
import { median } from './median';

const VERSION = 'v1';
const CACHE = join(tmpdir(), `delivery-rhythm-bench-git-${VERSION}`);
const TARGET_COMMITS = 100_000;
const AREAS = ['payments', 'mobile', 'search', 'fraud', 'ledger', 'giftcards', 'tracing', 'web', 'infra', 'docs'];
const START = Date.parse('2025-01-01T00:00:00Z') / 1000;
const END = Date.parse('2026-11-25T00:00:00Z') / 1000;
const RUNS = 7;
// As the CLI runs git (src/core/git/run.ts): no per-commit flush into the pipe, C locale.
export const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir(),
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_FLUSH: '0',
  LC_ALL: 'C',
};

function initiativeYaml(area: string, target: string): string {
  return `title: ${area} work\nowner: Dana Kim\nwhy: Benchmark\nstatus: on-track\npriority: 2\ntarget: ${target}\nmatch:\n  paths: [services/${area}/**]\n  scopes: [${area}]\n`;
}

/** The fast-import stream: direct commits, squash merges and --no-ff merges of two-commit branches. */
function stream(): { text: string; commits: number } {
  const out: string[] = [];
  let mark = 0;
  let commits = 0;
  let mainTip = 0;
  let pr = 0;
  const step = (END - START) / TARGET_COMMITS;
  const commit = (
    ref: string,
    when: number,
    message: string,
    files: Record<string, string>,
    from?: number,
    merge?: number,
  ): number => {
    mark++;
    commits++;
    const when0 = Math.floor(when);
    out.push(
      `commit ${ref}\nmark :${mark}\nauthor Dana Kim <dana@acme.io> ${when0} +0000\ncommitter Dana Kim <dana@acme.io> ${when0} +0000\n`,
    );
    out.push(`data ${Buffer.byteLength(message)}\n${message}\n`);
    if (from) out.push(`from :${from}\n`);
    if (merge) out.push(`merge :${merge}\n`);
    for (const [path, content] of Object.entries(files))
      out.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
    out.push('\n');
    return mark;
  };
  const plan: Record<string, string> = {
    '.delivery/config.yaml': 'team: Bench\ntimezone: Europe/Berlin\nbranch: main\n',
  };
  for (const area of AREAS) plan[`.delivery/initiatives/${area}.yaml`] = initiativeYaml(area, '2025-Q2');
  mainTip = commit('refs/heads/main', START, 'Start the plan', plan);
  let t = START;
  for (let i = 0; commits < TARGET_COMMITS; i++) {
    const area = AREAS[i % AREAS.length];
    const file = { [`services/${area}/f${i % 500}.ts`]: `// ${i}\n` };
    t += step * (i % 5 === 4 ? 3 : 1);
    if (i % 5 === 4) {
      const first = commit('refs/heads/topic', t - step, `feat(${area}): part one`, file, mainTip);
      const second = commit(
        'refs/heads/topic',
        t - step / 2,
        `test(${area}): part two`,
        { [`services/${area}/t${i % 500}.ts`]: `// ${i}\n` },
        first,
      );
      mainTip = commit(
        'refs/heads/main',
        t,
        `Merge pull request #${++pr} from acme/${area}/topic-${i}\n\nfeat(${area}): change ${i}`,
        {},
        mainTip,
        second,
      );
    } else if (i % 5 === 2) {
      mainTip = commit('refs/heads/main', t, `fix(${area}): squash ${i} (#${++pr})`, file, mainTip);
    } else if (i % 997 === 0) {
      const quarter = `${new Date(t * 1000).getUTCFullYear() + 1}-Q${(i % 4) + 1}`;
      mainTip = commit(
        'refs/heads/main',
        t,
        `Re-plan ${area}`,
        { [`.delivery/initiatives/${area}.yaml`]: initiativeYaml(area, quarter) },
        mainTip,
      );
    } else {
      mainTip = commit('refs/heads/main', t, `chore: direct change ${i}`, file, mainTip);
    }
  }
  return { text: out.join(''), commits };
}

export function buildRepository(): string {
  const repo = join(CACHE, 'repo');
  const ready = join(CACHE, 'ready');
  if (existsSync(ready)) return repo;
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  const started = Date.now();
  git(repo, ['init', '-q', '-b', 'main']);
  const { text, commits } = stream();
  const imported = spawnSync('git', ['fast-import', '--quiet'], {
    cwd: repo,
    input: text,
    env: GIT_ENV,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (imported.status !== 0) throw new Error(`git fast-import failed: ${imported.stderr}`);
  git(repo, ['checkout', '-q', '-f', 'main']);
  console.log(
    `git bench: built ${commits} commits with fast-import in ${((Date.now() - started) / 1000).toFixed(1)} s (cached in the OS temp folder)`,
  );
  writeFileSync(ready, String(commits));
  return repo;
}

function git(cwd: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}`);
  return result.stdout;
}

function timeMs(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

// The slip-ledger pass both reports make: initiative-file changes since 2026-08-28 (90 days before the as-of date, Berlin).
const LEDGER_ARGS = [
  'log',
  '--first-parent',
  '--diff-merges=first-parent',
  '--reverse',
  ...HISTORY_PATCH,
  '--no-show-signature',
  '--since=2026-08-27 22:00:00 +0000',
  ledgerLogFormat().arg,
  'HEAD',
  '--',
  '.delivery/initiatives',
  '.delivery/initiatives.yaml',
  '.delivery/initiatives.yml',
];

const FLOOR = join(__dirname, 'floor.js');
const UPDATE = (repo: string) => ['update', repo, '--week', '2026-W47', '--as-of', '2026-11-25', '--format', 'json'];
const REVIEW = (repo: string) => ['review', repo, '--quarter', '2026-Q4', '--as-of', '2026-11-25', '--format', 'json'];

/** Writes the commands for `floor.js` to read; undefined where they could not be recorded. */
function commandsFile(dir: string, name: string, commands: GitCommand[] | undefined): string | undefined {
  if (!commands) return undefined;
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(commands));
  return file;
}

/** Node start-up plus every one of a report's git commands at once, nothing else (bench/floor.ts). */
const floorMs = (file: string | undefined) =>
  file ? timeMs(() => spawnSync(process.execPath, [FLOOR, file], { env: GIT_ENV })) : NaN;

/** Replays a report's git commands: each one's time, or none where they could not be recorded. */
const replay = (commands: GitCommand[] | undefined) => (commands ? replayMs(commands, GIT_ENV) : []);
const sum = (times: number[]) => (times.length ? times.reduce((a, b) => a + b, 0) : NaN);

export async function runGitBench(): Promise<void> {
  assertBuilt();
  const repo = buildRepository();
  const commits = git(repo, ['rev-list', '--count', 'HEAD']).trim();
  // W47 2026 in Europe/Berlin, and Q4 2026 up to the as-of date, as the CLI computes them.
  const week = shippedLogArgs('main', Date.parse('2026-11-15T23:00:00Z'), Date.parse('2026-11-22T23:00:00Z'));
  const quarter = shippedLogArgs('main', Date.parse('2026-09-30T22:00:00Z'), Date.parse('2026-11-25T23:00:00Z'));
  // The raw git work each report needs: every git command it runs, recorded once.
  const updateGit = recordGitCommands(UPDATE(repo));
  const reviewGit = recordGitCommands(REVIEW(repo));
  const scratch = mkdtempSync(join(tmpdir(), 'delivery-rhythm-bench-floor-'));
  const updateFloor = commandsFile(scratch, 'update', updateGit);
  const reviewFloor = commandsFile(scratch, 'review', reviewGit);
  const clean = envWithoutExtraCaCerts();
  const skipped: CliRun = { ms: NaN, cpuMs: NaN, rssMb: NaN, stdout: '' };
  // Each round measures everything back to back, so a busy machine skews the ratios less.
  const rounds = Array.from({ length: RUNS }, () => ({
    node: timeMs(() => spawnSync(process.execPath, ['-e', '0'])),
    nodeClean: clean ? timeMs(() => spawnSync(process.execPath, ['-e', '0'], { env: clean })) : NaN,
    week: timeMs(() => git(repo, week)),
    quarter: timeMs(() => git(repo, quarter)),
    ledger: timeMs(() => git(repo, LEDGER_ARGS)),
    updateFloor: floorMs(updateFloor),
    reviewFloor: floorMs(reviewFloor),
    updateGitEach: replay(updateGit),
    reviewGitEach: replay(reviewGit),
    update: runCli(UPDATE(repo)),
    review: runCli(REVIEW(repo)),
    updateClean: clean ? runCli(UPDATE(repo), { env: clean }) : skipped,
    reviewClean: clean ? runCli(REVIEW(repo), { env: clean }) : skipped,
  }));
  rmSync(scratch, { recursive: true, force: true });
  const rows = rounds.map((r) => ({
    ...r,
    updateGit: sum(r.updateGitEach),
    reviewGit: sum(r.reviewGitEach),
  }));
  const med = (pick: (r: (typeof rows)[number]) => number) => median(rows.map(pick));
  const each = (commands: GitCommand[] | undefined, pick: (r: (typeof rows)[number]) => number[]) =>
    (commands ?? []).map((command, i) => `${label(command)} ${med((r) => pick(r)[i]).toFixed(0)}`).join(', ');
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const x = (n: number) => `${n.toFixed(2)}×`;
  const peak = Math.max(...rounds.flatMap((r) => [r.update.rssMb, r.review.rssMb]));
  console.log(
    `git bench: ${commits} commits on main (first-parent and merged); medians of ${RUNS} rounds; node start-up ${ms(med((r) => r.node))}`,
  );
  console.log(
    `git bench: raw git log — week ${ms(med((r) => r.week))}, quarter ${ms(med((r) => r.quarter))}, initiative-file changes in 90 days (slip ledger) ${ms(med((r) => r.ledger))}`,
  );
  console.log(
    `git bench: raw git, every command update runs, one after another: ${ms(med((r) => r.updateGit))} (${each(updateGit, (r) => r.updateGitEach)})`,
  );
  console.log(
    `git bench: raw git, every command review runs, one after another: ${ms(med((r) => r.reviewGit))} (${each(reviewGit, (r) => r.reviewGitEach)})`,
  );
  console.log(
    `git bench: update --week 2026-W47 ${ms(med((r) => r.update.ms))} = ${x(med((r) => r.update.ms / (r.updateGit + r.node)))} its raw git commands + node start-up ` +
      `(${x(med((r) => r.update.ms / (r.week + r.node)))} the week's log alone + node start-up); target ≤ 2×`,
  );
  console.log(
    `git bench: review --quarter 2026-Q4 ${ms(med((r) => r.review.ms))} = ${x(med((r) => r.review.ms / r.reviewGit))} its raw git commands ` +
      `(${x(med((r) => r.review.ms / (r.reviewGit + r.node)))} with node start-up, ` +
      `${x(med((r) => r.review.ms / (r.quarter + r.node)))} the quarter's log + node start-up); target ≤ 1.5×`,
  );
  console.log(
    `git bench: floor — Node start-up and every git command the report runs, all started at once, nothing else (bench/floor.ts): ` +
      `update ${ms(med((r) => r.updateFloor))} = ${x(med((r) => r.updateFloor / (r.week + r.node)))} the week's log + node start-up, ` +
      `review ${ms(med((r) => r.reviewFloor))} = ${x(med((r) => r.reviewFloor / (r.quarter + r.node)))} the quarter's log + node start-up`,
  );
  if (clean) {
    console.log(
      `git bench: this machine sets NODE_EXTRA_CA_CERTS, so every Node process parses that certificate bundle before it runs any code ` +
        `(node start-up ${ms(med((r) => r.node))}, ${ms(med((r) => r.nodeClean))} without it); the CLI opens no TLS connection. Without it: ` +
        `update ${ms(med((r) => r.updateClean.ms))} = ${x(med((r) => r.updateClean.ms / (r.updateGit + r.nodeClean)))} its raw git commands + node start-up, ` +
        `review ${ms(med((r) => r.reviewClean.ms))} = ${x(med((r) => r.reviewClean.ms / r.reviewGit))} its raw git commands`,
    );
  }
  console.log(
    `git bench: CPU (CLI and its git processes) update ${ms(med((r) => r.update.cpuMs))}, review ${ms(med((r) => r.review.cpuMs))}; load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} on ${cpus().length} cores`,
  );
  console.log(`git bench: peak RSS ${peak.toFixed(1)} MB (${MEMORY_PROBE}); target < 250 MB`);
}
