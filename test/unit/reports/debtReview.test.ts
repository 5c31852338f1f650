// A scripted quarter: a debt area changed by several items of several authors, a hotspot outside
// every debt area, two investment proposals for the next quarter, and a debt owner that is a team.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run as runReview } from '../../../src/cli/review';
import { run as runLint } from '../../../src/cli/lint';
import { generateQuarterlyReview, generateRoadmapReview } from '../../../src/core/reports/generate';
import { GitRepo } from '../../helpers/gitRepo';

const PRIYA = { name: 'Priya Shah', email: 'priya@acme.io' };
const LEE = { name: 'Lee Park', email: 'lee@acme.io' };
const SAM = { name: 'Sam Ode', email: 'sam@acme.io' };
const DANA = { name: 'Dana Kim', email: 'dana@acme.io' };

const DEBT = `debt:
  - item: Hand-rolled feature flags
    area: web/flags/**
    risk: medium
    owner: Platform team
    since: 2026-06-15
    impact: Every release needs a manual flag check
  - item: Legacy payment adapter on Java 8
    area: ["services/payments/legacy/**"]
    risk: high
    owner: Priya Shah <priya@acme.io>
    since: 2026-03-01
    impact: Every payments change takes two extra days; Java 8 support ends 2026-12
  - item: Old reporting cron
    area: [jobs/reports/**]
    risk: low
    owner: Sam Ode
    since: 2025-12-01
`;

const INVESTMENTS = `quarter: 2027-Q1
investments:
  - investment: Move the payment adapter to Java 21
    why: Java 8 support ends 2026-12; payments changes lose two days each
    cost: 8 engineer-weeks
    owner: Priya Shah
    decision_by: 2026-12-10
    retires: [Legacy payment adapter on Java 8]
  - investment: Adopt a flag service
    why: Releases stop waiting on a manual flag check
    cost: 3 engineer-weeks and a licence
    owner: Lee Park
    decision_by: 2026-11-20
    retires: [Hand-rolled feature flags]
`;

describe('quarterly review: technical debt, hotspots and next quarter’s investments', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.create();
    repo.commit(
      'plan',
      {
        '.delivery/config.yaml': 'team: Checkout\n',
        '.delivery/initiatives/payments.yaml':
          'title: Payments revamp\nowner: Dana Kim\nstatus: on-track\ntarget: 2026-Q4\nmatch: {paths: [services/payments/**]}\n',
        '.delivery/debt.yaml': DEBT,
        '.delivery/investments/2027-Q1.yaml': INVESTMENTS,
        'services/payments/legacy/Adapter.java': 'v0\n',
      },
      { date: '2026-09-01T09:00:00+00:00' },
    );
    // Before the quarter: not counted.
    repo.commit(
      'fix: adapter timeout',
      { 'services/payments/legacy/Adapter.java': 'v1\n' },
      { date: '2026-09-20T09:00:00+00:00', author: PRIYA },
    );
    // The debt area, changed by three items of three people (one a merge of a branch with two commits).
    repo.commit(
      'fix(payments): adapter retries',
      { 'services/payments/legacy/Adapter.java': 'v2\n', 'package-lock.json': '1\n' },
      { date: '2026-10-05T09:00:00+00:00', author: PRIYA },
    );
    repo.commit(
      'feat(payments): card tokens',
      {
        'services/payments/legacy/Adapter.java': 'v3\n',
        'services/payments/tokens.ts': 't\n',
        'package-lock.json': '2\n',
      },
      { date: '2026-10-12T09:00:00+00:00', author: LEE },
    );
    repo.branch('payments/3ds');
    repo.commit(
      '3-D Secure step one',
      { 'services/payments/legacy/Adapter.java': 'v4\n' },
      { date: '2026-10-20T09:00:00+00:00', author: SAM },
    );
    repo.commit(
      '3-D Secure step two',
      { 'services/payments/legacy/Mapper.java': 'm\n' },
      { date: '2026-10-21T09:00:00+00:00', author: SAM },
    );
    repo.checkout('main');
    repo.mergeNoFf('payments/3ds', { pr: 7, body: '3-D Secure', date: '2026-10-22T09:00:00+00:00', author: SAM });
    // A hotspot outside every debt area: the cart, changed by two people; a flag file changed once.
    repo.commit(
      'feat(cart): saved carts',
      { 'src/checkout/cart.ts': 'a\n', 'web/flags/flags.ts': 'f\n', 'package-lock.json': '3\n' },
      { date: '2026-11-02T09:00:00+00:00', author: DANA },
    );
    repo.commit(
      'fix(cart): rounding',
      { 'src/checkout/cart.ts': 'b\n', '.delivery/status/2026-W45.yaml': 'week: 2026-W45\n' },
      { date: '2026-11-09T09:00:00+00:00', author: LEE },
    );
    // A plan-only commit and an unmerged branch are not shipped work.
    repo.commit('plan: note', { '.delivery/debt.yaml': `${DEBT}\n` }, { date: '2026-11-10T09:00:00+00:00' });
    repo.branch('spike');
    repo.commit(
      'spike on the cart',
      { 'src/checkout/cart.ts': 'spike\n' },
      { date: '2026-11-11T09:00:00+00:00', author: SAM },
    );
    repo.checkout('main');
  });
  after(() => repo.remove());

  it('lists the register worst risk first, with owner, age, impact, area and the changes in its area this quarter', async () => {
    const { json } = await generateQuarterlyReview(repo.dir, { quarter: '2026-Q4', asOf: '2026-11-25', useGit: true });
    assert.deepEqual(json.debt, [
      {
        item: 'Legacy payment adapter on Java 8',
        risk: 'high',
        owner: 'Priya Shah',
        since: '2026-03-01',
        ageDays: 269,
        impact: 'Every payments change takes two extra days; Java 8 support ends 2026-12',
        area: ['services/payments/legacy/**'],
        changesInQuarter: 3,
      },
      {
        item: 'Hand-rolled feature flags',
        risk: 'medium',
        owner: 'Platform team',
        since: '2026-06-15',
        ageDays: 163,
        impact: 'Every release needs a manual flag check',
        area: ['web/flags/**'],
        changesInQuarter: 1,
      },
      {
        item: 'Old reporting cron',
        risk: 'low',
        owner: 'Sam Ode',
        since: '2025-12-01',
        ageDays: 359,
        impact: null,
        area: ['jobs/reports/**'],
        changesInQuarter: 0,
      },
    ]);
  });

  it('finds the hotspots by distinct shipped items and authors, first-parent, without plan files, lockfiles or single changes', async () => {
    const { json } = await generateQuarterlyReview(repo.dir, { quarter: '2026-Q4', asOf: '2026-11-25', useGit: true });
    assert.deepEqual(json.hotspots, [
      {
        path: 'services/payments/legacy/Adapter.java',
        changes: 3,
        authors: 3,
        debt: 'Legacy payment adapter on Java 8',
      },
      { path: 'src/checkout/cart.ts', changes: 2, authors: 2, debt: null },
    ]);
  });

  it('proposes the next quarter’s investments with cost, owner, decision date and the debt each retires', async () => {
    const { json, markdown } = await generateQuarterlyReview(repo.dir, {
      quarter: '2026-Q4',
      asOf: '2026-11-25',
      useGit: true,
    });
    assert.equal(json.investmentsQuarter, '2027-Q1');
    assert.deepEqual(json.investments, [
      {
        investment: 'Move the payment adapter to Java 21',
        why: 'Java 8 support ends 2026-12; payments changes lose two days each',
        cost: '8 engineer-weeks',
        owner: 'Priya Shah',
        decisionBy: '2026-12-10',
        retires: ['Legacy payment adapter on Java 8'],
      },
      {
        investment: 'Adopt a flag service',
        why: 'Releases stop waiting on a manual flag check',
        cost: '3 engineer-weeks and a licence',
        owner: 'Lee Park',
        decisionBy: '2026-11-20',
        retires: ['Hand-rolled feature flags'],
      },
    ]);
    assert.match(
      markdown,
      /^\*\*Technology: 3 debt items \(1 high risk\) · 2 investments proposed for 2027-Q1 \(1 decision overdue\)\*\*$/m,
    );
    const debt = markdown.slice(
      markdown.indexOf('## Technical debt and risk'),
      markdown.indexOf('## Technology investments'),
    );
    assert.ok(
      debt.includes(
        '| **Legacy payment adapter on Java 8** | **high** | Priya Shah | 8 months (since 2026-03-01) | 3 |',
      ),
      debt,
    );
    assert.ok(debt.includes('⚠️ 1 of them lie outside every registered debt area: possible unregistered debt.'), debt);
    assert.ok(debt.includes('| src/checkout/cart.ts | 2 | 2 | **outside any registered debt** |'), debt);
    const invest = markdown.slice(
      markdown.indexOf('## Technology investments for next quarter (2027-Q1)'),
      markdown.indexOf('## Signals'),
    );
    assert.ok(invest.includes('2 proposals to decide · ⚠️ 1 decision overdue.'), invest);
    assert.ok(
      invest.includes(
        '| **Adopt a flag service** | Releases stop waiting on a manual flag check | 3 engineer-weeks and a licence | Lee Park | **overdue (due 2026-11-20)** | Hand-rolled feature flags (medium risk) |',
      ),
      invest,
    );
    assert.ok(invest.includes('| 2026-12-10 | Legacy payment adapter on Java 8 (high risk) |'), invest);
  });

  it('counts only what had landed by the as-of date, and ages the debt at that date', async () => {
    const { json } = await generateQuarterlyReview(repo.dir, { quarter: '2026-Q4', asOf: '2026-10-15', useGit: true });
    assert.deepEqual(
      json.debt.map((d) => [d.item, d.ageDays, d.changesInQuarter]),
      [
        ['Legacy payment adapter on Java 8', 228, 2],
        ['Hand-rolled feature flags', 122, 0],
        ['Old reporting cron', 318, 0],
      ],
    );
    assert.deepEqual(
      json.hotspots.map((h) => [h.path, h.changes, h.authors]),
      [['services/payments/legacy/Adapter.java', 2, 2]],
    );
  });

  it('says so when git is not read: changes unknown, no hotspots, the register and proposals still told', async () => {
    const { json, markdown } = await generateQuarterlyReview(repo.dir, {
      quarter: '2026-Q4',
      asOf: '2026-11-25',
      useGit: false,
    });
    assert.deepEqual(
      json.debt.map((d) => d.changesInQuarter),
      [null, null, null],
    );
    assert.deepEqual(json.hotspots, []);
    assert.equal(json.investments.length, 2);
    assert.ok(markdown.includes('Hotspots come from git, which was not read for this report.'));
  });

  it('roadmap review: lists the investment decisions coming due beside the other decisions, overdue marked', async () => {
    const { json, markdown } = await generateRoadmapReview(repo.dir, { asOf: '2026-11-25', useGit: true });
    assert.deepEqual(
      json.investmentDecisions.map((d) => [d.investment, d.quarter, d.decisionBy, d.overdue]),
      [
        ['Adopt a flag service', '2027-Q1', '2026-11-20', true],
        ['Move the payment adapter to Java 21', '2027-Q1', '2026-12-10', false],
      ],
    );
    assert.equal(json.summary.decisionsNeeded, 2);
    assert.ok(
      markdown.includes(
        '- **Fund: Adopt a flag service** — 2027-Q1 investment, 3 engineer-weeks and a licence (Lee Park) — **overdue (due 2026-11-20)**',
      ),
      markdown,
    );
    assert.ok(markdown.includes('2 decisions needed'));
  });

  it('roadmap review: leaves out proposals for a quarter that has begun', async () => {
    const { json } = await generateRoadmapReview(repo.dir, { asOf: '2027-01-05', useGit: true });
    assert.deepEqual(json.investmentDecisions, []);
  });

  it('CLI: review --quarter --format json gives the three arrays; lint flags the team that owns debt', async () => {
    const out = join(repo.dir, 'q.json');
    assert.equal(
      await runReview([repo.dir, '--quarter', '2026-Q4', '--format', 'json', '--out', out, '--as-of', '2026-11-25']),
      0,
    );
    const json = JSON.parse(readFileSync(out, 'utf8')) as {
      debt: unknown[];
      hotspots: unknown[];
      investments: unknown[];
    };
    assert.deepEqual([json.debt.length, json.hotspots.length, json.investments.length], [3, 2, 2]);
    const write = process.stdout.write;
    let said = '';
    process.stdout.write = ((chunk: string) => ((said += chunk), true)) as typeof process.stdout.write;
    try {
      assert.equal(await runLint([repo.dir, '--as-of', '2026-11-25']), 1);
    } finally {
      process.stdout.write = write;
    }
    assert.match(
      said,
      /^\.delivery\/debt\.yaml:5:12 error owner-not-a-person Owner "Platform team" names a group \("team"\): name one person who answers for this debt$/m,
    );
  });
});
