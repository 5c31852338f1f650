import * as assert from 'node:assert/strict';
import { readSlipLedger } from '../../../src/core/git/ledger';
import { GitRepo } from '../../helpers/gitRepo';

function initiativeYaml(target: string, status = 'on-track', priority = 1): string {
  return `title: Payments revamp\nowner: Dana Kim\nstatus: ${status}\npriority: ${priority}\ntarget: ${target}\n`;
}

describe('readSlipLedger', () => {
  let repo: GitRepo;
  beforeEach(() => (repo = GitRepo.create()));
  afterEach(() => repo.remove());

  it('records the first target and each later move, with the commit date', async () => {
    const file = '.delivery/initiatives/payments.yaml';
    repo.commit('plan payments', { [file]: initiativeYaml('2026-Q3') }, { date: '2026-05-04T09:00:00+00:00' });
    repo.commit('unrelated', { 'src/a.ts': 'a\n' }, { date: '2026-06-01T09:00:00+00:00' });
    repo.commit(
      'slip payments',
      { [file]: initiativeYaml('2026-Q4', 'at-risk') },
      { date: '2026-08-20T09:00:00+00:00' },
    );

    const ledger = await readSlipLedger(repo.dir);

    assert.deepEqual(
      ledger.get('payments')?.map((e) => [e.date, e.field, e.from, e.to, e.reason]),
      [
        ['2026-05-04', 'target', undefined, '2026-Q3', 'plan payments'],
        ['2026-05-04', 'status', undefined, 'on-track', 'plan payments'],
        ['2026-05-04', 'priority', undefined, '1', 'plan payments'],
        ['2026-05-04', 'owner', undefined, 'Dana Kim', 'plan payments'],
        ['2026-08-20', 'target', '2026-Q3', '2026-Q4', 'slip payments'],
        ['2026-08-20', 'status', 'on-track', 'at-risk', 'slip payments'],
      ],
    );
  });

  it('reads changes that reached the branch through a merge, dated at the merge', async () => {
    const file = '.delivery/initiatives/search.yaml';
    repo.commit('plan', { [file]: initiativeYaml('2026-10') }, { date: '2026-09-01T09:00:00+00:00' });
    repo.branch('replan');
    repo.commit(
      'move search',
      { [file]: initiativeYaml('{start: 2026-10-15, end: 2026-12-01}') },
      { date: '2026-09-10T09:00:00+00:00' },
    );
    repo.checkout('main');
    repo.mergeNoFf('replan', { pr: 9, date: '2026-09-12T09:00:00+00:00' });

    const moves = (await readSlipLedger(repo.dir)).get('search')?.filter((e) => e.from !== undefined);

    assert.deepEqual(
      moves?.map((e) => [e.date, e.from, e.to]),
      [['2026-09-12', '2026-10', '2026-10-15..2026-12-01']],
    );
  });

  it('reads initiatives kept in initiatives.yaml by their id', async () => {
    const list = (target: string) => `initiatives:\n  - id: mobile\n    title: Mobile\n    target: ${target}\n`;
    repo.commit('list', { '.delivery/initiatives.yaml': list('2026-11') }, { date: '2026-09-01T09:00:00+00:00' });
    repo.commit('move', { '.delivery/initiatives.yaml': list('2026-12') }, { date: '2026-10-01T09:00:00+00:00' });

    const entries = (await readSlipLedger(repo.dir)).get('mobile');

    assert.deepEqual(
      entries?.map((e) => e.to),
      ['2026-11', '2026-12'],
    );
  });

  it('reads a version the fast reader leaves to the full parser (a block scalar, a quoted target)', async () => {
    const file = '.delivery/initiatives/x.yaml';
    repo.commit('plain', { [file]: initiativeYaml('2026-10') }, { date: '2026-09-01T09:00:00+00:00' });
    repo.commit(
      'block',
      { [file]: `why: |\n  Two lines\n  of reasons\ntarget: "2026-11"\npriority: 0x2\n` },
      { date: '2026-09-02T09:00:00+00:00' },
    );

    const entries = (await readSlipLedger(repo.dir)).get('x')?.filter((e) => e.from !== undefined);

    assert.deepEqual(
      entries?.map((e) => [e.field, e.from, e.to]),
      [
        ['target', '2026-10', '2026-11'],
        ['priority', '1', '2'],
      ],
    );
  });

  it('skips a version that was not valid YAML and carries on', async () => {
    const file = '.delivery/initiatives/x.yaml';
    repo.commit('a', { [file]: initiativeYaml('2026-10') }, { date: '2026-09-01T09:00:00+00:00' });
    repo.commit('broken', { [file]: 'title: [unclosed\n' }, { date: '2026-09-02T09:00:00+00:00' });
    repo.commit('fixed', { [file]: initiativeYaml('2026-11') }, { date: '2026-09-03T09:00:00+00:00' });

    const targets = (await readSlipLedger(repo.dir)).get('x')?.filter((e) => e.field === 'target');

    assert.deepEqual(
      targets?.map((e) => [e.date, e.from, e.to]),
      [
        ['2026-09-01', undefined, '2026-10'],
        ['2026-09-03', '2026-10', '2026-11'],
      ],
    );
  });

  it('from a day on, starts the day before with the values as they stood then, and keeps later moves', async () => {
    const file = '.delivery/initiatives/payments.yaml';
    repo.commit('plan', { [file]: initiativeYaml('2026-Q2') }, { date: '2026-01-04T09:00:00+00:00' });
    repo.commit('move 1', { [file]: initiativeYaml('2026-Q3') }, { date: '2026-05-04T09:00:00+00:00' });
    repo.commit('other', { 'x.txt': 'x\n' }, { date: '2026-05-20T09:00:00+00:00' });
    repo.commit('move 2', { [file]: initiativeYaml('2026-Q4') }, { date: '2026-08-20T09:00:00+00:00' });

    const targets = (await readSlipLedger(repo.dir, { since: '2026-06-01' }))
      .get('payments')
      ?.filter((e) => e.field === 'target');

    assert.deepEqual(
      targets?.map((e) => [e.date, e.from, e.to]),
      [
        ['2026-05-31', undefined, '2026-Q3'],
        ['2026-08-20', '2026-Q3', '2026-Q4'],
      ],
    );
  });

  it('from a day on, takes a file untouched since then as it is at HEAD', async () => {
    const file = '.delivery/initiatives/quiet.yaml';
    repo.commit('plan', { [file]: initiativeYaml('2026-Q2') }, { date: '2026-01-04T09:00:00+00:00' });
    repo.commit('other', { 'x.txt': 'x\n' }, { date: '2026-07-01T09:00:00+00:00' });

    const entries = (await readSlipLedger(repo.dir, { since: '2026-06-01' })).get('quiet');

    assert.deepEqual(
      entries?.map((e) => [e.date, e.field, e.to]),
      [
        ['2026-05-31', 'target', '2026-Q2'],
        ['2026-05-31', 'status', 'on-track'],
        ['2026-05-31', 'priority', '1'],
        ['2026-05-31', 'owner', 'Dana Kim'],
      ],
    );
    assert.equal(entries?.[0].sha, repo.head());
  });

  it('from a day on, cuts the day where it begins in the time zone, not in UTC', async () => {
    const file = '.delivery/initiatives/payments.yaml';
    repo.commit('plan', { [file]: initiativeYaml('2026-Q2') }, { date: '2026-05-01T09:00:00+00:00' });
    repo.commit(
      'Sunday evening in Berlin, Monday in Tokyo',
      { [file]: initiativeYaml('2026-Q3') },
      { date: '2026-05-31T16:00:00+00:00' },
    );
    repo.commit('Monday in Berlin', { [file]: initiativeYaml('2026-Q4') }, { date: '2026-05-31T22:30:00+00:00' });

    const read = async (timeZone: string) =>
      (await readSlipLedger(repo.dir, { since: '2026-06-01', timeZone }))
        .get('payments')
        ?.filter((e) => e.field === 'target')
        .map((e) => [e.date, e.to]);

    assert.deepEqual(await read('Europe/Berlin'), [
      ['2026-05-31', '2026-Q3'],
      ['2026-06-01', '2026-Q4'],
    ]);
    assert.deepEqual(await read('Asia/Tokyo'), [
      ['2026-05-31', '2026-Q2'],
      ['2026-06-01', '2026-Q3'],
      ['2026-06-01', '2026-Q4'],
    ]);
  });

  it('is empty for a repository without commits', async () => {
    assert.equal((await readSlipLedger(repo.dir)).size, 0);
  });
});
