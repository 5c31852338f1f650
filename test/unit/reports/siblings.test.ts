// Sibling repositories in the reports: three scripted repositories (a plan, the service it builds,
// another team's) and a listed one that is missing, read for one week exactly like the plan's own.
import * as assert from 'node:assert/strict';
import {
  generateQuarterlyReview,
  generateRoadmapReview,
  generateWeeklyUpdate,
} from '../../../src/core/reports/generate';
import type { WeeklyUpdate } from '../../../src/core/reports/generate';
import { FIXTURE_TODAY } from '../../helpers/fixtureDate';
import { buildSiblingRepos, TITLES, WEEK, type SiblingRepos } from '../../helpers/siblingRepos';

const MISSING_NOTE = 'ledger-service: not read — not found at ../ledger-service.';

function shippedOf(update: WeeklyUpdate, id: string) {
  return update.initiatives.find((i) => i.id === id)!.shipped;
}

describe('sibling repositories in the weekly update', () => {
  let repos: SiblingRepos;
  let update: WeeklyUpdate;
  let markdown: string;
  before(async () => {
    repos = buildSiblingRepos();
    const report = await generateWeeklyUpdate(repos.plan.dir, { week: WEEK, asOf: FIXTURE_TODAY, useGit: true });
    update = report.json;
    markdown = report.markdown;
  });
  after(() => repos.remove());

  it('maps a sibling change by paths relative to the sibling, only from the repositories match.repos names', () => {
    assert.deepEqual(
      shippedOf(update, 'payments-api').map((ref) => [ref.title, ref.repo]),
      [[TITLES.tokens, 'payments-service']],
    );
    assert.deepEqual(
      shippedOf(update, 'growth-experiments').map((ref) => [ref.title, ref.repo]),
      [
        [TITLES.pricing, 'growth'],
        [TITLES.client, 'growth'],
      ],
    );
  });

  it('gives repo only to the siblings’ changes, and links a pull request to its own repository', () => {
    const [checkout] = shippedOf(update, 'checkout');
    assert.equal(checkout.title, TITLES.checkout);
    assert.ok(!('repo' in checkout));
    const [tokens] = shippedOf(update, 'payments-api');
    assert.equal(tokens.url, 'https://github.com/acme/payments-service/pull/12');
    assert.equal(tokens.sha, repos.sha.tokens);
  });

  it('counts a change that reached two repositories once, under the repository listed first', () => {
    const all = [...update.initiatives.flatMap((i) => i.shipped), ...update.other];
    assert.equal(all.filter((ref) => ref.sha === repos.sha.tokens).length, 1);
    assert.equal(all.filter((ref) => ref.sha === repos.sha.flaky).length, 1);
    assert.equal(update.shippedCount, 4);
    assert.equal(update.otherCount, 2);
    assert.deepEqual(
      update.other.map((ref) => [ref.title, ref.repo ?? null]),
      [
        [TITLES.planApi, null],
        [TITLES.flaky, 'payments-service'],
      ],
    );
  });

  it('lists the repositories read, and says why a missing one was not', () => {
    assert.deepEqual(update.repos, [
      { name: 'plan', branch: 'main', own: true, read: true, note: null },
      { name: 'payments-service', branch: 'HEAD', own: false, read: true, note: null },
      { name: 'growth', branch: 'trunk', own: false, read: true, note: null },
      { name: 'ledger-service', branch: 'HEAD', own: false, read: false, note: MISSING_NOTE },
    ]);
    assert.equal(update.git.available, true);
  });

  it('shows each change’s repository in Markdown when several contributed, and the missing one as a note', () => {
    assert.ok(markdown.includes(`- ${TITLES.checkout} · plan · \``), markdown);
    assert.ok(
      markdown.includes(
        `- ${TITLES.tokens} ([#12](https://github.com/acme/payments-service/pull/12)) · payments-service · \``,
      ),
    );
    assert.ok(markdown.includes(`- ${TITLES.pricing} · growth · \``));
    assert.ok(markdown.includes(`> **Note:** ${MISSING_NOTE}`));
  });

  it('shows no repository names when one repository contributed', async () => {
    const { json, markdown: next } = await generateWeeklyUpdate(repos.plan.dir, {
      week: '2026-W48',
      asOf: FIXTURE_TODAY,
      useGit: true,
    });
    assert.deepEqual(
      shippedOf(json, 'payments-api').map((ref) => [ref.title, ref.repo]),
      [[TITLES.later, 'payments-service']],
    );
    assert.ok(next.includes(`- ${TITLES.later} · \``), next);
    assert.ok(!next.includes(' · payments-service · '));
  });

  it('counts the siblings’ work in the reviews too', async () => {
    const quarter = await generateQuarterlyReview(repos.plan.dir, { asOf: '2026-11-22', useGit: true });
    assert.equal(quarter.json.summary.shippedItems, 4);
    // The quarter also holds payments-service's first commit, which growth-web has too: counted once.
    assert.equal(quarter.json.summary.otherItems, 3);
    assert.ok(quarter.markdown.includes(MISSING_NOTE));
    const roadmap = await generateRoadmapReview(repos.plan.dir, { asOf: '2026-11-22', useGit: true });
    assert.equal(roadmap.json.initiatives.find((i) => i.id === 'payments-api')?.shipped, 1);
    assert.deepEqual(
      roadmap.json.repos.map((repo) => [repo.name, repo.read]),
      [
        ['plan', true],
        ['payments-service', true],
        ['growth', true],
        ['ledger-service', false],
      ],
    );
  });
});

describe('sibling repositories without git', () => {
  let repos: SiblingRepos;
  let path: string | undefined;
  before(() => {
    repos = buildSiblingRepos();
  });
  after(() => repos.remove());
  // With no git on the PATH, any git process would fail: so a report that completes ran none.
  beforeEach(() => {
    path = process.env.PATH;
    process.env.PATH = repos.parent;
  });
  afterEach(() => {
    process.env.PATH = path;
  });

  it('reads no repository at all when git may not run (Restricted Mode)', async () => {
    const { json } = await generateWeeklyUpdate(repos.plan.dir, {
      week: '2026-W48',
      asOf: FIXTURE_TODAY,
      useGit: false,
    });
    assert.equal(json.git.available, false);
    assert.ok(json.repos.every((repo) => !repo.read && repo.note === null));
    assert.equal(json.repos.length, 4);
    assert.deepEqual(
      json.initiatives.flatMap((i) => i.shipped),
      [],
    );
  });

  it('would have failed had it run git', async () => {
    await assert.rejects(
      generateWeeklyUpdate(repos.plan.dir, { week: '2026-W48', asOf: FIXTURE_TODAY, useGit: true }),
      /git is not installed/,
    );
  });
});
