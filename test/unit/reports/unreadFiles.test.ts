// A plan file that cannot be read in full must not quietly take an initiative or a week's status
// out of a report: the report names it.
import * as assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRoadmapReview, generateWeeklyUpdate } from '../../../src/core/reports/generate';
import { weeklySlack } from '../../../src/core/reports/weeklySlack';
import { GitRepo } from '../../helpers/gitRepo';

const PLAN = {
  '.delivery/config.yaml': 'team: Checkout\ntimezone: UTC\n',
  '.delivery/initiatives/payments.yaml': 'title: Payments\nowner: Dana Kim\nstatus: on-track\ntarget: 2026-Q4\n',
  '.delivery/initiatives/fraud.yaml': 'title: Fraud scoring\nowner: Priya Shah\nstatus: off-track\ntarget: 2026-Q4\n',
};

/** Nine aliases of nine, nine times over: far past the alias limit, so the file is not read. */
function aliasBomb(): string {
  let text = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 9; i++) {
    const [name, prev] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
    text += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
  }
  return text;
}

describe('reports on a plan with files that cannot be read in full', () => {
  let repo: GitRepo;
  beforeEach(() => {
    repo = GitRepo.create();
  });
  afterEach(() => repo.remove());

  it('names an initiative file with a stray non-UTF-8 byte, which the report leaves out', async () => {
    repo.commit('plan', PLAN, { date: '2026-11-16T09:00:00Z' });
    appendFileSync(join(repo.dir, '.delivery/initiatives/fraud.yaml'), Buffer.from([0xe9]));
    const weekly = await generateWeeklyUpdate(repo.dir, { week: '2026-W47', asOf: '2026-11-20', useGit: true });
    assert.equal(weekly.json.headline.offTrack, 0);
    assert.match(weekly.json.plan.note ?? '', /This plan file has errors.*: \.delivery\/initiatives\/fraud\.yaml\./);
    assert.match(weekly.markdown, /^> \*\*Note:\*\* This plan file has errors.*fraud\.yaml/m);
    assert.match(weeklySlack(weekly.json), /^:information_source: This plan file has errors.*fraud\.yaml/m);
    const roadmap = await generateRoadmapReview(repo.dir, { asOf: '2026-11-20', useGit: true });
    assert.match(roadmap.markdown, /^> \*\*Note:\*\* This plan file has errors.*fraud\.yaml/m);
  });

  it("names a past week's committed status file that an alias bomb kept from being read", async () => {
    repo.commit('plan', PLAN, { date: '2026-11-16T09:00:00Z' });
    repo.commit(
      'status',
      {
        '.delivery/status/2026-W47.yaml':
          'week: 2026-W47\ninitiatives:\n  fraud: {status: on-track, progress: Fixed}\n' + aliasBomb(),
      },
      { date: '2026-11-20T09:00:00Z' },
    );
    const { json } = await generateWeeklyUpdate(repo.dir, { week: '2026-W47', asOf: '2026-11-25', useGit: true });
    assert.equal(json.plan.source, 'git');
    assert.equal(json.initiatives.find((i) => i.id === 'fraud')?.progress, null);
    assert.match(json.plan.note ?? '', /This plan file has errors.*: \.delivery\/status\/2026-W47\.yaml\./);
  });
});
