// Roll-up benchmark: a director's update from 50 teams' update JSON files (200 initiatives each,
// a week of shipped work each), run as the CLI runs in CI. Prints the wall time and peak memory
// of the process; the aim is under 1 s and 300 MB.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WEEKLY_UPDATE_VERSION } from '../src/core/reports/weekly';
import { median } from './median';

const TEAMS = 50;
const INITIATIVES = 200;
const SHIPPED_PER_INITIATIVE = 3;
const RUNS = 3;
const STATUSES = ['on-track', 'at-risk', 'off-track', 'not-started'] as const;

/** One team's update, shaped as `update --format json` writes it. */
function teamUpdate(team: number): unknown {
  const hex = (n: number) => n.toString(16).padStart(40, '0');
  const initiatives = Array.from({ length: INITIATIVES }, (_, i) => ({
    id: `init-${i}`,
    title: `Initiative ${i} of team ${team}`,
    owner: `Owner ${i % 17}`,
    status: STATUSES[(team + i) % STATUSES.length],
    statusSource: 'week',
    statusWeek: '2026-W47',
    target: '2026-Q4',
    priority: i + 1,
    why: 'Because the customers asked for it',
    mainRisk: null,
    progress: 'Moved forward this week',
    next: 'Keep going',
    shipped: Array.from({ length: SHIPPED_PER_INITIATIVE }, (_, s) => ({
      sha: hex(team * 1_000_000 + i * 10 + s),
      subject: `feat: change ${s} of initiative ${i} (#${i * 10 + s})`,
      title: `Change ${s} of initiative ${i}`,
      type: 'feat',
      alsoIn: [],
      pr: i * 10 + s,
      url: `https://example.com/team-${team}/pull/${i * 10 + s}`,
      kind: 'merge',
      date: '2026-11-18',
      author: `Author ${s}`,
    })),
    alerts: [],
  }));
  return {
    report: 'weekly-update',
    version: WEEKLY_UPDATE_VERSION,
    team: `Team ${team}`,
    window: { since: '2026-11-16', until: '2026-11-22', week: '2026-W47', timeZone: 'Europe/Berlin' },
    asOf: '2026-11-22',
    git: { available: true, note: null },
    plan: { source: 'working-tree', sha: null, date: null, note: null },
    repos: [{ name: `team-${team}`, branch: 'main', own: true, read: true, note: null }],
    headline: { text: 'A week', onTrack: 50, atRisk: 50, offTrack: 50, decisionsNeeded: 2 },
    shippedCount: INITIATIVES * SHIPPED_PER_INITIATIVE,
    otherCount: 0,
    initiatives,
    other: [],
    blockers: [],
    decisions: [
      {
        initiative: 'init-1',
        initiativeTitle: 'Initiative 1',
        owner: 'Owner 1',
        decision: 'Fund the second phase',
        by: '2026-12-01',
        overdue: false,
      },
      {
        initiative: 'init-2',
        initiativeTitle: 'Initiative 2',
        owner: 'Owner 2',
        decision: 'Pick a vendor',
        by: '2026-11-20',
        overdue: true,
      },
    ],
    changes: [],
    signals: [
      {
        code: 'backlog-growth',
        title: 'Backlog growth',
        fires: team % 5 === 0,
        value: 0.1,
        summary: 'Backlog grew.',
        details: [],
      },
    ],
  };
}

export function runRollupBench(): void {
  const dir = mkdtempSync(join(tmpdir(), 'dr-bench-rollup-'));
  try {
    const files = Array.from({ length: TEAMS }, (_, team) => {
      const file = join(dir, `team-${team}.json`);
      writeFileSync(file, JSON.stringify(teamUpdate(team), null, 2));
      return file;
    });
    const cli = resolve(__dirname, '../../dist/cli.js');
    const rssFile = join(dir, 'rss.json');
    const times: number[] = [];
    let peakKb = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const result = spawnSync(
        process.execPath,
        [
          '--require',
          join(__dirname, 'rssHook.js'),
          cli,
          'rollup',
          ...files,
          '--format',
          'json',
          '--out',
          join(dir, 'rollup.json'),
        ],
        {
          encoding: 'utf8',
          env: { ...process.env, DELIVERY_RHYTHM_RSS_FILE: rssFile },
        },
      );
      times.push(performance.now() - started);
      if (result.status !== 0) throw new Error(`rollup failed: ${result.stderr}`);
      peakKb = Math.max(peakKb, (JSON.parse(readFileSync(rssFile, 'utf8')) as { kb: number }).kb);
    }
    const size = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
    console.log(
      `rollup of ${TEAMS} teams (${INITIATIVES} initiatives, ${INITIATIVES * SHIPPED_PER_INITIATIVE} shipped each; ${(size / 1024 / 1024).toFixed(1)} MB of JSON): median ${median(times).toFixed(0)} ms of ${RUNS}, peak ${(peakKb / 1024).toFixed(0)} MB (aim: under 1000 ms and 300 MB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
