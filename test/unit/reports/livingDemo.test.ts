// The demo is built around the day it is made: whatever that day, it shows the last eight weeks of
// shipped work, a status in each past week, a target moved twice, an aged blocker, a decision coming
// due, and work already shipped this week; and the same day always gives the same repository.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addDays, daysBetween, isoWeekOf, quarterOf, quarterRange, weekRange } from '../../../src/core/dates';
import { readSlipLedger } from '../../../src/core/git/ledger';
import { localDate } from '../../../src/core/git/zone';
import { loadDeliveryFolder } from '../../../src/core/load';
import { generateQuarterlyReview, generateWeeklyUpdate } from '../../../src/core/reports/generate';
import { lint } from '../../../src/core/rules/index';
import { makeDemoRepo } from '../../helpers/demoRepo';

const EXAMPLE = resolve(__dirname, '../../../../examples/acme/.delivery');
const ZONE = 'Europe/Berlin';

const git = (dir: string, args: string[]) =>
  execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, GIT_CONFIG_NOSYSTEM: '1', HOME: dir },
  });
/** Each commit's day in the plan's time zone, newest first. */
const commitDays = (dir: string) =>
  git(dir, ['log', '--format=%ct'])
    .trim()
    .split('\n')
    .map((t) => localDate(Number(t) * 1000, ZONE));

// A Sunday, the Monday of 2026-W53 (what is later that week moves onto it), New Year's Day, the week
// Berlin moves its clocks, and a leap day.
const DAYS = ['2026-12-06', '2026-12-28', '2027-01-01', '2027-03-29', '2028-02-29'];

describe('living demo', () => {
  let root: string;
  before(() => (root = mkdtempSync(join(tmpdir(), 'dr-living-'))));
  after(() => rmSync(root, { recursive: true, force: true }));
  // Each day's repository is built once, by whichever test reads it first (a filtered run may skip the others).
  const built = new Map<string, Promise<string>>();
  const demoOn = (day: string): Promise<string> => {
    let repo = built.get(day);
    if (!repo) {
      const dir = join(root, day);
      repo = makeDemoRepo(dir, EXAMPLE, day).then(() => dir);
      built.set(day, repo);
    }
    return repo;
  };

  for (const today of DAYS) {
    describe(`built on ${today} (${isoWeekOf(today)})`, () => {
      const dir = () => join(root, today);
      const thisWeek = isoWeekOf(today);
      const lastWeek = isoWeekOf(addDays(today, -7));
      before(() => demoOn(today));

      it('dates nothing after today and has commits in each of the last eight weeks', () => {
        const days = commitDays(dir());
        assert.ok(
          days.every((day) => day <= today),
          `a commit after ${today}: ${days[0]}`,
        );
        const weeks = new Set(days.map(isoWeekOf));
        for (let back = 0; back < 8; back++)
          assert.ok(
            weeks.has(isoWeekOf(addDays(today, -7 * back))),
            `no commit in ${isoWeekOf(addDays(today, -7 * back))}`,
          );
      });

      it('has a weekly status file for each of the seven past weeks, committed in its week, and none yet for this week', () => {
        for (let back = 1; back < 8; back++) {
          const week = isoWeekOf(addDays(today, -7 * back));
          const file = `.delivery/status/${week}.yaml`;
          assert.ok(existsSync(join(dir(), file)), `${file} is missing`);
          const committed = localDate(
            Number(git(dir(), ['log', '--format=%ct', '--reverse', '--', file]).split('\n')[0]) * 1000,
            ZONE,
          );
          assert.equal(isoWeekOf(committed), week, `${file} committed on ${committed}`);
        }
        assert.equal(existsSync(join(dir(), `.delivery/status/${thisWeek}.yaml`)), false);
      });

      it("tells last week's update with shipped work, Other work and each initiative's progress", async () => {
        const { json } = await generateWeeklyUpdate(dir(), { week: lastWeek, asOf: today, useGit: true });
        assert.ok(json.initiatives.flatMap((i) => i.shipped).length >= 3, 'little shipped last week');
        assert.ok(json.other.length >= 1, 'no Other work last week');
        assert.ok(
          json.initiatives.some((i) => i.progress),
          'no progress from the status file',
        );
      });

      it('already has shipped work in this week', async () => {
        const { json } = await generateWeeklyUpdate(dir(), { week: thisWeek, asOf: today, useGit: true });
        assert.ok(json.initiatives.flatMap((i) => i.shipped).length >= 1, `nothing shipped in ${thisWeek}`);
      });

      it('moves the payments target later twice, ages a blocker past the limit and has a decision coming due', async () => {
        const ledger = await readSlipLedger(dir(), { timeZone: ZONE });
        const moves = ledger.get('payments-revamp')?.filter((e) => e.field === 'target' && e.from) ?? [];
        assert.equal(moves.length, 2, JSON.stringify(moves));
        const findings = lint(await loadDeliveryFolder(dir()), { asOf: today, ledger });
        assert.ok(
          findings.some((f) => f.code === 'target-slipped' && f.initiative === 'payments-revamp'),
          'no target-slipped',
        );
        assert.ok(
          findings.some((f) => f.code === 'blocker-aging'),
          'no aged blocker',
        );
        const { json } = await generateWeeklyUpdate(dir(), { week: thisWeek, asOf: today, useGit: true });
        const due = json.decisions
          .map((d) => d.by && daysBetween(today, d.by))
          .filter((days) => typeof days === 'number' && days >= 0 && days <= 14);
        assert.ok(due.length >= 1, `no decision due within two weeks: ${JSON.stringify(json.decisions)}`);
      });

      it("tells the debt register with the fixture's ages and next quarter's proposals, one decision overdue", async () => {
        const { json } = await generateQuarterlyReview(dir(), { quarter: quarterOf(today), asOf: today, useGit: true });
        const fixtureAges = [205, 436, 387, 147];
        assert.deepEqual(
          json.debt.map((d) => d.risk),
          ['high', 'medium', 'medium', 'low'],
        );
        json.debt.forEach((d, i) =>
          assert.ok(Math.abs((d.ageDays ?? -99) - fixtureAges[i]) <= 6, `${d.item}: ${d.ageDays} days`),
        );
        assert.equal(json.investmentsQuarter, quarterOf(addDays(quarterRange(quarterOf(today)).end, 1)));
        assert.equal(json.investments.length, 3, `no proposals for ${json.investmentsQuarter}`);
        assert.deepEqual(
          json.investments.map((i) => i.decisionBy! < today),
          [false, false, true],
        );
        assert.deepEqual(
          lint(await loadDeliveryFolder(dir()), { asOf: today }).filter(
            (f) => f.file.includes('investments/') || f.file.endsWith('debt.yaml'),
          ),
          [],
        );
      });
    });
  }

  describe('from day to day', () => {
    it('builds a byte-identical repository for the same day, and another one for another day', async () => {
      const again = join(root, 'again');
      await makeDemoRepo(again, EXAMPLE, DAYS[0]);
      const head = (dir: string) => git(dir, ['rev-parse', 'HEAD']).trim();
      assert.equal(head(again), head(await demoOn(DAYS[0])));
      assert.notEqual(head(again), head(await demoOn(DAYS[1])));
    });

    it('keeps the example itself for the fixtures date, in 2026-W48', async () => {
      const dir = join(root, 'fixture');
      await makeDemoRepo(dir, EXAMPLE);
      assert.deepEqual(weekRange(isoWeekOf(commitDays(dir)[0])), weekRange('2026-W48'));
      assert.ok(existsSync(join(dir, '.delivery/status/2026-W47.yaml')));
    });
  });
});
