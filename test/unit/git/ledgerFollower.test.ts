import * as assert from 'node:assert/strict';
import { readSlipLedger } from '../../../src/core/git/ledger';
import { LedgerFollower } from '../../../src/core/git/ledgerFollower';
import { GitRepo } from '../../helpers/gitRepo';

const FILE = '.delivery/initiatives/payments.yaml';
const plan = (target: string) => `title: Payments revamp\nowner: Dana Kim\nstatus: on-track\ntarget: ${target}\n`;
const targets = (ledger: Awaited<ReturnType<typeof readSlipLedger>>) =>
  ledger
    .get('payments')
    ?.filter((e) => e.field === 'target')
    .map((e) => [e.date, e.to]);

describe("LedgerFollower: the editor's plan history, read once and then only from the commits HEAD gained", () => {
  let repo: GitRepo;
  let follower: LedgerFollower;
  beforeEach(() => {
    repo = GitRepo.create();
    follower = new LedgerFollower();
    repo.commit('plan', { [FILE]: plan('2026-Q3') }, { date: '2026-05-04T09:00:00+00:00' });
    repo.commit('unrelated', { 'src/a.ts': 'a\n' }, { date: '2026-06-01T09:00:00+00:00' });
  });
  afterEach(() => repo.remove());

  it('reads the whole history once, then only the new commits, and gives the same ledger as a full read', async () => {
    const reads: string[] = [];
    await follower.read(repo.dir, 'UTC', {}, reads);
    const first = repo.head();
    repo.commit('slip', { [FILE]: plan('2026-Q4') }, { date: '2026-08-20T09:00:00+00:00' });

    const ledger = await follower.read(repo.dir, 'UTC', {}, reads);

    assert.deepEqual(reads, [
      `${first.slice(0, 7)} (whole history)`,
      `${first.slice(0, 7)}..${repo.head().slice(0, 7)}`,
    ]);
    assert.deepEqual(targets(ledger), [
      ['2026-05-04', '2026-Q3'],
      ['2026-08-20', '2026-Q4'],
    ]);
    assert.deepEqual(ledger, await readSlipLedger(repo.dir, { timeZone: 'UTC' }));
  });

  it('runs no log while HEAD stays where it was', async () => {
    await follower.read(repo.dir, 'UTC');
    const reads: string[] = [];

    await follower.read(repo.dir, 'UTC', {}, reads);

    assert.deepEqual(reads, []);
  });

  it('reads the whole history again when HEAD moved off its first-parent line (a reset)', async () => {
    const start = repo.head();
    repo.commit('slip', { [FILE]: plan('2026-Q4') }, { date: '2026-08-20T09:00:00+00:00' });
    await follower.read(repo.dir, 'UTC');
    repo.git(['reset', '-q', '--hard', start]);
    repo.commit('other slip', { [FILE]: plan('2027-Q1') }, { date: '2026-09-01T09:00:00+00:00' });
    const reads: string[] = [];

    const ledger = await follower.read(repo.dir, 'UTC', {}, reads);

    assert.match(reads.at(-1) ?? '', /whole history/);
    assert.deepEqual(targets(ledger), [
      ['2026-05-04', '2026-Q3'],
      ['2026-09-01', '2027-Q1'],
    ]);
  });

  it('dates a change merged in by the merge, as a full read does', async () => {
    await follower.read(repo.dir, 'UTC');
    repo.branch('replan');
    repo.commit('move payments', { [FILE]: plan('2026-12') }, { date: '2026-09-10T09:00:00+00:00' });
    repo.checkout('main');
    repo.mergeNoFf('replan', { pr: 9, date: '2026-09-12T09:00:00+00:00' });

    const ledger = await follower.read(repo.dir, 'UTC');

    assert.deepEqual(targets(ledger), [
      ['2026-05-04', '2026-Q3'],
      ['2026-09-12', '2026-12'],
    ]);
    assert.deepEqual(ledger, await readSlipLedger(repo.dir, { timeZone: 'UTC' }));
  });
});
