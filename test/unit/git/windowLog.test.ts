import * as assert from 'node:assert/strict';
import { startPreflight } from '../../../src/core/git/preflight';
import { readShipped, startWindowLog } from '../../../src/core/git/shipped';
import { GitRepo } from '../../helpers/gitRepo';

const week47 = { since: '2026-11-16', until: '2026-11-22' };

describe('a window log started before the time zone is known', () => {
  let repo: GitRepo;
  const started = (branch = 'main') => ({ ...startWindowLog(repo.dir, week47, branch), readable: startPreflight(repo.dir, branch).branchReadable });
  const subjects = (items: { subject: string }[]) => items.map((item) => item.subject);

  beforeEach(() => {
    repo = GitRepo.create();
    repo.commit('chore: initial', { 'README.md': 'hello\n' }, { date: '2026-11-02T10:00:00+00:00' });
  });
  afterEach(() => repo.remove());

  it('keeps only the commits of the week in New York, a few hours either side of its midnights', async () => {
    repo.commit('sunday 22:00 New York', { 'a.txt': 'a\n' }, { date: '2026-11-15T22:00:00-05:00' });
    repo.commit('monday 01:00 New York', { 'b.txt': 'b\n' }, { date: '2026-11-16T01:00:00-05:00' });
    repo.commit('sunday 22:00 New York, end of the week', { 'c.txt': 'c\n' }, { date: '2026-11-22T22:00:00-05:00' });
    repo.commit('monday 02:00 New York, next week', { 'd.txt': 'd\n' }, { date: '2026-11-23T02:00:00-05:00' });
    const zone = { branch: 'main', timeZone: 'America/New_York' };

    const early = await readShipped(repo.dir, week47, { ...zone, started: started() });

    assert.deepEqual(subjects(early), ['monday 01:00 New York', 'sunday 22:00 New York, end of the week']);
    assert.deepEqual(early, await readShipped(repo.dir, week47, zone));
  });

  it('keeps only the commits of the week in Tokyo, where it begins on Sunday in UTC', async () => {
    repo.commit('sunday 23:00 Tokyo', { 'a.txt': 'a\n' }, { date: '2026-11-15T23:00:00+09:00' });
    repo.commit('monday 03:00 Tokyo', { 'b.txt': 'b\n' }, { date: '2026-11-16T03:00:00+09:00' });
    repo.commit('sunday 23:00 Tokyo, end of the week', { 'c.txt': 'c\n' }, { date: '2026-11-22T23:00:00+09:00' });
    repo.commit('monday 01:00 Tokyo, next week', { 'd.txt': 'd\n' }, { date: '2026-11-23T01:00:00+09:00' });
    const zone = { branch: 'main', timeZone: 'Asia/Tokyo' };

    const early = await readShipped(repo.dir, week47, { ...zone, started: started() });

    assert.deepEqual(subjects(early), ['monday 03:00 Tokyo', 'sunday 23:00 Tokyo, end of the week']);
    assert.deepEqual(early, await readShipped(repo.dir, week47, zone));
  });

  it('stops where git stops: at a commit dated before the week, which hides the ones below it', async () => {
    repo.commit('tuesday', { 'a.txt': 'a\n' }, { date: '2026-11-17T10:00:00+00:00' });
    repo.commit('clock behind, dated sunday', { 'b.txt': 'b\n' }, { date: '2026-11-15T20:00:00+00:00' });
    repo.commit('wednesday', { 'c.txt': 'c\n' }, { date: '2026-11-18T10:00:00+00:00' });
    const utc = { branch: 'main', timeZone: 'UTC' };

    const early = await readShipped(repo.dir, week47, { ...utc, started: started() });

    assert.deepEqual(subjects(early), ['wednesday']);
    assert.deepEqual(early, await readShipped(repo.dir, week47, utc));
  });

  it('reads the week again on the branch the plan names when the log was started on another', async () => {
    repo.git(['checkout', '-q', '-b', 'trunk']);
    repo.commit('on trunk', { 't.txt': 't\n' }, { date: '2026-11-17T10:00:00+00:00' });
    repo.git(['checkout', '-q', 'main']);
    repo.commit('on main', { 'm.txt': 'm\n' }, { date: '2026-11-17T11:00:00+00:00' });

    const items = await readShipped(repo.dir, week47, { branch: 'trunk', timeZone: 'UTC', started: started('main') });

    assert.deepEqual(subjects(items), ['on trunk']);
  });

  it('gives the branch check\'s message when the branch it was started on is missing', async () => {
    await assert.rejects(readShipped(repo.dir, week47, { branch: 'trunk', timeZone: 'UTC', started: started('trunk') }), /Branch "trunk" does not exist/);
  });
});
