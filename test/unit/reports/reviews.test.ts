import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run as runReview } from '../../../src/cli/review';
import { run as runUpdate } from '../../../src/cli/update';
import {
  generateQuarterlyReview,
  generateRoadmapReview,
  generateWeeklyUpdate,
} from '../../../src/core/reports/generate';
import { GitRepo } from '../../helpers/gitRepo';

const initiative = (fields: Record<string, string>) =>
  Object.entries({ owner: 'Dana Kim', ...fields })
    .map(([k, v]) => `${k}: ${v}\n`)
    .join('');
const status = (week: string, backlog: number) => `week: ${week}\nbacklog: ${backlog}\n`;

describe('roadmap and quarterly reviews', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.create();
    repo.commit(
      'plan',
      {
        '.delivery/config.yaml': 'team: Checkout\ncadence: {roadmap: monthly}\n',
        '.delivery/initiatives/search.yaml': initiative({
          title: 'Search',
          status: 'on-track',
          target: '2026-10',
          priority: '2',
          outcome: '{metric: Search success, current: 61%}',
        }),
        '.delivery/initiatives/billing.yaml': initiative({
          title: 'Billing',
          status: 'on-track',
          target: '2026-10',
          priority: '1',
        }),
        '.delivery/initiatives/mobile.yaml': initiative({ title: 'Mobile', status: 'on-track', target: '2026-12' }),
      },
      { date: '2026-09-15T09:00:00+00:00' },
    );
    repo.commit(
      'search done',
      {
        '.delivery/initiatives/search.yaml': initiative({
          title: 'Search',
          status: 'done',
          target: '2026-10',
          priority: '2',
          outcome: '{metric: Search success, current: 61%}',
        }),
      },
      { date: '2026-10-20T09:00:00+00:00' },
    );
    repo.commit(
      'billing slips',
      {
        '.delivery/initiatives/billing.yaml': initiative({
          title: 'Billing',
          status: 'at-risk',
          target: '2026-11',
          priority: '1',
        }),
      },
      { date: '2026-10-25T09:00:00+00:00' },
    );
    repo.commit(
      'billing slips again',
      {
        '.delivery/initiatives/billing.yaml': initiative({
          title: 'Billing',
          status: 'at-risk',
          target: '2026-12',
          priority: '1',
        }),
      },
      { date: '2026-11-20T09:00:00+00:00' },
    );
    repo.commit('fix(search): ranking (#5)', { 'search/rank.ts': 'r\n' }, { date: '2026-10-10T09:00:00+00:00' });
    repo.commit(
      'statuses',
      {
        '.delivery/status/2026-W45.yaml': status('2026-W45', 100),
        '.delivery/status/2026-W46.yaml': status('2026-W46', 110),
        '.delivery/status/2026-W47.yaml': `${status('2026-W47', 125)}initiatives:\n  billing:\n    decisions: [{decision: Drop invoices v1, by: 2026-12-02}]\n`,
      },
      { date: '2026-11-21T09:00:00+00:00' },
    );
  });
  after(() => repo.remove());

  it('roadmap: judges each initiative and lists what changed in the monthly period', async () => {
    const { json, markdown } = await generateRoadmapReview(repo.dir, { asOf: '2026-11-25', useGit: true });
    assert.deepEqual(json.period, { since: '2026-10-27', until: '2026-11-25' });
    const billing = json.initiatives.find((i) => i.id === 'billing');
    assert.deepEqual(
      [billing?.onTrack, billing?.changes.map((c) => `${c.field} ${c.from}→${c.to}`)],
      [false, ['target 2026-11→2026-12']],
    );
    assert.equal(json.summary.notOnTrack, 1);
    assert.deepEqual(
      json.decisions.map((d) => [d.initiative, d.decision, d.by]),
      [['billing', 'Drop invoices v1', '2026-12-02']],
    );
    assert.ok(markdown.includes('## What changed since the last review'));
  });

  it('roadmap: starts the period the day after the last written review', async () => {
    mkdirSync(join(repo.dir, '.delivery', 'reviews'), { recursive: true });
    writeFileSync(join(repo.dir, '.delivery', 'reviews', 'roadmap-2026-11-10.md'), '# old\n');
    const { json } = await generateRoadmapReview(repo.dir, { asOf: '2026-11-25', useGit: true });
    assert.equal(json.period.since, '2026-11-11');
  });

  it('quarterly: planned vs delivered, reliability against the target held at the quarter start, slips and backlog', async () => {
    const { json, markdown } = await generateQuarterlyReview(repo.dir, {
      quarter: '2026-Q4',
      asOf: '2026-11-25',
      useGit: true,
    });
    assert.deepEqual(json.summary, { planned: 3, delivered: 1, shippedItems: 0, otherItems: 1, slips: 2, removed: 0 });
    const commitments = json.commitments.map((c) => `${c.id} ${c.target} ${c.met ? 'met' : 'missed'}`).sort();
    assert.deepEqual(commitments, ['billing 2026-10 missed', 'search 2026-10 met']);
    assert.deepEqual(
      json.backlog.map((p) => p.backlog),
      [100, 110, 125],
    );
    const fired = json.signals
      .filter((s) => s.fires)
      .map((s) => s.code)
      .sort();
    assert.deepEqual(fired, ['backlog-growth', 'missed-commitments', 'output-without-outcomes']);
    for (const heading of [
      '## Planned vs delivered',
      '## Commitment reliability',
      '## Slips',
      '## Backlog trend',
      '## Outcome coverage',
      '## Longest-lived blockers',
      '## Risks',
    ]) {
      assert.ok(markdown.includes(heading), `missing ${heading}`);
    }
  });

  it('quarterly: refuses a quarter that has not begun', async () => {
    await assert.rejects(
      generateQuarterlyReview(repo.dir, { quarter: '2027-Q1', asOf: '2026-11-25', useGit: true }),
      /has not started/,
    );
  });

  it('CLI: writes JSON for update and Markdown for review to --out', async () => {
    const out = join(repo.dir, 'update.json');
    assert.equal(
      await runUpdate([repo.dir, '--week', '2026-W41', '--format', 'json', '--out', out, '--as-of', '2026-11-25']),
      0,
    );
    const json = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(
      json.other.map((o: { pr: number }) => o.pr),
      [5],
    );
    const md = join(repo.dir, 'q.md');
    assert.equal(await runReview([repo.dir, '--quarter', '2026-Q4', '--out', md, '--as-of', '2026-11-25']), 0);
    assert.match(readFileSync(md, 'utf8'), /^# Quarterly delivery health — 2026-Q4 — Checkout/);
  });

  it('CLI: review asks for exactly one of --roadmap and --quarter', async () => {
    const write = process.stderr.write;
    let said = '';
    process.stderr.write = ((text: string) => ((said += text), true)) as typeof process.stderr.write;
    try {
      assert.equal(await runReview([repo.dir, '--as-of', '2026-11-25']), 2);
    } finally {
      process.stderr.write = write;
    }
    assert.match(said, /exactly one of --roadmap or --quarter/);
  });
});

describe('roadmap: health changes recorded in the period', () => {
  let repo: GitRepo;
  const week = (name: string, health: string) =>
    `week: ${name}\ninitiatives:\n  mobile:\n    status: ${health}\n    progress: Screens in review\n`;
  const status = (name: string, health: string, day: string) =>
    repo.commit(
      `Weekly status ${name}`,
      { [`.delivery/status/${name}.yaml`]: week(name, health) },
      { date: `${day}T09:00:00+00:00` },
    );
  before(() => {
    repo = GitRepo.create();
    repo.commit(
      'plan',
      {
        '.delivery/config.yaml': 'team: Apps\ntimezone: UTC\n',
        '.delivery/initiatives/mobile.yaml': initiative({ title: 'Mobile', status: 'on-track', target: '2026-12' }),
      },
      { date: '2026-10-01T09:00:00+00:00' },
    );
    status('2026-W45', 'off-track', '2026-11-06');
    status('2026-W46', 'at-risk', '2026-11-13');
    repo.commit(
      'Mobile: the plan says at risk too',
      {
        '.delivery/initiatives/mobile.yaml': initiative({ title: 'Mobile', status: 'at-risk', target: '2026-12' }),
      },
      { date: '2026-11-18T09:00:00+00:00' },
    );
    status('2026-W47', 'at-risk', '2026-11-20');
  });
  after(() => repo.remove());

  it('lists a health a status file changed in the period, dated by its commit, as the weekly update did', async () => {
    const { json, markdown } = await generateRoadmapReview(repo.dir, { asOf: '2026-11-25', useGit: true });
    assert.deepEqual(json.period, { since: '2026-11-12', until: '2026-11-25' });
    const [mobile] = json.initiatives;
    // W45's change (2026-11-06) was before the period; W47 changed nothing.
    assert.deepEqual(
      mobile.changes.map((c) => [c.field, c.from, c.to, c.date, c.reason, c.reportedIn]),
      [
        ['health', 'off-track', 'at-risk', '2026-11-13', 'Weekly status 2026-W46', undefined],
        ['status', 'on-track', 'at-risk', '2026-11-18', 'Mobile: the plan says at risk too', '2026-W46'],
      ],
    );
    assert.match(markdown, /- \*\*Mobile\*\*: health off track → at risk \(2026-11-13\) — _Weekly status 2026-W46_/);
    // The plan catching up with the week's health is not news again, and never reads as the health.
    assert.match(
      markdown,
      /- \*\*Mobile\*\*: plan status on track → at risk, as the health reported in 2026-W46 \(2026-11-18\) — _Mobile: the plan says at risk too_/,
    );
    const weekly = await generateWeeklyUpdate(repo.dir, { week: '2026-W46', asOf: '2026-11-25', useGit: true });
    assert.deepEqual(weekly.json.changes, mobile.changes.slice(0, 1));
    const next = await generateWeeklyUpdate(repo.dir, { week: '2026-W47', asOf: '2026-11-25', useGit: true });
    assert.deepEqual(next.json.changes, mobile.changes.slice(1));
  });

  it('quarterly: a health carried from an earlier week names that week, as the weekly update does', async () => {
    const { json, markdown } = await generateQuarterlyReview(repo.dir, {
      quarter: '2026-Q4',
      asOf: '2026-11-25',
      useGit: true,
    });
    assert.deepEqual(
      [json.planned[0].status, json.planned[0].statusSource, json.planned[0].statusWeek],
      ['at-risk', 'carried', '2026-W47'],
    );
    assert.match(markdown, /\| \*\*Mobile\*\* \| Dana Kim \| 2026-12 \| 2026-12 \| At risk \(2026-W47\) \| no \|/);
  });

  it('without git, lists no health change and says why', async () => {
    const { json } = await generateRoadmapReview(repo.dir, { asOf: '2026-11-25', useGit: false });
    assert.deepEqual(json.initiatives[0].changes, []);
    assert.equal(json.git.available, false);
  });
});
