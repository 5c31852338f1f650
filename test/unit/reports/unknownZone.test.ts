// A mistyped time zone in config.yaml: lint reports it on its line, and every report refuses to be
// made (rather than count the team's days in UTC, a week shifted without a word). A past plan
// committed with the typo is told in the zone the working tree names once it is fixed.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeliveryError } from '../../../src/core/errors';
import { loadDeliveryFolder } from '../../../src/core/load';
import {
  generateQuarterlyReview,
  generateRoadmapReview,
  generateWeeklyUpdate,
} from '../../../src/core/reports/generate';
import { builtCli } from '../../helpers/builtCli';
import { GitRepo } from '../../helpers/gitRepo';

const config = (zone: string) => `team: Edge\ntimezone: ${zone}\nbranch: main\n`;
const API =
  'title: API\nowner: Dana Kim\nwhy: Faster checkout\nstatus: on-track\ntarget: 2027-Q1\nmatch:\n  paths: [api/**]\n';
const AS_OF = '2027-01-20';

const refused = (error: unknown) =>
  error instanceof DeliveryError &&
  error.file === '.delivery/config.yaml' &&
  error.message.includes(".delivery/config.yaml line 2: unknown time zone 'Europe/Berlín'") &&
  /Europe\/Berlin/.test(error.hint ?? '');

describe('a mistyped time zone in config.yaml', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.create();
    repo.commit(
      'Start the plan',
      { '.delivery/config.yaml': config('Europe/Berlín'), '.delivery/initiatives/api.yaml': API },
      { date: '2027-01-04T09:00:00+01:00' },
    );
    // Monday 00:30 in Berlin is still Sunday in UTC: counted in UTC, week 2027-W01 would take it.
    repo.commit('feat(api): Sunday night', { 'api/a.ts': '1\n' }, { date: '2027-01-10T23:30:00+01:00' });
    repo.commit('feat(api): Monday after midnight', { 'api/a.ts': '2\n' }, { date: '2027-01-11T00:30:00+01:00' });
  });
  after(() => repo.remove());

  for (const [what, run] of [
    ['the current week', () => generateWeeklyUpdate(repo.dir, { asOf: AS_OF, useGit: true })],
    ['a past week', () => generateWeeklyUpdate(repo.dir, { week: '2027-W01', asOf: AS_OF, useGit: true })],
    ['a week without git', () => generateWeeklyUpdate(repo.dir, { week: '2027-W01', asOf: AS_OF, useGit: false })],
    [
      'the quarterly review',
      () => generateQuarterlyReview(repo.dir, { quarter: '2027-Q1', asOf: AS_OF, useGit: true }),
    ],
    ['the roadmap review', () => generateRoadmapReview(repo.dir, { asOf: AS_OF, useGit: true })],
  ] as const) {
    it(`refuses ${what}, naming the file, the line, the value and what to write`, async () => {
      await assert.rejects(run(), refused);
    });
  }

  it('still loads the plan for the editor, in UTC, with the finding on its line and the value kept', async () => {
    const model = await loadDeliveryFolder(repo.dir);
    assert.equal(model.initiatives.length, 1);
    assert.equal(model.config.timezone, 'UTC');
    assert.deepEqual(model.config.unknownTimezone, { value: 'Europe/Berlín', line: 2 });
    assert.deepEqual(
      model.problems.filter((p) => p.file === '.delivery/config.yaml').map((p) => [p.range.start.line, p.message]),
      [[1, "Unknown time zone 'Europe/Berlín': use an IANA name like Europe/Berlin"]],
    );
  });

  it('makes the CLI exit 2 with one line that says what to write', () => {
    const result = spawnSync(process.execPath, [builtCli(), 'update', repo.dir, '--as-of', AS_OF], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(
      result.stderr,
      /^delivery-rhythm update: \.delivery\/config\.yaml line 2: unknown time zone 'Europe\/Berlín'.*timezone: Europe\/Berlin/,
    );
  });

  describe('once fixed in the working tree', () => {
    before(() => writeFileSync(join(repo.dir, '.delivery/config.yaml'), config('Europe/Berlin')));
    after(() => writeFileSync(join(repo.dir, '.delivery/config.yaml'), config('Europe/Berlín')));

    it('tells a past week committed with the typo in the zone the working tree names', async () => {
      const { json } = await generateWeeklyUpdate(repo.dir, { week: '2027-W01', asOf: AS_OF, useGit: true });
      assert.equal(json.plan.source, 'git');
      assert.equal(json.window.timeZone, 'Europe/Berlin');
      assert.deepEqual(
        json.initiatives.flatMap((i) => i.shipped).map((item) => [item.subject, item.date]),
        [['feat(api): Sunday night', '2027-01-10']],
      );
    });
  });
});
