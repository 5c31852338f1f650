// The slip ledger when an initiative leaves the plan or its file is renamed: a removal is an entry
// of its own, and a rename is neither a removal nor a new initiative.
import * as assert from 'node:assert/strict';
import { readSlipLedger } from '../../../src/core/git/ledger';
import type { LedgerEntry } from '../../../src/core/model';
import { GitRepo } from '../../helpers/gitRepo';

const DIR = '.delivery/initiatives';
// The lines that stay make a file edited while renamed still similar enough for git to see a rename.
const initiative = (title: string, target: string, status = 'on-track') =>
  `title: ${title}\nowner: Dana Kim\nwhy: Cut checkout drop-off from 9% to 6%\nroadmap: 2026 H2 — Conversion\npriority: 1\nstatus: ${status}\ntarget: ${target}\nmatch:\n  scopes: [payments]\n`;
const list = (...entries: [string, string][]) =>
  `initiatives:\n${entries.map(([id, target]) => `  - id: ${id}\n    title: ${id}\n    target: ${target}\n`).join('')}`;
const at = (day: string) => ({ date: `${day}T09:00:00+00:00` });

/** Entries as [date, field, from, to] rows, with a removal's title and reason. */
function rows(entries: readonly LedgerEntry[] | undefined): unknown[][] {
  return (entries ?? []).map((e) =>
    e.field === 'removed' ? [e.date, 'removed', e.title, e.reason] : [e.date, e.field, e.from, e.to],
  );
}

describe('slip ledger: removals and renames', () => {
  let repo: GitRepo;
  beforeEach(() => (repo = GitRepo.create()));
  afterEach(() => repo.remove());

  it('records the deletion of an initiative file as a removal, with its title, date, commit and reason', async () => {
    repo.commit(
      'Plan payments',
      { [`${DIR}/payments.yaml`]: initiative('Payments revamp', '2026-11-20') },
      at('2026-11-02'),
    );
    const sha = repo.commit('Drop payments: the vendor is gone', { [`${DIR}/payments.yaml`]: null }, at('2026-11-24'));

    const entries = (await readSlipLedger(repo.dir)).get('payments');

    const removal = entries?.at(-1);
    assert.deepEqual(
      [removal?.date, removal?.field, removal?.sha, removal?.title, removal?.reason],
      ['2026-11-24', 'removed', sha, 'Payments revamp', 'Drop payments: the vendor is gone'],
    );
    assert.equal(entries?.filter((e) => e.field === 'removed').length, 1);
  });

  it('records an id that disappears from initiatives.yaml as a removal', async () => {
    const file = '.delivery/initiatives.yaml';
    repo.commit('Plan', { [file]: list(['mobile', '2026-11'], ['search', '2026-12']) }, at('2026-10-01'));
    repo.commit('Drop mobile', { [file]: list(['search', '2026-12']) }, at('2026-11-10'));

    const ledger = await readSlipLedger(repo.dir);

    assert.deepEqual(rows(ledger.get('mobile')).at(-1), ['2026-11-10', 'removed', 'mobile', 'Drop mobile']);
    assert.ok(!ledger.get('search')?.some((e) => e.field === 'removed'));
  });

  it('keeps the history of a file git finds renamed, under the new id, with no removal', async () => {
    repo.commit('Plan', { [`${DIR}/pay.yaml`]: initiative('Payments revamp', '2026-11') }, at('2026-10-01'));
    repo.commit('Slip', { [`${DIR}/pay.yaml`]: initiative('Payments revamp', '2026-12') }, at('2026-10-15'));
    repo.git(['mv', `${DIR}/pay.yaml`, `${DIR}/payments.yaml`]);
    repo.commit('Rename pay to payments', {}, at('2026-11-02'));
    repo.commit('Slip again', { [`${DIR}/payments.yaml`]: initiative('Payments revamp', '2026-Q1') }, at('2026-11-09'));

    const ledger = await readSlipLedger(repo.dir);

    assert.equal(ledger.has('pay'), false);
    assert.deepEqual(rows(ledger.get('payments')?.filter((e) => e.field === 'target')), [
      ['2026-10-01', 'target', undefined, '2026-11'],
      ['2026-10-15', 'target', '2026-11', '2026-12'],
      ['2026-11-09', 'target', '2026-12', '2026-Q1'],
    ]);
    assert.ok(!ledger.get('payments')?.some((e) => e.field === 'removed'));
  });

  it('keeps the history of a file renamed with edits in the same commit, recording only the edits', async () => {
    repo.commit('Plan', { [`${DIR}/pay.yaml`]: initiative('Payments revamp', '2026-11') }, at('2026-10-01'));
    repo.commit(
      'Rename and re-plan',
      { [`${DIR}/pay.yaml`]: null, [`${DIR}/payments.yaml`]: initiative('Payments revamp', '2026-12', 'at-risk') },
      at('2026-11-02'),
    );

    const entries = (await readSlipLedger(repo.dir)).get('payments');

    assert.deepEqual(rows(entries?.filter((e) => e.date === '2026-11-02')), [
      ['2026-11-02', 'target', '2026-11', '2026-12'],
      ['2026-11-02', 'status', 'on-track', 'at-risk'],
    ]);
  });

  it('keeps an id moved from its own file into initiatives.yaml, with no removal', async () => {
    repo.commit('Plan', { [`${DIR}/mobile.yaml`]: initiative('mobile', '2026-11') }, at('2026-10-01'));
    repo.commit(
      'One list for the plan',
      { [`${DIR}/mobile.yaml`]: null, '.delivery/initiatives.yaml': list(['mobile', '2026-12']) },
      at('2026-11-02'),
    );

    const entries = (await readSlipLedger(repo.dir)).get('mobile');

    assert.deepEqual(rows(entries?.filter((e) => e.field === 'target' || e.field === 'removed')), [
      ['2026-10-01', 'target', undefined, '2026-11'],
      ['2026-11-02', 'target', '2026-11', '2026-12'],
    ]);
  });

  it('records a file renamed to .yml as a removal: the plan reads only .yaml files', async () => {
    repo.commit('Plan', { [`${DIR}/x.yaml`]: initiative('X', '2026-11') }, at('2026-10-01'));
    repo.git(['mv', `${DIR}/x.yaml`, `${DIR}/x.yml`]);
    repo.commit('Rename to yml', {}, at('2026-10-02'));

    assert.deepEqual(rows((await readSlipLedger(repo.dir)).get('x')).at(-1), [
      '2026-10-02',
      'removed',
      'X',
      'Rename to yml',
    ]);
  });

  it('does not read a version that is not valid YAML as a removal', async () => {
    repo.commit('Plan', { [`${DIR}/x.yaml`]: initiative('X', '2026-11') }, at('2026-10-01'));
    repo.commit('Broken', { [`${DIR}/x.yaml`]: 'title: [unclosed\n' }, at('2026-10-02'));

    assert.ok(!(await readSlipLedger(repo.dir)).get('x')?.some((e) => e.field === 'removed'));
  });

  it('starts afresh an initiative that comes back after its removal', async () => {
    repo.commit('Plan', { [`${DIR}/x.yaml`]: initiative('X', '2026-11') }, at('2026-10-01'));
    repo.commit('Drop', { [`${DIR}/x.yaml`]: null }, at('2026-10-05'));
    repo.commit('Back', { [`${DIR}/x.yaml`]: initiative('X', '2026-11') }, at('2026-10-09'));

    const targets = (await readSlipLedger(repo.dir))
      .get('x')
      ?.filter((e) => e.field === 'target' || e.field === 'removed');

    assert.deepEqual(rows(targets), [
      ['2026-10-01', 'target', undefined, '2026-11'],
      ['2026-10-05', 'removed', 'X', 'Drop'],
      ['2026-10-09', 'target', undefined, '2026-11'],
    ]);
  });

  it('up to a day, knows nothing of a later removal or rename', async () => {
    repo.commit(
      'Plan',
      { [`${DIR}/a.yaml`]: initiative('A', '2026-11'), [`${DIR}/b.yaml`]: initiative('B', '2026-12') },
      at('2026-10-01'),
    );
    repo.commit('Drop a', { [`${DIR}/a.yaml`]: null }, at('2026-11-24'));
    repo.git(['mv', `${DIR}/b.yaml`, `${DIR}/bee.yaml`]);
    repo.commit('Rename b', {}, at('2026-11-25'));

    const ledger = await readSlipLedger(repo.dir, { until: '2026-11-23' });

    assert.ok(!ledger.get('a')?.some((e) => e.field === 'removed'));
    assert.deepEqual([...ledger.keys()].sort(), ['a', 'b']);
  });

  describe('from a day on', () => {
    it('records a removal of a file untouched since before that day', async () => {
      repo.commit('Plan', { [`${DIR}/a.yaml`]: initiative('A', '2026-11-20') }, at('2026-09-01'));
      repo.commit('Drop a', { [`${DIR}/a.yaml`]: null }, at('2026-11-24'));

      const entries = (await readSlipLedger(repo.dir, { since: '2026-10-01' })).get('a');

      assert.deepEqual(rows(entries?.filter((e) => e.field === 'target' || e.field === 'removed')), [
        ['2026-09-30', 'target', undefined, '2026-11-20'],
        ['2026-11-24', 'removed', 'A', 'Drop a'],
      ]);
    });

    it('takes a file renamed unchanged inside the window as it stood under its old name', async () => {
      repo.commit('Plan', { [`${DIR}/pay.yaml`]: initiative('Payments', '2026-11') }, at('2026-09-01'));
      repo.git(['mv', `${DIR}/pay.yaml`, `${DIR}/payments.yaml`]);
      repo.commit('Rename', {}, at('2026-10-05'));
      repo.commit('Slip', { [`${DIR}/payments.yaml`]: initiative('Payments', '2026-12') }, at('2026-10-20'));

      const ledger = await readSlipLedger(repo.dir, { since: '2026-10-01' });

      assert.equal(ledger.has('pay'), false);
      assert.deepEqual(rows(ledger.get('payments')?.filter((e) => e.field === 'target')), [
        ['2026-09-30', 'target', undefined, '2026-11'],
        ['2026-10-20', 'target', '2026-11', '2026-12'],
      ]);
    });
  });
});
