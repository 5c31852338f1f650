// Counts an executive can check by hand: each change once, each open initiative once in the
// roadmap headline, no green mark for what was not measured, and what shipped named per initiative.
import * as assert from 'node:assert/strict';
import {
  generateQuarterlyReview,
  generateRoadmapReview,
  generateWeeklyUpdate,
} from '../../../src/core/reports/generate';
import { GitRepo } from '../../helpers/gitRepo';

const initiative = (fields: Record<string, string>) =>
  Object.entries({ owner: 'Dana Kim', why: 'A reason', ...fields })
    .map(([k, v]) => `${k}: ${v}\n`)
    .join('');

describe('counts and verdicts', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.create();
    repo.commit(
      'plan',
      {
        '.delivery/config.yaml': 'team: Checkout\ntimezone: UTC\n',
        '.delivery/initiatives/payments.yaml': initiative({
          title: 'Payments',
          status: 'on-track',
          target: '2026-12',
          match: '{scopes: [payments]}',
        }),
        '.delivery/initiatives/mobile.yaml': initiative({
          title: 'Mobile',
          status: 'off-track',
          target: '2026-12',
          match: '{paths: [apps/**]}',
        }),
        '.delivery/initiatives/search.yaml': initiative({ title: 'Search', status: 'not-started', target: '2027-Q1' }),
        '.delivery/initiatives/fraud.yaml': initiative({ title: 'Fraud', status: 'on-track', target: '2026-10-31' }),
      },
      { date: '2026-10-01T09:00:00Z' },
    );
    repo.commit(
      'feat(payments): shared checkout screen',
      { 'apps/checkout.ts': 'a\n' },
      { date: '2026-11-17T09:00:00Z' },
    );
    repo.commit('feat(payments): card tokens (#12)', { 'services/tokens.ts': 'b\n' }, { date: '2026-11-18T09:00:00Z' });
    repo.commit('chore: bump dependencies', { 'package.json': '{}\n' }, { date: '2026-11-19T09:00:00Z' });
    repo.commit('Empty commit to trigger CI', {}, { date: '2026-11-19T10:00:00Z' });
  });
  after(() => repo.remove());

  it('weekly: counts a change under two initiatives once, marks it under each, and counts Other work apart', async () => {
    const { json, markdown } = await generateWeeklyUpdate(repo.dir, {
      week: '2026-W47',
      asOf: '2026-11-22',
      useGit: true,
    });
    assert.deepEqual([json.shippedCount, json.otherCount], [2, 1]);
    const mobile = json.initiatives.find((i) => i.id === 'mobile');
    assert.deepEqual(
      mobile?.shipped.map((s) => [s.title, s.alsoIn]),
      [['Shared checkout screen', ['payments']]],
    );
    assert.match(markdown, /## Shipped \(2\)/);
    assert.match(markdown, /- Shared checkout screen · `[0-9a-f]{7}` _\(also under Payments\)_/);
    assert.match(markdown, /- Card tokens \(#12\) · `[0-9a-f]{7}`/);
    assert.match(markdown, /## Other work \(1\)\n\n- Bump dependencies · `[0-9a-f]{7}` · chore/);
    assert.ok(!markdown.includes('Empty commit'), 'an empty commit ships nothing');
  });

  it('weekly: says there was no update rather than showing the why as progress', async () => {
    const { json, markdown } = await generateWeeklyUpdate(repo.dir, {
      week: '2026-W47',
      asOf: '2026-11-22',
      useGit: true,
    });
    assert.ok(json.initiatives.every((i) => i.progress === null));
    assert.ok(!markdown.includes('A reason'));
    assert.match(markdown, /### 🔴 Mobile — Off track[\s\S]*- Progress: _no update this week_/);
  });

  it('roadmap: counts each open initiative once, and a not-started one is not measured, never on track', async () => {
    const { json, markdown } = await generateRoadmapReview(repo.dir, { asOf: '2026-11-25', useGit: true });
    assert.deepEqual(
      [json.summary.open, json.summary.judgedOnTrack, json.summary.notOnTrack, json.summary.notMeasured],
      [4, 1, 2, 1],
    );
    assert.match(
      markdown,
      /\*\*1 of 4 open initiatives on track · 2 not on track · 1 not started · 0 decisions needed\*\*/,
    );
    assert.match(markdown, /\| \*\*Search\*\* \| ⚪ not started \|/);
    assert.match(
      markdown,
      /\| \*\*Fraud\*\* \| ❌ no \| On track \| Dana Kim \| 2026-10-31 \| target date 2026-10-31 has passed \|/,
    );
    assert.equal(json.initiatives.find((i) => i.id === 'payments')?.shipped, 2);
  });

  it('quarterly: counts distinct changes and names the top ones per initiative', async () => {
    const { json, markdown } = await generateQuarterlyReview(repo.dir, {
      quarter: '2026-Q4',
      asOf: '2026-11-25',
      useGit: true,
    });
    assert.deepEqual([json.summary.shippedItems, json.summary.otherItems], [2, 1]);
    const payments = json.planned.find((p) => p.id === 'payments');
    assert.deepEqual([payments?.shipped, payments?.shippedTop], [2, ['Card tokens', 'Shared checkout screen']]);
    assert.match(markdown, /\| 2: Card tokens; Shared checkout screen \|/);
  });
});

describe('a busy week', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.create();
    repo.commit(
      'plan',
      {
        '.delivery/initiatives/payments.yaml': initiative({
          title: 'Payments',
          status: 'on-track',
          target: '2026-12',
          match: '{paths: [services/**]}',
        }),
      },
      { date: '2026-10-01T09:00:00Z' },
    );
    for (let i = 0; i < 14; i++)
      repo.commit(
        `Change ${i}`,
        { [`services/f${i}.ts`]: `${i}\n` },
        { date: `2026-11-17T${String(8 + (i % 10)).padStart(2, '0')}:${String(i).padStart(2, '0')}:00Z` },
      );
  });
  after(() => repo.remove());

  it('lists ten changes per initiative and says how many more, while counting all of them', async () => {
    const { json, markdown } = await generateWeeklyUpdate(repo.dir, {
      week: '2026-W47',
      asOf: '2026-11-22',
      useGit: true,
    });
    assert.equal(json.shippedCount, 14);
    assert.equal(json.initiatives[0].shipped.length, 14);
    assert.match(markdown, /## Shipped \(14\)/);
    assert.equal((markdown.match(/^- Change \d+ · /gm) ?? []).length, 10);
    assert.match(markdown, /^- … and 4 more$/m);
  });
});

describe('a not-started initiative without a bounded target', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.create();
    repo.commit(
      'plan',
      {
        '.delivery/initiatives/search.yaml': initiative({ title: 'Search', status: 'not-started' }),
        '.delivery/initiatives/payments.yaml': initiative({ title: 'Payments', status: 'on-track', target: '2026-12' }),
      },
      { date: '2026-10-01T09:00:00Z' },
    );
  });
  after(() => repo.remove());

  it('roadmap: counts it as not started, as its status says, and names the missing target', async () => {
    const { json, markdown } = await generateRoadmapReview(repo.dir, { asOf: '2026-11-25', useGit: true });
    assert.deepEqual(
      [json.summary.open, json.summary.judgedOnTrack, json.summary.notOnTrack, json.summary.notMeasured],
      [2, 1, 0, 1],
    );
    assert.match(markdown, /\*\*1 of 2 open initiatives on track · 0 not on track · 1 not started · /);
    assert.match(markdown, /\| \*\*Search\*\* \| ⚪ not started \|.*not started yet; no target \|/);
  });
});
