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
