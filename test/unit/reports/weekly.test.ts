import * as assert from 'node:assert/strict';
import { generateWeeklyUpdate } from '../../../src/core/reports/generate';
import { GitRepo } from '../../helpers/gitRepo';

const CONFIG = 'team: Checkout\ntimezone: Europe/Berlin\nbranch: main\n';
const payments = (target: string, status = 'on-track') => `title: Payments revamp
owner: Dana Kim <dana@acme.io>
why: Cut checkout drop-off
priority: 1
status: ${status}
target: ${target}
risks:
  - risk: Vendor | timeline
    impact: high
blockers:
  - blocker: PCI audit sign-off
    since: 2026-11-02
    owner: Priya Shah
decisions:
  - decision: Approve a second contractor
    by: 2026-12-01
outcome:
  metric: Checkout conversion
match:
  paths: [services/payments/**]
  scopes: [payments]
`;
const mobile = `title: Mobile onboarding
owner: Lee Park
status: at-risk
target: 2026-12
match:
  branches: [mobile/*]
`;
const STATUS = `week: 2026-W47
headline: Checkout on track; *mobile* slipped
backlog: 120
initiatives:
  mobile-onboarding:
    status: off-track
    progress: Sign-up flow in review
`;

describe('weekly update', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.create();
    repo.git(['remote', 'add', 'origin', 'https://token:secret@github.com/acme/shop.git']);
    repo.commit(
      'plan',
      {
        '.delivery/config.yaml': CONFIG,
        '.delivery/initiatives/payments-revamp.yaml': payments('2026-Q3'),
        '.delivery/initiatives/mobile-onboarding.yaml': mobile,
      },
      { date: '2026-09-01T09:00:00+02:00' },
    );
    repo.commit(
      'replan payments',
      { '.delivery/initiatives/payments-revamp.yaml': payments('2026-Q4', 'at-risk') },
      { date: '2026-11-18T09:00:00+01:00' },
    );
    repo.branch('mobile/signup');
    repo.commit('feat: sign-up screen', { 'apps/mobile/signup.ts': 's\n' }, { date: '2026-11-17T10:00:00+01:00' });
    repo.checkout('main');
    repo.mergeNoFf('mobile/signup', { pr: 12, body: 'Sign-up screen', date: '2026-11-19T10:00:00+01:00' });
    repo.commit(
      'feat(payments): card tokens (#13)',
      { 'services/payments/tokens.ts': 't\n' },
      { date: '2026-11-20T10:00:00+01:00' },
    );
    repo.commit('chore: bump deps', { 'package.json': '{}\n' }, { date: '2026-11-20T11:00:00+01:00' });
    repo.commit('status', { '.delivery/status/2026-W47.yaml': STATUS }, { date: '2026-11-21T11:00:00+01:00' });
  });
  after(() => repo.remove());

  const generate = (useGit = true) => generateWeeklyUpdate(repo.dir, { week: '2026-W47', asOf: '2026-11-25', useGit });

  it('keeps the JSON shape of DESIGN: window, initiatives with shipped {sha, subject, pr}, other, signals', async () => {
    const { json } = await generate();
    assert.deepEqual(json.window, {
      since: '2026-11-16',
      until: '2026-11-22',
      week: '2026-W47',
      timeZone: 'Europe/Berlin',
    });
    const byId = new Map(json.initiatives.map((i) => [i.id, i]));
    assert.deepEqual(
      byId.get('payments-revamp')?.shipped.map((s) => [s.subject, s.pr]),
      [['feat(payments): card tokens (#13)', 13]],
    );
    assert.deepEqual(
      byId.get('mobile-onboarding')?.shipped.map((s) => [s.subject, s.pr]),
      [['Sign-up screen', 12]],
    );
    assert.deepEqual(
      json.other.map((o) => o.subject),
      ['chore: bump deps'],
    );
    assert.equal(json.signals.length, 4);
  });

  it('counts the headline with the week status winning over the file', async () => {
    const { json } = await generate();
    assert.deepEqual(json.headline, {
      text: 'Checkout on track; *mobile* slipped',
      onTrack: 0,
      atRisk: 1,
      offTrack: 1,
      decisionsNeeded: 1,
    });
  });

  it('links pull requests to the GitHub remote without its credentials', async () => {
    const { json, markdown } = await generate();
    assert.equal(json.initiatives[0].shipped[0].url, 'https://github.com/acme/shop/pull/13');
    assert.ok(markdown.includes('[#13](https://github.com/acme/shop/pull/13)'));
    assert.ok(!markdown.includes('secret'));
  });

  it('lists the target moved this week with its reason, and the health the status file changed', async () => {
    const { json, markdown } = await generate();
    assert.deepEqual(
      json.changes.map((c) => [c.initiative, c.field, c.from, c.to, c.date, c.reason]),
      [
        ['payments-revamp', 'target', '2026-Q3', '2026-Q4', '2026-11-18', 'replan payments'],
        ['payments-revamp', 'status', 'on-track', 'at-risk', '2026-11-18', 'replan payments'],
        ['mobile-onboarding', 'health', 'at-risk', 'off-track', '2026-11-21', 'status'],
      ],
    );
    assert.ok(markdown.includes('- **Payments revamp**: target 2026-Q3 → 2026-Q4 (2026-11-18) — _replan payments_'));
    assert.ok(markdown.includes('- **Mobile onboarding**: health at risk → off track (2026-11-21) — _status_'));
  });

  it('renders the sections an executive reads, escaping user text', async () => {
    const { markdown } = await generate();
    for (const heading of [
      '# Weekly update — Checkout — 2026-W47',
      '## Shipped (2)',
      '## Other work (1)',
      '## In progress',
      '## Blockers',
      '## Decisions needed',
      '## Changes this week',
      '## Other work',
      '## Signals',
    ]) {
      assert.ok(markdown.includes(heading), `missing ${heading}`);
    }
    assert.ok(markdown.includes('**0 on track · 1 at risk · 1 off track · 1 decision needed**'));
    assert.ok(markdown.includes('Checkout on track; \\*mobile\\* slipped'));
    assert.ok(markdown.includes('Vendor \\| timeline (high)'));
    // Aged as of the week's last day (2026-11-22), not the later as-of date.
    assert.ok(markdown.includes('| PCI audit sign-off | Payments revamp | Priya Shah | 20 days |'));
  });

  it('without git, reports from the files and says shipped work needs a trusted workspace', async () => {
    const { json, markdown } = await generate(false);
    assert.equal(json.git.available, false);
    assert.deepEqual(
      json.initiatives.flatMap((i) => i.shipped),
      [],
    );
    assert.match(markdown, /trusted workspace/);
    assert.ok(!markdown.includes('## Shipped'));
  });
  it('leaves out of a past week a blocker that starts after its last day, and lists it once it has begun', async () => {
    const before = await generateWeeklyUpdate(repo.dir, { week: '2026-W44', asOf: '2026-11-25', useGit: true });
    const during = await generateWeeklyUpdate(repo.dir, { week: '2026-W45', asOf: '2026-11-25', useGit: true });
    assert.deepEqual(before.json.blockers, []);
    assert.match(before.markdown, /No open blockers\./);
    assert.deepEqual(
      during.json.blockers.map((b) => [b.blocker, b.ageDays]),
      [['PCI audit sign-off', 6]],
    );
  });
  it('says once that nothing shipped in a week where nothing reached the branch', async () => {
    const { json, markdown } = await generateWeeklyUpdate(repo.dir, {
      week: '2026-W40',
      asOf: '2026-11-25',
      useGit: true,
    });
    assert.deepEqual([json.shippedCount, json.otherCount], [0, 0]);
    assert.match(markdown, /## Shipped \(0\)\n\nNothing shipped this week\.\n\n## Other work \(0\)\n\nNone\.\n/);
  });
});
