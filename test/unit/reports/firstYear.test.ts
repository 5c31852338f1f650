// The first days of 1970, the first year reports cover: windows and look-backs that begin before
// the epoch (1970-W01 starts on 1969-12-29, a 30-day look-back from early January, and Berlin's
// 1970-01-01 began at 23:00 UTC the day before) still read every commit and plan change after it.
import * as assert from 'node:assert/strict';
import { readSlipLedger } from '../../../src/core/git/ledger';
import { generateQuarterlyReview, generateWeeklyUpdate, type WeeklyUpdate } from '../../../src/core/reports/generate';
import { GitRepo } from '../../helpers/gitRepo';

const CONFIG = 'team: Edge\ntimezone: Europe/Berlin\nbranch: main\n';
const api = (target: string) =>
  `title: API\nowner: Dana Kim\nwhy: Faster checkout\nstatus: on-track\ntarget: ${target}\nmatch:\n  paths: [api/**]\n`;

const subjects = (json: WeeklyUpdate) => json.initiatives.flatMap((i) => i.shipped).map((item) => item.subject);

describe('reports of the first days of 1970', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.create();
    repo.commit(
      'Start the plan',
      { '.delivery/config.yaml': CONFIG, '.delivery/initiatives/api.yaml': api('1970-03') },
      { date: '1970-01-01T09:00:00+01:00' },
    );
    repo.commit('feat(api): first', { 'api/a.ts': '1\n' }, { date: '1970-01-01T12:00:00+01:00' });
    repo.commit('feat(api): late Sunday', { 'api/a.ts': '2\n' }, { date: '1970-01-04T23:30:00+01:00' });
    repo.commit('feat(api): early Monday', { 'api/a.ts': '3\n' }, { date: '1970-01-05T00:30:00+01:00' });
    repo.commit(
      'API: the vendor moves the target to April',
      { '.delivery/initiatives/api.yaml': api('1970-04') },
      { date: '1970-01-06T10:00:00+01:00' },
    );
    repo.commit('feat(api): Wednesday', { 'api/a.ts': '4\n' }, { date: '1970-01-07T10:00:00+01:00' });
  });
  after(() => repo.remove());

  it('ships the second week, whose 30-day look-back starts in 1969', async () => {
    const { json } = await generateWeeklyUpdate(repo.dir, { week: '1970-W02', asOf: '1970-02-20', useGit: true });
    assert.equal(json.shippedCount, 2);
    assert.deepEqual(subjects(json), ['feat(api): early Monday', 'feat(api): Wednesday']);
    assert.deepEqual(
      json.changes.map((change) => [change.field, change.from, change.to, change.date]),
      [['target', '1970-03', '1970-04', '1970-01-06']],
    );
  });

  it('ships the first week, which starts on 1969-12-29', async () => {
    const { json } = await generateWeeklyUpdate(repo.dir, { week: '1970-W01', asOf: '1970-02-20', useGit: true });
    assert.deepEqual(subjects(json), ['feat(api): first', 'feat(api): late Sunday']);
  });

  it('reviews 1970-Q1 with everything shipped and the slip', async () => {
    const { json } = await generateQuarterlyReview(repo.dir, { quarter: '1970-Q1', asOf: '1970-02-20', useGit: true });
    assert.equal(json.summary.shippedItems, 4);
    assert.deepEqual(
      json.slips.map((slip) => [slip.from, slip.to]),
      [['1970-03', '1970-04']],
    );
  });

  it('reads the plan history from a day before the epoch', async () => {
    const ledger = await readSlipLedger(repo.dir, { timeZone: 'Europe/Berlin', since: '1969-12-01' });
    assert.deepEqual(
      ledger
        .get('api')
        ?.filter((entry) => entry.field === 'target')
        .map((entry) => [entry.date, entry.to]),
      [
        ['1970-01-01', '1970-03'],
        ['1970-01-06', '1970-04'],
      ],
    );
  });
});
