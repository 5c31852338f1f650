// The alerts beside an initiative agree with the report's own blockers: a blocker written with a
// `since` after the week is not in that week's Blockers, so its missing owner is not told either.
import * as assert from 'node:assert/strict';
import { generateWeeklyUpdate } from '../../../src/core/reports/generate';
import { GitRepo } from '../../helpers/gitRepo';

const mobile = `title: Mobile onboarding
owner: Lee Park
status: at-risk
target: 2026-12
blockers:
  - blocker: Final copy from legal
    since: 2026-11-18
`;

describe('weekly update alerts', () => {
  let repo: GitRepo;
  const update = (week: string) =>
    generateWeeklyUpdate(repo.dir, { week, asOf: '2026-11-25', useGit: true }).then((r) => r.json);
  before(() => {
    repo = GitRepo.create();
    repo.commit(
      'Start the plan',
      {
        '.delivery/config.yaml': 'team: Mobile\ntimezone: UTC\nbranch: main\n',
        '.delivery/initiatives/mobile.yaml': mobile,
      },
      { date: '2026-11-02T09:00:00Z' },
    );
  });
  after(() => repo.remove());

  it('leave out the missing owner of a blocker that begins after the week, as its Blockers do', async () => {
    const json = await update('2026-W46');
    assert.deepEqual(json.blockers, []);
    assert.deepEqual(json.initiatives[0].alerts, []);
  });

  it('tell the missing owner once the blocker has begun', async () => {
    const json = await update('2026-W47');
    assert.deepEqual(
      json.blockers.map((b) => b.blocker),
      ['Final copy from legal'],
    );
    assert.deepEqual(json.initiatives[0].alerts, [
      "Blocker 'Final copy from legal' has no owner: add `owner:` with the person who will clear it",
    ]);
  });
});
