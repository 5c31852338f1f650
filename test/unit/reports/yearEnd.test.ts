// ISO week edges in the weekly update: 2026 has a week 53 that runs into 2027, and a plan told in a
// time zone far from UTC puts a commit near midnight in the week of its own calendar, not UTC's.
import * as assert from 'node:assert/strict';
import { generateWeeklyUpdate } from '../../../src/core/reports/generate';
import { GitRepo } from '../../helpers/gitRepo';

const plan = (timeZone: string) => ({
  '.delivery/config.yaml': `team: Checkout\ntimezone: ${timeZone}\nbranch: main\n`,
  '.delivery/initiatives/payments.yaml':
    'title: Payments\nowner: Dana Kim\nwhy: Fewer drop-offs\nstatus: on-track\ntarget: 2027-Q1\nmatch:\n  scopes: [payments]\n',
});

/** Commits in UTC instants around the edges of 2026-W53 (Monday 2026-12-28 to Sunday 2027-01-03). */
function repoIn(timeZone: string, commits: [subject: string, instant: string][]): GitRepo {
  const repo = GitRepo.create();
  repo.commit('plan', plan(timeZone), { date: '2026-12-01T09:00:00Z' });
  commits.forEach(([subject, date], index) =>
    repo.commit(subject, { [`services/payments/${index}.ts`]: `${index}\n` }, { date }),
  );
  return repo;
}

const subjects = async (repo: GitRepo, week: string) => {
  const { json } = await generateWeeklyUpdate(repo.dir, { week, asOf: '2027-01-10', useGit: true });
  return { window: json.window, shipped: json.initiatives.flatMap((i) => i.shipped.map((s) => s.subject)) };
};

describe('weekly update at the turn of 2026', () => {
  describe('in Pacific/Kiritimati (UTC+14)', () => {
    let repo: GitRepo;
    before(() => {
      repo = repoIn('Pacific/Kiritimati', [
        ['feat(payments): late Sunday of W52', '2026-12-27T09:30:00Z'], // 23:30 on Sunday 27 December there
        ['feat(payments): first minutes of W53', '2026-12-27T10:30:00Z'], // 00:30 on Monday 28 December
        ['feat(payments): New Year', '2026-12-31T11:00:00Z'], // 01:00 on 1 January 2027, still W53
        ['feat(payments): last minute of W53', '2027-01-03T09:59:00Z'], // 23:59 on Sunday 3 January
        ['feat(payments): first minute of 2027-W01', '2027-01-03T10:01:00Z'], // 00:01 on Monday 4 January
      ]);
    });
    after(() => repo.remove());

    it('tells 2026-W53 from Monday 28 December to Sunday 3 January in the plan time zone', async () => {
      const { window, shipped } = await subjects(repo, '2026-W53');
      assert.deepEqual(window, {
        since: '2026-12-28',
        until: '2027-01-03',
        week: '2026-W53',
        timeZone: 'Pacific/Kiritimati',
      });
      assert.deepEqual(shipped, [
        'feat(payments): first minutes of W53',
        'feat(payments): New Year',
        'feat(payments): last minute of W53',
      ]);
    });
    it('starts 2027-W01 on Monday 4 January', async () => {
      const { window, shipped } = await subjects(repo, '2027-W01');
      assert.deepEqual([window.since, window.until], ['2027-01-04', '2027-01-10']);
      assert.deepEqual(shipped, ['feat(payments): first minute of 2027-W01']);
    });
  });

  describe('in Pacific/Pago_Pago (UTC−11)', () => {
    let repo: GitRepo;
    before(() => {
      repo = repoIn('Pacific/Pago_Pago', [
        ['feat(payments): Sunday night of W52', '2026-12-28T10:30:00Z'], // 23:30 on Sunday 27 December there
        ['feat(payments): Monday of W53', '2026-12-28T11:30:00Z'], // 00:30 on Monday 28 December
        ['feat(payments): Sunday night of W53', '2027-01-04T10:30:00Z'], // 23:30 on Sunday 3 January, a Monday in UTC
      ]);
    });
    after(() => repo.remove());

    it('keeps a commit made on Sunday night there in the week of that Sunday', async () => {
      assert.deepEqual((await subjects(repo, '2026-W52')).shipped, ['feat(payments): Sunday night of W52']);
      assert.deepEqual((await subjects(repo, '2026-W53')).shipped, [
        'feat(payments): Monday of W53',
        'feat(payments): Sunday night of W53',
      ]);
    });
  });
});
