import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeliveryError, GitUnavailableError } from '../../../src/core/errors';
import { readShipped } from '../../../src/core/git/shipped';
import { GitRepo, makeShallowClone } from '../../helpers/gitRepo';

const week47 = { since: '2026-11-16', until: '2026-11-22' };
const utc = { branch: 'main', timeZone: 'UTC' };

describe('readShipped', () => {
  let repo: GitRepo;

  beforeEach(() => {
    repo = GitRepo.create();
    repo.commit('chore: initial', { 'README.md': 'hello\n' }, { date: '2026-11-02T10:00:00+00:00' });
  });
  afterEach(() => repo.remove());

  it('lists a GitHub merge once, with its PR number, branch and files against the first parent', async () => {
    repo.branch('payments/tokens');
    repo.commit(
      'feat(payments): tokenize cards',
      { 'services/payments/a.ts': 'a\n' },
      { date: '2026-11-17T09:00:00+00:00' },
    );
    repo.commit(
      'test(payments): cover tokens',
      { 'services/payments/a.test.ts': 't\n' },
      { date: '2026-11-17T10:00:00+00:00' },
    );
    repo.checkout('main');
    const merge = repo.mergeNoFf('payments/tokens', {
      pr: 42,
      body: 'feat(payments): card tokens',
      date: '2026-11-18T12:00:00+00:00',
    });

    const items = await readShipped(repo.dir, week47, utc);

    assert.equal(items.length, 1);
    assert.deepEqual(
      {
        sha: items[0].sha,
        kind: items[0].kind,
        pr: items[0].pr,
        branch: items[0].branch,
        scope: items[0].scope,
        title: items[0].title,
      },
      {
        sha: merge,
        kind: 'merge',
        pr: 42,
        branch: 'payments/tokens',
        scope: 'payments',
        title: 'feat(payments): card tokens',
      },
    );
    assert.deepEqual(items[0].files.sort(), ['services/payments/a.test.ts', 'services/payments/a.ts']);
  });

  it('reads a "Merge branch" merge and a direct push', async () => {
    repo.branch('topic');
    repo.commit('work', { 'x.txt': 'x\n' }, { date: '2026-11-17T09:00:00+00:00' });
    repo.checkout('main');
    repo.mergeNoFf('topic', { date: '2026-11-17T10:00:00+00:00' });
    repo.commit('direct', { 'y.txt': 'y\n' }, { date: '2026-11-17T11:00:00+00:00' });

    const items = await readShipped(repo.dir, week47, utc);

    assert.deepEqual(
      items.map((i) => [i.kind, i.branch]),
      [
        ['merge', 'topic'],
        ['direct', undefined],
      ],
    );
  });

  it('reads a squash merge, its PR number and conventional type and scope', async () => {
    repo.commit(
      'fix(checkout): round totals (#51)',
      { 'web/checkout.ts': 'c\n' },
      { date: '2026-11-19T08:00:00+00:00' },
    );

    const [item] = await readShipped(repo.dir, week47, utc);

    assert.deepEqual([item.kind, item.pr, item.type, item.scope], ['squash', 51, 'fix', 'checkout']);
  });

  it('lists each commit of a rebase merge as a direct commit', async () => {
    repo.branch('rebased');
    repo.commit('feat: one', { 'one.txt': '1\n' }, { date: '2026-11-17T09:00:00+00:00' });
    repo.commit('feat: two', { 'two.txt': '2\n' }, { date: '2026-11-17T09:30:00+00:00' });
    repo.checkout('main');
    repo.commit('docs: note', { 'note.md': 'n\n' }, { date: '2026-11-17T10:00:00+00:00' });
    repo.rebaseMerge('rebased', { date: '2026-11-18T10:00:00+00:00' });

    const items = await readShipped(repo.dir, week47, utc);

    assert.deepEqual(
      items.map((i) => i.subject),
      ['docs: note', 'feat: one', 'feat: two'],
    );
    assert.ok(items.every((i) => i.kind === 'direct'));
  });

  it('reads Initiative trailers', async () => {
    repo.commit(
      'Tune retries',
      { 'lib/retry.ts': 'r\n' },
      { date: '2026-11-18T08:00:00+00:00', trailers: { Initiative: 'payments-revamp' } },
    );

    const [item] = await readShipped(repo.dir, week47, utc);

    assert.deepEqual(item.trailerInitiatives, ['payments-revamp']);
  });

  it('cuts the week at midnight in the configured time zone, not in UTC', async () => {
    repo.commit('monday 00:30 Berlin', { 'a.txt': 'a\n' }, { date: '2026-11-16T00:30:00+01:00' });
    repo.commit('sunday 23:30 Berlin', { 'b.txt': 'b\n' }, { date: '2026-11-22T23:30:00+01:00' });
    repo.commit('monday 00:30 Berlin, next week', { 'c.txt': 'c\n' }, { date: '2026-11-23T00:30:00+01:00' });

    const berlin = await readShipped(repo.dir, week47, { branch: 'main', timeZone: 'Europe/Berlin' });
    const inUtc = await readShipped(repo.dir, week47, utc);

    assert.deepEqual(
      berlin.map((i) => [i.subject, i.date]),
      [
        ['monday 00:30 Berlin', '2026-11-16'],
        ['sunday 23:30 Berlin', '2026-11-22'],
      ],
    );
    assert.deepEqual(
      inUtc.map((i) => [i.subject, i.date]),
      [
        ['sunday 23:30 Berlin', '2026-11-22'],
        ['monday 00:30 Berlin, next week', '2026-11-22'],
      ],
    );
  });

  it('keeps the last hour before a skipped midnight in its own day (Santiago, 2027-09-05 starts at 01:00)', async () => {
    repo.commit('saturday 23:30 Santiago', { 'a.txt': 'a\n' }, { date: '2027-09-04T23:30:00-04:00' });
    repo.commit('sunday 01:30 Santiago', { 'b.txt': 'b\n' }, { date: '2027-09-05T01:30:00-03:00' });
    const santiago = { branch: 'main', timeZone: 'America/Santiago' };

    const saturday = await readShipped(repo.dir, { since: '2027-09-01', until: '2027-09-04' }, santiago);
    const sunday = await readShipped(repo.dir, { since: '2027-09-05', until: '2027-09-05' }, santiago);

    assert.deepEqual(
      saturday.map((i) => [i.subject, i.date]),
      [['saturday 23:30 Santiago', '2027-09-04']],
    );
    assert.deepEqual(
      sunday.map((i) => [i.subject, i.date]),
      [['sunday 01:30 Santiago', '2027-09-05']],
    );
  });

  it('returns nothing for an empty week', async () => {
    assert.deepEqual(await readShipped(repo.dir, week47, utc), []);
  });

  it('explains a missing branch', async () => {
    await assert.rejects(readShipped(repo.dir, week47, { branch: 'trunk', timeZone: 'UTC' }), (error: Error) => {
      assert.ok(error instanceof DeliveryError);
      assert.match(error.message, /Branch "trunk" does not exist/);
      return true;
    });
  });

  it('mentions a detached HEAD when the branch is missing', async () => {
    repo.git(['checkout', '-q', '--detach']);
    repo.git(['branch', '-q', '-D', 'main']);
    await assert.rejects(readShipped(repo.dir, week47, utc), /HEAD is detached/);
  });

  it('refuses a branch name that could be read as an option', async () => {
    await assert.rejects(
      readShipped(repo.dir, week47, { branch: '--output=/tmp/x', timeZone: 'UTC' }),
      /not a valid branch name/,
    );
  });
});

describe('readShipped outside a usable repository', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dr-nogit-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('says the folder is not a repository', async () => {
    await assert.rejects(
      readShipped(dir, week47, utc),
      (error: Error) => error instanceof GitUnavailableError && /not inside a git/.test(error.message),
    );
  });

  it('says the repository has no commits', async () => {
    GitRepo.create('main', dir);
    await assert.rejects(readShipped(dir, week47, utc), /no commits yet/);
  });

  it('says the clone is shallow', async () => {
    const shallow = makeShallowClone(dir);
    await assert.rejects(readShipped(shallow.clone, week47, utc), /shallow clone/);
    shallow.remove();
  });
});
