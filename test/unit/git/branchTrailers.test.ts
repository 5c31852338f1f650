import * as assert from 'node:assert/strict';
import { branchGraphFor, branchTrailers, landedRange, parseCommitGraph, startBranchLog } from '../../../src/core/git/branchTrailers';
import { readShipped, startShipped } from '../../../src/core/git/shipped';
import { createMapper, mapShipped } from '../../../src/core/mapping';
import { GitRepo } from '../../helpers/gitRepo';
import { initiative } from '../reports/build';

const week47 = { since: '2026-11-16', until: '2026-11-22' };
const utc = { branch: 'main', timeZone: 'UTC' };
const payments = initiative({ id: 'payments-revamp', match: { paths: ['services/payments/**'], branches: [], scopes: [], keywords: [] } });
const mobile = initiative({ id: 'mobile-onboarding', match: { paths: ['apps/mobile/**'], branches: [], scopes: [], keywords: [] } });
const search = initiative({ id: 'search', match: { paths: ['services/search/**'], branches: [], scopes: [], keywords: [] } });

describe('Initiative trailers on merged branches', () => {
  let repo: GitRepo;

  beforeEach(() => {
    repo = GitRepo.create();
    repo.commit('chore: initial', { 'README.md': 'hello\n' }, { date: '2026-11-02T10:00:00+00:00' });
  });
  afterEach(() => repo.remove());

  it('maps a merge exclusively to the initiative its branch commit names', async () => {
    repo.branch('search/speed');
    repo.commit('Speed up search', { 'services/search/a.ts': 'a\n' }, { date: '2026-11-12T09:00:00+00:00', trailers: { Initiative: 'payments-revamp' } });
    repo.checkout('main');
    repo.mergeNoFf('search/speed', { pr: 12, date: '2026-11-17T12:00:00+00:00' });

    const items = await readShipped(repo.dir, week47, utc);
    const { byInitiative, other } = mapShipped(items, [payments, search]);

    assert.deepEqual(items.map((i) => [i.kind, i.pr, i.trailerInitiatives]), [['merge', 12, ['payments-revamp']]]);
    assert.deepEqual([byInitiative.get('payments-revamp')?.length, byInitiative.get('search')?.length, other.length], [1, 0, 0]);
  });

  it('gives the window\'s items first without the branch trailers, then the same items with them', async () => {
    repo.branch('search/speed');
    repo.commit('Speed up search', { 'services/search/a.ts': 'a\n' }, { date: '2026-11-12T09:00:00+00:00', trailers: { Initiative: 'payments-revamp' } });
    repo.checkout('main');
    repo.mergeNoFf('search/speed', { pr: 12, date: '2026-11-17T12:00:00+00:00' });

    const read = startShipped(repo.dir, week47, utc);
    const mapper = createMapper([payments, search]);
    const landed = await read.landed;
    assert.deepEqual(landed.map((i) => i.trailerInitiatives), [[]]);
    mapper.prepare(landed);
    const items = await read.items;

    assert.equal(items[0], landed[0]);
    assert.deepEqual(items[0].trailerInitiatives, ['payments-revamp']);
    assert.deepEqual(mapper.map(items).byInitiative.get('payments-revamp'), items);
  });

  it('fails the early items as the items when the branch is missing', async () => {
    const read = startShipped(repo.dir, week47, { branch: 'trunk', timeZone: 'UTC' });
    await assert.rejects(read.landed, /Branch "trunk" does not exist/);
    await assert.rejects(read.items, /Branch "trunk" does not exist/);
  });

  it('maps a merge to both initiatives when its branch names two', async () => {
    repo.branch('shared');
    repo.commit('one', { 'x.txt': '1\n' }, { date: '2026-11-17T09:00:00+00:00', trailers: { Initiative: 'payments-revamp' } });
    repo.commit('two', { 'y.txt': '2\n' }, { date: '2026-11-17T10:00:00+00:00', trailers: { Initiative: 'mobile-onboarding' } });
    repo.commit('three', { 'z.txt': '3\n' }, { date: '2026-11-17T11:00:00+00:00', trailers: { Initiative: 'payments-revamp' } });
    repo.checkout('main');
    repo.mergeNoFf('shared', { pr: 13, date: '2026-11-18T12:00:00+00:00' });

    const [merge] = await readShipped(repo.dir, week47, utc);
    const { byInitiative } = mapShipped([merge], [payments, mobile]);

    assert.deepEqual([...merge.trailerInitiatives].sort(), ['mobile-onboarding', 'payments-revamp']);
    assert.deepEqual([byInitiative.get('payments-revamp')?.length, byInitiative.get('mobile-onboarding')?.length], [1, 1]);
  });

  it('still reads the trailer of a direct commit', async () => {
    repo.commit('Tune retries', { 'lib/retry.ts': 'r\n' }, { date: '2026-11-18T08:00:00+00:00', trailers: { Initiative: 'mobile-onboarding' } });

    const { byInitiative, other } = mapShipped(await readShipped(repo.dir, week47, utc), [payments, mobile]);

    assert.deepEqual([byInitiative.get('mobile-onboarding')?.length, other.length], [1, 0]);
  });

  it('gives each merge only the commits it brought in, not those of an earlier merge', async () => {
    repo.branch('first');
    repo.commit('first work', { 'a.txt': 'a\n' }, { date: '2026-11-16T09:00:00+00:00', trailers: { Initiative: 'payments-revamp' } });
    repo.checkout('main');
    repo.mergeNoFf('first', { pr: 1, date: '2026-11-16T12:00:00+00:00' });
    repo.branch('second', 'first');
    repo.commit('second work', { 'b.txt': 'b\n' }, { date: '2026-11-17T09:00:00+00:00' });
    repo.checkout('main');
    repo.mergeNoFf('second', { pr: 2, date: '2026-11-18T12:00:00+00:00' });

    const items = await readShipped(repo.dir, week47, utc);

    assert.deepEqual(items.map((i) => [i.pr, i.trailerInitiatives]), [[1, ['payments-revamp']], [2, []]]);
  });

  it('keeps the merge commit\'s own trailer beside those of its branch', async () => {
    repo.branch('topic');
    repo.commit('work', { 'a.txt': 'a\n' }, { date: '2026-11-17T09:00:00+00:00', trailers: { Initiative: 'mobile-onboarding' } });
    repo.checkout('main');
    repo.mergeNoFf('topic', { date: '2026-11-17T12:00:00+00:00', trailers: { Initiative: 'payments-revamp' } });

    const [merge] = await readShipped(repo.dir, week47, utc);

    assert.deepEqual(merge.trailerInitiatives, ['payments-revamp', 'mobile-onboarding']);
  });

  it('reads the range itself when no log started beside the window, or it began at another commit', async () => {
    repo.branch('topic');
    repo.commit('work', { 'a.txt': 'a\n' }, { date: '2026-11-17T09:00:00+00:00', trailers: { Initiative: 'payments-revamp' } });
    repo.checkout('main');
    const merge = repo.mergeNoFf('topic', { date: '2026-11-17T12:00:00+00:00' });
    const landed = [{ sha: merge, parents: [repo.git(['rev-parse', 'HEAD^1']), repo.git(['rev-parse', 'HEAD^2'])] }];

    const range = { tip: merge, base: landed[0].parents[0] };
    const early = { base: Promise.resolve('0'.repeat(40)), graph: Promise.resolve(new Map()) };

    const graph = await branchGraphFor(repo.dir, range, early, {});
    const withoutEarly = await branchGraphFor(repo.dir, range, undefined, {});

    assert.deepEqual([...graph.keys()], [merge, landed[0].parents[1]]);
    assert.deepEqual([...branchTrailers(landed, graph)], [[merge, ['payments-revamp']]]);
    assert.deepEqual([...branchTrailers(landed, withoutEarly)], [[merge, ['payments-revamp']]]);
  });

  it('starts the branch log beside the window\'s, down to the last commit before the window', async () => {
    const initial = repo.git(['rev-parse', 'HEAD']);
    repo.branch('topic');
    const work = repo.commit('work', { 'a.txt': 'a\n' }, { date: '2026-11-17T09:00:00+00:00', trailers: { Initiative: 'payments-revamp' } });
    repo.checkout('main');
    const merge = repo.mergeNoFf('topic', { date: '2026-11-17T12:00:00+00:00' });

    const early = startBranchLog(repo.dir, 'main', Date.parse('2026-11-16T00:00:00Z'), {});
    const graph = await branchGraphFor(repo.dir, { tip: merge, base: initial }, early, {});

    assert.equal(await early.base, initial);
    assert.deepEqual([...graph.keys()], [merge, work]);
  });

  it('reads the trailers of a merge in a window of several weeks', async () => {
    repo.branch('topic');
    repo.commit('work', { 'a.txt': 'a\n' }, { date: '2026-11-10T09:00:00+00:00', trailers: { Initiative: 'payments-revamp' } });
    repo.checkout('main');
    repo.mergeNoFf('topic', { date: '2026-11-10T12:00:00+00:00' });
    repo.commit('direct', { 'b.txt': 'b\n' }, { date: '2026-11-17T09:00:00+00:00' });

    const items = await readShipped(repo.dir, { since: '2026-10-01', until: '2026-11-22' }, utc);

    assert.deepEqual(items.map((i) => [i.kind, i.trailerInitiatives]), [['direct', []], ['merge', ['payments-revamp']], ['direct', []]]);
  });

  it('does not read branch trailers of a merge outside the window', async () => {
    repo.branch('old');
    repo.commit('old work', { 'a.txt': 'a\n' }, { date: '2026-11-05T09:00:00+00:00', trailers: { Initiative: 'payments-revamp' } });
    repo.checkout('main');
    repo.mergeNoFf('old', { date: '2026-11-06T12:00:00+00:00' });
    repo.commit('direct', { 'b.txt': 'b\n' }, { date: '2026-11-17T09:00:00+00:00' });

    const items = await readShipped(repo.dir, week47, utc);

    assert.deepEqual(items.map((i) => [i.subject, i.trailerInitiatives]), [['direct', []]]);
  });
});

describe('branchTrailers', () => {
  it('stops at commits the graph does not hold (before the window)', () => {
    const graph = parseCommitGraph('\x1em\x1fa b\x1f\n\x1eb\x1fold\x1fsearch\x1dpayments\n');
    const trailers = branchTrailers([{ sha: 'a', parents: ['old'] }, { sha: 'm', parents: ['a', 'b'] }], graph);
    assert.deepEqual([...trailers], [['m', ['search', 'payments']]]);
  });
});

describe('landedRange', () => {
  const record = (sha: string, parents: string, seconds: number) => `\x1e${sha}\x1f${parents}\x1f${seconds}\x1fDana\x1fsubject\x1f\x1f\x1f\n\0a.txt\0`;
  const log = [record('c3', 'c2', 300), record('m2', 'c1 b1', 200), record('c1', 'c0', 100), record('c0', 'x9', 10)].join('');

  it('runs from the newest landed commit down to the first parent of the oldest', () => {
    assert.deepEqual(landedRange(log, 100_000, 400_000), { tip: 'c3', base: 'c0' });
  });

  it('leaves out the commits outside the window', () => {
    assert.deepEqual(landedRange(log, 150_000, 250_000), { tip: 'm2', base: 'c1' });
  });

  it('is undefined when no commit of the window is a merge', () => {
    assert.equal(landedRange(log, 250_000, 400_000), undefined);
  });

  it('has no base when the oldest landed commit is the first commit', () => {
    assert.deepEqual(landedRange(record('m1', 'r0 b0', 300) + record('r0', '', 100), 0, 400_000), { tip: 'm1' });
  });
});
