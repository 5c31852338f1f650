// A scripted quarter: checkout conversion measured twice in 2026-Q4, search shipping six changes
// with no new measurement, onboarding measured in words. Real git, fixed dates, pinned as-of day.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { loadDeliveryFolder } from '../../../src/core/load';
import { readSlipLedger } from '../../../src/core/git/ledger';
import { generateQuarterlyReview, generateWeeklyUpdate } from '../../../src/core/reports/generate';
import { lint } from '../../../src/core/rules';
import { builtCli } from '../../helpers/builtCli';
import { GitRepo } from '../../helpers/gitRepo';

const AS_OF = '2026-11-25';
const CHECKOUT = '.delivery/initiatives/checkout.yaml';
const SEARCH = '.delivery/initiatives/search.yaml';
const ONBOARDING = '.delivery/initiatives/onboarding.yaml';

function plan(title: string, outcome: string, match = ''): string {
  return `title: ${title}\nowner: Dana Kim\nwhy: Revenue\nstatus: on-track\ntarget: 2026-Q4\noutcome:\n${outcome}${match}`;
}

const checkout = (current: string, measured: string) =>
  plan(
    'Checkout',
    `  metric: Checkout conversion\n  baseline: 2.1%\n  target: 2.6%\n  current: ${current}\n  measured: ${measured}\n`,
  );

function scriptedRepo(): GitRepo {
  const repo = GitRepo.create();
  const day = (d: string) => ({ date: `${d}T10:00:00+00:00` });
  repo.commit(
    'Plan the half',
    {
      '.delivery/config.yaml': 'team: Web\ntimezone: UTC\n',
      [CHECKOUT]: checkout('2.1%', '2026-08-01'),
      [SEARCH]: plan(
        'Search',
        '  metric: Search latency p95\n  baseline: 400 ms\n  target: 200 ms\n  current: 380 ms\n  measured: 2026-08-01\n',
        'match:\n  paths: [src/search/**]\n',
      ),
      [ONBOARDING]: plan('Onboarding', '  metric: Activation\n  baseline: weak\n  target: strong\n  current: fair\n'),
    },
    day('2026-08-03'),
  );
  repo.commit('Checkout conversion for October', { [CHECKOUT]: checkout('2.2%', '2026-10-15') }, day('2026-10-16'));
  for (let k = 1; k <= 6; k++)
    repo.commit(
      `feat(search): step ${k}`,
      { [`src/search/s${k}.ts`]: `${k}\n` },
      day(`2026-11-${String(k * 3).padStart(2, '0')}`),
    );
  repo.commit(
    'Checkout conversion after the new form',
    { [CHECKOUT]: checkout('2.35%', '2026-11-19') },
    day('2026-11-20'),
  );
  return repo;
}

describe('outcome measurements over a quarter', () => {
  let repo: GitRepo;
  before(() => (repo = scriptedRepo()));
  after(() => repo.remove());

  it('the quarterly review gives each initiative its history, progress, last measurement and what shipped since', async () => {
    const { json } = await generateQuarterlyReview(repo.dir, { quarter: '2026-Q4', asOf: AS_OF, useGit: true });
    const byId = new Map(json.outcomes.map((o) => [o.id, o]));
    const checkoutRow = byId.get('checkout')!;
    assert.deepEqual(
      checkoutRow.history.map((m) => [m.date, m.value]),
      [
        ['2026-08-01', '2.1%'],
        ['2026-10-15', '2.2%'],
        ['2026-11-19', '2.35%'],
      ],
    );
    assert.deepEqual(
      [checkoutRow.progress, checkoutRow.measured, checkoutRow.ageDays, checkoutRow.shippedSince],
      [0.5, '2026-11-19', 6, 0],
    );
    const search = byId.get('search')!;
    assert.deepEqual(
      [search.progress, search.measured, search.ageDays, search.shippedSince],
      [0.1, '2026-08-01', 116, 6],
    );
    const onboarding = byId.get('onboarding')!;
    assert.deepEqual(
      [onboarding.progress, onboarding.history.map((m) => [m.date, m.dated, m.value])],
      [null, [['2026-08-27', 'on-or-before', 'fair']]],
    );
  });

  it('dates a value written without measured as on or before the day its commit wrote it', async () => {
    const fraud = GitRepo.create();
    try {
      fraud.commit(
        'Plan fraud scoring',
        {
          '.delivery/config.yaml': 'team: Risk\ntimezone: UTC\n',
          '.delivery/initiatives/fraud.yaml': plan('Fraud', '  metric: Chargeback rate\n  current: 0.7%\n'),
        },
        { date: '2026-10-01T10:00:00+00:00' },
      );
      const { json, markdown } = await generateQuarterlyReview(fraud.dir, {
        quarter: '2026-Q4',
        asOf: AS_OF,
        useGit: true,
      });
      assert.deepEqual(
        json.outcomes[0].history.map((m) => [m.date, m.dated]),
        [['2026-10-01', 'commit']],
      );
      assert.match(markdown, /\| Fraud \| Chargeback rate \| 0\.7% \| on or before 2026-10-01 \(55 days ago\) \| 0 \|/);
      assert.match(markdown, /_Shipped since measured: changes of 2026-Q4 shipped after the last measurement/);
    } finally {
      fraud.remove();
    }
  });

  it('the quarterly Markdown says how far each outcome moved and when it was measured', async () => {
    const { markdown } = await generateQuarterlyReview(repo.dir, { quarter: '2026-Q4', asOf: AS_OF, useGit: true });
    assert.match(
      markdown,
      /\| Checkout \| Checkout conversion \| 2\.1% → 2\.2% → 2\.35% \(50% of the way to 2\.6%\) \| 2026-11-19 \(6 days ago\) \| 0 \|/,
    );
    assert.match(
      markdown,
      /\| Search \| Search latency p95 \| 400 ms → 380 ms \(10% of the way to 200 ms\) \| 2026-08-01 \(116 days ago\) \| 6 \|/,
    );
    assert.match(
      markdown,
      /\| Onboarding \| Activation \| weak → fair \(target strong\) \| on or before 2026-08-27 \(90 days ago\) \| 0 \|/,
    );
  });

  it('output without outcomes names the initiative that shipped six changes unmeasured', async () => {
    const { json } = await generateQuarterlyReview(repo.dir, { quarter: '2026-Q4', asOf: AS_OF, useGit: true });
    const signal = json.signals.find((s) => s.code === 'output-without-outcomes')!;
    assert.equal(signal.fires, true);
    assert.deepEqual(signal.details, ['Search: 6 changes shipped in the last 30 days, last measured 2026-08-01']);
  });

  it('the weekly update lists the new measurement among the changes of its week', async () => {
    const { json, markdown } = await generateWeeklyUpdate(repo.dir, { week: '2026-W47', asOf: AS_OF, useGit: true });
    const outcome = json.changes.filter((c) => c.field === 'outcome');
    assert.deepEqual(
      outcome.map((c) => [c.initiative, c.from, c.to, c.date, c.measured, c.reason]),
      [['checkout', '2.2%', '2.35%', '2026-11-20', '2026-11-19', 'Checkout conversion after the new form']],
    );
    assert.match(markdown, /\*\*Checkout\*\*: outcome 2\.2% → 2\.35%, measured 2026-11-19 \(2026-11-20\)/);
  });

  it('outcome-stale flags the initiatives last measured more than 45 days ago', async () => {
    const model = await loadDeliveryFolder(repo.dir);
    const findings = lint(model, { asOf: AS_OF, ledger: await readSlipLedger(repo.dir) }).filter(
      (f) => f.code === 'outcome-stale',
    );
    assert.deepEqual(
      findings.map((f) => [f.initiative, f.message]),
      [
        [
          'onboarding',
          "The outcome of 'onboarding' was last measured on or before 2026-08-03 (fair), 114 days ago: record a new measurement in outcome.current and outcome.measured",
        ],
        [
          'search',
          "The outcome of 'search' was last measured 2026-08-01 (380 ms), 116 days ago: record a new measurement in outcome.current and outcome.measured",
        ],
      ],
    );
  });

  it('the CLI prints the same review and lint findings', () => {
    const cli = builtCli();
    const run = (args: string[]) =>
      spawnSync(process.execPath, [cli, ...args, repo.dir, '--as-of', AS_OF], { encoding: 'utf8' });
    const review = run(['review', '--quarter', '2026-Q4', '--format', 'json']);
    assert.equal(review.status, 0, review.stderr);
    const checkoutRow = (JSON.parse(review.stdout) as { outcomes: { id: string; progress: number }[] }).outcomes.find(
      (o) => o.id === 'checkout',
    );
    assert.equal(checkoutRow?.progress, 0.5);
    const linted = run(['lint', '--format', 'json']);
    const codes = (JSON.parse(linted.stdout) as { code: string; initiative: string }[])
      .filter((f) => f.code === 'outcome-stale')
      .map((f) => f.initiative);
    assert.deepEqual(codes, ['onboarding', 'search']);
  });
});
