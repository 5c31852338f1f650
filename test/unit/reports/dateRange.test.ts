// Absurd dates are refused with a message, never a stack trace or a silently empty report: the
// years run from 1970 (git's commit times) to 2098 (git reads no --since/--until from 2100 on).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AS_OF_OPTION, parseCommandArgs, UsageError } from '../../../src/cli/args';
import { addDays, isoWeekOf, weekRange } from '../../../src/core/dates';
import { DeliveryError } from '../../../src/core/errors';
import {
  generateQuarterlyReview,
  generateRoadmapReview,
  generateWeeklyUpdate,
} from '../../../src/core/reports/generate';
import { builtCli } from '../../helpers/builtCli';
import { GitRepo } from '../../helpers/gitRepo';

const outside = (error: unknown) => error instanceof DeliveryError && /outside the years 1970–2098/.test(error.message);

describe('dates outside the years reports cover', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.create();
    repo.commit(
      'plan',
      {
        '.delivery/initiatives/payments.yaml': 'title: Payments\nowner: Dana Kim\nstatus: on-track\ntarget: 2026-Q4\n',
      },
      { date: '2026-11-02T09:00:00Z' },
    );
    repo.commit('feat: change', { 'a.ts': 'a\n' }, { date: '2026-11-18T09:00:00Z' });
  });
  after(() => repo.remove());

  for (const [what, run] of [
    ['an as-of of 9999-12-31', () => generateWeeklyUpdate(repo.dir, { asOf: '9999-12-31', useGit: true })],
    [
      'a window from 0001-01-01 to 9999-12-31',
      () =>
        generateWeeklyUpdate(repo.dir, { since: '0001-01-01', until: '9999-12-31', asOf: '2026-11-25', useGit: true }),
    ],
    ['week 0001-W01', () => generateWeeklyUpdate(repo.dir, { week: '0001-W01', asOf: '2026-11-25', useGit: true })],
    ['a roadmap review as of 2099-01-01', () => generateRoadmapReview(repo.dir, { asOf: '2099-01-01', useGit: true })],
    [
      'quarter 9999-Q4',
      () => generateQuarterlyReview(repo.dir, { quarter: '9999-Q4', asOf: '2026-11-25', useGit: true }),
    ],
  ] as const) {
    it(`refuses ${what} with the years it accepts`, async () => {
      await assert.rejects(run(), outside);
    });
  }

  it('refuses the week of an as-of date in the last year when that week is in the next, as it refuses that week given', async () => {
    const weekOf = (error: unknown) => outside(error) && /^week 2099-W01\b/.test((error as Error).message);
    await assert.rejects(generateWeeklyUpdate(repo.dir, { asOf: '2098-12-31', useGit: true }), weekOf);
    await assert.rejects(
      generateWeeklyUpdate(repo.dir, { week: '2099-W01', asOf: '2098-12-31', useGit: true }),
      weekOf,
    );
    const cli = spawnSync(process.execPath, [builtCli(), 'update', repo.dir, '--as-of', '2098-12-31'], {
      encoding: 'utf8',
    });
    assert.equal(cli.status, 2);
    assert.equal(cli.stdout, '');
    assert.match(cli.stderr, /week 2099-W01, the week of as-of 2098-12-31, is outside the years 1970–2098/);
  });

  it('reads every commit in the widest window it accepts', async () => {
    const { json } = await generateWeeklyUpdate(repo.dir, {
      since: '1970-01-01',
      until: '2098-12-31',
      asOf: '2098-12-31',
      useGit: true,
    });
    assert.deepEqual(
      [...json.initiatives.flatMap((i) => i.shipped), ...json.other].map((item) => item.subject),
      ['feat: change'],
    );
  });

  it('refuses --as-of outside those years as bad usage', () => {
    assert.throws(
      () => parseCommandArgs(['--as-of', '9999-12-31'], AS_OF_OPTION),
      (error: unknown) => error instanceof UsageError && /1970–2098/.test(error.message),
    );
  });
});

describe('years before 100', () => {
  it('stay in their own century instead of becoming 19xx', () => {
    assert.deepEqual(weekRange('0001-W01'), { start: '0001-01-01', end: '0001-01-07' });
    assert.equal(addDays('0042-12-31', 1), '0043-01-01');
    assert.equal(isoWeekOf('0099-06-15'), '0099-W25');
  });
});

describe('a folder that is not a repository, for the widest window', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'dr-range-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('still refuses an absurd date before looking for git', async () => {
    await assert.rejects(generateWeeklyUpdate(dir, { asOf: '0042-01-01', useGit: true }), outside);
  });
});
