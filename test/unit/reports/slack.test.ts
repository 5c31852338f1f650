import * as assert from 'node:assert/strict';
import { generateWeeklyUpdate } from '../../../src/core/reports/generate';
import { weeklySlack } from '../../../src/core/reports/weeklySlack';
import { GitRepo } from '../../helpers/gitRepo';

describe('weekly update for Slack', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.create();
    repo.git(['remote', 'add', 'origin', 'https://github.com/acme/shop.git']);
    repo.commit(
      'plan',
      {
        '.delivery/config.yaml': 'team: Checkout & Co\ntimezone: UTC\n',
        '.delivery/initiatives/payments.yaml':
          'title: Payments <v2>\nowner: Dana Kim\nwhy: Fewer drop-offs\nstatus: at-risk\ntarget: 2026-Q4\nmatch: {scopes: [payments]}\n',
      },
      { date: '2026-11-02T09:00:00Z' },
    );
    repo.commit('feat(payments): card tokens (#12)', { 'services/tokens.ts': 'b\n' }, { date: '2026-11-18T09:00:00Z' });
  });
  after(() => repo.remove());

  it('uses mrkdwn: no tables or headings, links as <url|#N>, &, < and > escaped', async () => {
    const { json } = await generateWeeklyUpdate(repo.dir, { week: '2026-W47', asOf: '2026-11-22', useGit: true });
    const slack = weeklySlack(json);
    assert.ok(slack.startsWith('*Weekly update — Checkout &amp; Co — 2026-W47*\n'));
    assert.match(
      slack,
      /:large_orange_circle: \*Payments &lt;v2&gt;\* — At risk · Dana Kim · target 2026-Q4\n {6}Progress: _no update this week_/,
    );
    assert.match(slack, /• Card tokens \(<https:\/\/github\.com\/acme\/shop\/pull\/12\|#12>\) `[0-9a-f]{7}`/);
    assert.ok(!/^\||^#/m.test(slack), 'a table row or a heading');
  });
});

describe('weekly update for Slack, warnings included', () => {
  let repo: GitRepo;
  const plan = (target: string) =>
    `title: Mobile\nowner: Mobile team\nwhy: Faster sign-up\nstatus: off-track\ntarget: ${target}\nblockers:\n  - blocker: Copy from legal\n    since: 2026-11-30\n`;
  before(() => {
    repo = GitRepo.create();
    repo.commit(
      'plan',
      { '.delivery/config.yaml': 'team: Apps\ntimezone: UTC\n', '.delivery/initiatives/mobile.yaml': plan('2026-11') },
      { date: '2026-11-02T09:00:00Z' },
    );
    repo.commit(
      'Mobile: legal review moves the target',
      { '.delivery/initiatives/mobile.yaml': plan('2026-12') },
      { date: '2026-11-18T09:00:00Z' },
    );
    // A second move in November: the reprioritization signal fires for the weeks after.
    repo.commit(
      'Mobile: app store review moves it again',
      { '.delivery/initiatives/mobile.yaml': plan('2027-01') },
      { date: '2026-11-25T09:00:00Z' },
    );
  });
  after(() => repo.remove());

  it('carries the plan line, the alerts and the changes of the Markdown, and its blockers read as the Markdown does', async () => {
    const { json, markdown } = await generateWeeklyUpdate(repo.dir, {
      week: '2026-W47',
      asOf: '2026-11-25',
      useGit: true,
    });
    const slack = weeklySlack(json);
    assert.match(slack, /as of 2026-11-22, plan as committed on 2026-11-18 \([0-9a-f]{7}\)_/);
    const alert = json.initiatives[0].alerts[0];
    assert.match(alert, /Mobile team/);
    assert.ok(markdown.includes(`- ⚠️ ${alert}`), 'the Markdown warns');
    assert.ok(slack.includes(`      :warning: ${alert}`), 'the same alert, under the initiative');
    assert.match(
      slack,
      /\*Changes this week\*\n• \*Mobile\*: target 2026-11 → 2026-12 \(2026-11-18\) — _Mobile: legal review moves the target_/,
    );
    assert.match(slack, /\*Signals\*\n/);
    // The blocker starts after the week's last day: not listed, as in the Markdown.
    assert.match(slack, /\*Blockers\*\nNo open blockers\./);
  });

  it('lists the fired signals with their summary', async () => {
    const { json } = await generateWeeklyUpdate(repo.dir, { week: '2026-W49', asOf: '2026-12-06', useGit: true });
    const slack = weeklySlack(json);
    const fired = json.signals.filter((s) => s.fires);
    assert.ok(fired.length > 0, 'the fixture fires a signal');
    for (const s of fired) assert.ok(slack.includes(`:warning: *${s.title}* — ${s.summary}`), s.code);
    assert.match(slack, /• Copy from legal — Mobile — no owner — 6 days/);
  });
});
