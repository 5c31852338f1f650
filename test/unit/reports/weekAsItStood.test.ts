// A week as it stood: a report of a past week is told with the plan committed by the end of that
// week and aged at that week's last day; the current week is told with the working tree, edits
// not yet committed included. Three weeks of a scripted repository, each changing the plan.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateWeeklyUpdate } from '../../../src/core/reports/generate';
import { builtCli } from '../../helpers/builtCli';
import { GitRepo } from '../../helpers/gitRepo';

const CONFIG = 'team: Checkout\ntimezone: UTC\nbranch: main\n';
const payments = (target: string, owner: string) =>
  `title: Payments\nowner: ${owner}\nwhy: Fewer drop-offs\nstatus: on-track\ntarget: ${target}\nblockers:\n  - blocker: Vendor contract\n    since: 2026-11-03\n    owner: Priya Shah\nmatch:\n  scopes: [payments]\n`;
const status = (week: string, health: string, progress: string) =>
  `week: ${week}\ninitiatives:\n  payments:\n    status: ${health}\n    progress: ${progress}\n`;

describe('a week as it stood', () => {
  let repo: GitRepo;
  const update = (week: string) =>
    generateWeeklyUpdate(repo.dir, { week, asOf: '2026-11-25', useGit: true }).then((r) => r.json);

  before(() => {
    repo = GitRepo.create();
    repo.commit(
      'Start the plan',
      { '.delivery/config.yaml': CONFIG, '.delivery/initiatives/payments.yaml': payments('2026-11', 'Dana Kim') },
      { date: '2026-11-02T09:00:00Z' },
    );
    repo.commit(
      'feat(payments): sandbox client',
      { 'services/payments/a.ts': 'a\n' },
      { date: '2026-11-04T09:00:00Z' },
    );
    repo.commit(
      'Weekly status 2026-W45',
      { '.delivery/status/2026-W45.yaml': status('2026-W45', 'on-track', 'Sandbox connected') },
      { date: '2026-11-06T09:00:00Z' },
    );
    repo.commit(
      'Payments: the vendor delay moves the target to December',
      { '.delivery/initiatives/payments.yaml': payments('2026-12', 'Dana Kim') },
      { date: '2026-11-10T09:00:00Z' },
    );
    repo.commit('feat(payments): tokens for 1%', { 'services/payments/b.ts': 'b\n' }, { date: '2026-11-11T09:00:00Z' });
    repo.commit(
      'Weekly status 2026-W46',
      { '.delivery/status/2026-W46.yaml': status('2026-W46', 'at-risk', 'Tokens for 1% of traffic') },
      { date: '2026-11-13T09:00:00Z' },
    );
    repo.commit(
      'Payments: Lee takes over, end of Q4',
      { '.delivery/initiatives/payments.yaml': payments('2026-Q4', 'Lee Park') },
      { date: '2026-11-17T09:00:00Z' },
    );
    repo.commit(
      'Weekly status 2026-W47',
      { '.delivery/status/2026-W47.yaml': status('2026-W47', 'off-track', 'PCI audit failed') },
      { date: '2026-11-20T09:00:00Z' },
    );
    // Today (W48): an owner change not committed yet.
    writeFileSync(join(repo.dir, '.delivery/initiatives/payments.yaml'), payments('2026-Q4', 'Sam Ode'));
  });
  after(() => repo.remove());

  for (const [week, target, owner, health, progress, age, asOf] of [
    ['2026-W45', '2026-11', 'Dana Kim', 'on-track', 'Sandbox connected', 5, '2026-11-08'],
    ['2026-W46', '2026-12', 'Dana Kim', 'at-risk', 'Tokens for 1% of traffic', 12, '2026-11-15'],
    ['2026-W47', '2026-Q4', 'Lee Park', 'off-track', 'PCI audit failed', 19, '2026-11-22'],
  ] as const) {
    it(`tells ${week} with that week's plan, health and ages`, async () => {
      const json = await update(week);
      const [row] = json.initiatives;
      assert.equal(json.asOf, asOf);
      assert.equal(json.plan.source, 'git');
      assert.deepEqual(
        [row.target, row.owner, row.status, row.statusSource, row.progress],
        [target, owner, health, 'week', progress],
      );
      assert.deepEqual(
        json.blockers.map((b) => b.ageDays),
        [age],
      );
    });
  }

  it('tells the current week with the working tree, its uncommitted owner included, and the health carried over', async () => {
    const json = await update('2026-W48');
    const [row] = json.initiatives;
    assert.equal(json.asOf, '2026-11-25');
    assert.deepEqual(json.plan, { source: 'working-tree', sha: null, date: null, note: null });
    assert.deepEqual(
      [row.owner, row.status, row.statusSource, row.statusWeek, row.progress],
      ['Sam Ode', 'off-track', 'carried', '2026-W47', null],
    );
  });

  it('tells a week before the plan was committed with the oldest committed plan, and says so', async () => {
    const { json, markdown } = await generateWeeklyUpdate(repo.dir, {
      week: '2026-W44',
      asOf: '2026-11-25',
      useGit: true,
    });
    assert.equal(json.plan.source, 'oldest-commit');
    assert.equal(json.initiatives[0].target, '2026-11');
    assert.match(
      markdown,
      /> \*\*Note:\*\* The plan was not in git on 2026-11-01: this report uses the oldest committed plan, of 2026-11-02 \([0-9a-f]{7}\)\./,
    );
  });

  it('CLI: the same week reads the same from update --format json and --format md', () => {
    const cli = builtCli();
    const run = (format: string) =>
      spawnSync(
        process.execPath,
        [cli, 'update', repo.dir, '--week', '2026-W46', '--as-of', '2026-11-25', '--format', format],
        { encoding: 'utf8' },
      );
    const json = JSON.parse(run('json').stdout);
    assert.deepEqual(
      [json.asOf, json.plan.source, json.initiatives[0].target, json.initiatives[0].status, json.shippedCount],
      ['2026-11-15', 'git', '2026-12', 'at-risk', 1],
    );
    const md = run('md');
    assert.equal(md.status, 0);
    assert.match(md.stdout, /### 🟠 Payments — At risk\n\nOwner: Dana Kim · Target: 2026-12/);
    assert.match(md.stdout, /health on track → at risk \(2026-11-13\) — _Weekly status 2026-W46_/);
  });

  it('names the commit of the plan it tells a past week with', async () => {
    const { markdown } = await generateWeeklyUpdate(repo.dir, { week: '2026-W46', asOf: '2026-11-25', useGit: true });
    assert.match(markdown, /as of 2026-11-15, plan as committed on 2026-11-13 \([0-9a-f]{7}\)_/);
  });
  it('tells a past week the same whatever later day it is asked on: its signals look back from its own last day', async () => {
    const asked = (asOf: string) =>
      generateWeeklyUpdate(repo.dir, { week: '2026-W47', asOf, useGit: true }).then((r) => r.json);
    const soon = await asked('2026-11-25');
    const churn = soon.signals.find((s) => s.code === 'constant-reprioritization');
    // Two target moves in November (11-10 and 11-17), both within 90 days of 2026-11-22.
    assert.deepEqual([churn?.fires, churn?.details], [true, ['Payments in 2026-11: 2 target/priority changes']]);
    for (const later of ['2027-01-04', '2027-03-01', '2028-03-05']) assert.deepEqual(await asked(later), soon, later);
  });
});
