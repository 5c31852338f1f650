// An initiative that leaves the plan is not forgotten by the reports: a commitment it missed stays
// missed, its removal is named among the changes, a renamed file keeps its history, and a week
// before the removal reads as it stood. One scripted quarter of a real repository.
import * as assert from 'node:assert/strict';
import {
  generateQuarterlyReview,
  generateRoadmapReview,
  generateWeeklyUpdate,
  type WeeklyUpdate,
} from '../../../src/core/reports/generate';
import { weeklySlack } from '../../../src/core/reports/weeklySlack';
import { GitRepo } from '../../helpers/gitRepo';

const DIR = '.delivery/initiatives';
const CONFIG = 'team: Checkout\ntimezone: UTC\nbranch: main\n';
const initiative = (title: string, target: string, status = 'on-track') =>
  `title: ${title}\nowner: Dana Kim\nwhy: Fewer drop-offs at checkout\nroadmap: 2026 H2 — Conversion\npriority: 1\nstatus: ${status}\ntarget: ${target}\n`;
const at = (day: string) => ({ date: `${day}T09:00:00Z` });
const W47 = { week: '2026-W47', asOf: '2026-11-29', useGit: true };

describe('an initiative removed from the plan', () => {
  let repo: GitRepo;
  let removalSha: string;
  /** Week 47 as told before anything was removed or renamed. */
  let w47BeforeRemoval: WeeklyUpdate;

  before(async () => {
    repo = GitRepo.create();
    repo.commit(
      'Plan the quarter',
      {
        '.delivery/config.yaml': CONFIG,
        [`${DIR}/payments.yaml`]: initiative('Payments revamp', '2026-11-20'),
        [`${DIR}/search.yaml`]: initiative('Search relevance', '2026-11-13'),
        [`${DIR}/mobile.yaml`]: initiative('Mobile onboarding', '2026-12-15'),
        [`${DIR}/fraud.yaml`]: initiative('Fraud checks', '2026-Q4'),
      },
      at('2026-09-28'),
    );
    repo.commit(
      'Search is live',
      { [`${DIR}/search.yaml`]: initiative('Search relevance', '2026-11-13', 'done') },
      at('2026-11-12'),
    );
    repo.commit(
      'Fraud waits for the new rules engine',
      { [`${DIR}/fraud.yaml`]: initiative('Fraud checks', '2027-Q1') },
      at('2026-11-18'),
    );
    w47BeforeRemoval = (await generateWeeklyUpdate(repo.dir, W47)).json;
    removalSha = repo.commit(
      'Drop payments: the vendor left the market',
      { [`${DIR}/payments.yaml`]: null },
      at('2026-11-24'),
    );
    repo.commit('Mobile moves to the app team', { [`${DIR}/mobile.yaml`]: null }, at('2026-11-25'));
    repo.git(['mv', `${DIR}/fraud.yaml`, `${DIR}/fraud-rules.yaml`]);
    repo.commit('Name fraud after its rules', {}, at('2026-11-26'));
    repo.commit('Search is done: out of the plan', { [`${DIR}/search.yaml`]: null }, at('2026-11-27'));
  });
  after(() => repo.remove());

  const weekly = () => generateWeeklyUpdate(repo.dir, { week: '2026-W48', asOf: '2026-11-29', useGit: true });
  const quarterly = () => generateQuarterlyReview(repo.dir, { quarter: '2026-Q4', asOf: '2026-12-31', useGit: true });
  const reliability = (json: {
    signals: { code: string; fires: boolean; value: number | null; details: string[] }[];
  }) => json.signals.find((s) => s.code === 'missed-commitments');

  describe('removed after its target passed unmet', () => {
    it('still counts as missed in the weekly update', async () => {
      const signal = reliability((await weekly()).json);
      assert.deepEqual(
        [signal?.fires, signal?.value, signal?.details],
        [
          true,
          0.5,
          [
            'Payments revamp: committed 2026-11-20, due 2026-11-20, not done by then (removed from the plan 2026-11-24)',
          ],
        ],
      );
    });

    it('still counts as missed in the quarterly review, marked removed', async () => {
      const { json, markdown } = await quarterly();
      assert.deepEqual(
        json.commitments.map((c) => [c.id, c.title, c.due, c.met, c.removed]),
        [
          ['fraud-rules', 'Fraud checks', '2026-12-31', false, undefined],
          ['search', 'Search relevance', '2026-11-13', true, '2026-11-27'],
          ['payments', 'Payments revamp', '2026-11-20', false, '2026-11-24'],
        ],
      );
      assert.match(
        markdown,
        /\| Payments revamp \| 2026-11-20 \| 2026-11-20 \| \*\*no\*\* \(removed from the plan 2026-11-24\) \|/,
      );
    });

    it('is named among the weekly changes, in the JSON, the Markdown and the Slack text', async () => {
      const { json, markdown } = await weekly();
      const removal = json.changes.find((c) => c.initiative === 'payments');
      assert.deepEqual(removal, {
        initiative: 'payments',
        field: 'removed',
        from: '2026-11-20',
        to: null,
        date: '2026-11-24',
        sha: removalSha,
        reason: 'Drop payments: the vendor left the market',
        title: 'Payments revamp',
        due: '2026-11-20',
        status: 'on-track',
      });
      assert.match(
        markdown,
        /- \*\*Payments revamp\*\*: removed from the plan, was due 2026-11-20 \(2026-11-24\) — _Drop payments: the vendor left the market_/,
      );
      assert.match(
        weeklySlack(json),
        /• \*Payments revamp\*: removed from the plan, was due 2026-11-20 \(2026-11-24\) — _Drop payments: the vendor left the market_/,
      );
    });

    it('is named in the quarterly review and the roadmap review', async () => {
      const { json, markdown } = await quarterly();
      assert.deepEqual(
        json.removed.map((c) => [c.initiative, c.date, c.due, c.status]),
        [
          ['payments', '2026-11-24', '2026-11-20', 'on-track'],
          ['mobile', '2026-11-25', '2026-12-15', 'on-track'],
          ['search', '2026-11-27', '2026-11-13', 'done'],
        ],
      );
      assert.equal(json.summary.removed, 3);
      assert.match(markdown, /· 3 removed from the plan\*\*/);
      assert.match(
        markdown,
        /## Removed from the plan\n\n- \*\*Payments revamp\*\*: removed from the plan, was due 2026-11-20 \(2026-11-24\)/,
      );
      const roadmap = await generateRoadmapReview(repo.dir, { asOf: '2026-11-29', useGit: true });
      assert.deepEqual(
        roadmap.json.removed.map((c) => c.initiative),
        ['payments', 'mobile', 'search'],
      );
      assert.match(
        roadmap.markdown,
        /- \*\*Payments revamp\*\*: removed from the plan, was due 2026-11-20 \(2026-11-24\)/,
      );
    });
  });

  describe('removed before its target', () => {
    it('is no missed commitment, but its removal is named', async () => {
      const { json, markdown } = await quarterly();
      assert.ok(!json.commitments.some((c) => c.id === 'mobile'));
      assert.match(markdown, /- \*\*Mobile onboarding\*\*: removed from the plan, was due 2026-12-15 \(2026-11-25\)/);
    });
  });

  describe('removed once done', () => {
    it('keeps its commitment met and says it was done', async () => {
      const { json, markdown } = await weekly();
      assert.ok(json.changes.some((c) => c.initiative === 'search' && c.field === 'removed'));
      assert.match(markdown, /- \*\*Search relevance\*\*: removed from the plan when done \(2026-11-27\)/);
    });
  });

  describe('renamed', () => {
    it('is neither added nor removed in the week of the rename', async () => {
      const { json } = await weekly();
      assert.deepEqual(
        json.changes.filter((c) => c.initiative.startsWith('fraud')),
        [],
      );
    });

    it('keeps its history: the target it had when the quarter began, and its slip', async () => {
      const { json } = await quarterly();
      const row = json.planned.find((p) => p.id === 'fraud-rules');
      assert.deepEqual([row?.targetAtStart, row?.target], ['2026-Q4', '2027-Q1']);
      assert.deepEqual(
        json.slips.map((c) => [c.initiative, c.from, c.to, c.date]),
        [['fraud-rules', '2026-Q4', '2027-Q1', '2026-11-18']],
      );
    });
  });

  describe('a week before the removal', () => {
    it('reads as it stood: the same report as before anything was removed or renamed', async () => {
      const now = (await generateWeeklyUpdate(repo.dir, W47)).json;
      assert.deepEqual(
        now.initiatives.map((i) => i.id),
        ['fraud', 'mobile', 'payments', 'search'],
      );
      assert.deepEqual(
        now.changes.map((c) => [c.initiative, c.field]),
        [['fraud', 'target']],
      );
      assert.deepEqual(now, w47BeforeRemoval);
    });
  });
});
