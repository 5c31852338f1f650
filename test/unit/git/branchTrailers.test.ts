import * as assert from 'node:assert/strict';
import {
  branchLogFormat,
  branchTrailers,
  parseCommitGraph,
  readCommitGraph,
} from '../../../src/core/git/branchTrailers';
import { landedRange } from '../../../src/core/git/shippedLog';
import { readShipped } from '../../../src/core/git/shipped';
import { mapShipped } from '../../../src/core/mapping';
import { GitRepo } from '../../helpers/gitRepo';
import { initiative } from '../reports/build';

const week47 = { since: '2026-11-16', until: '2026-11-22' };
const utc = { branch: 'main', timeZone: 'UTC' };
const payments = initiative({
  id: 'payments-revamp',
  match: { paths: ['services/payments/**'], branches: [], scopes: [], keywords: [] },
});
const mobile = initiative({
  id: 'mobile-onboarding',
  match: { paths: ['apps/mobile/**'], branches: [], scopes: [], keywords: [] },
});
const search = initiative({
  id: 'search',
  match: { paths: ['services/search/**'], branches: [], scopes: [], keywords: [] },
});

describe('Initiative trailers on merged branches', () => {
  let repo: GitRepo;

  beforeEach(() => {
    repo = GitRepo.create();
    repo.commit('chore: initial', { 'README.md': 'hello\n' }, { date: '2026-11-02T10:00:00+00:00' });
  });
  afterEach(() => repo.remove());

  it('maps a merge exclusively to the initiative its branch commit names', async () => {
    repo.branch('search/speed');
    repo.commit(
      'Speed up search',
      { 'services/search/a.ts': 'a\n' },
      { date: '2026-11-12T09:00:00+00:00', trailers: { Initiative: 'payments-revamp' } },
    );
    repo.checkout('main');
    repo.mergeNoFf('search/speed', { pr: 12, date: '2026-11-17T12:00:00+00:00' });

    const items = await readShipped(repo.dir, week47, utc);
    const { byInitiative, other } = mapShipped(items, [payments, search]);

    assert.deepEqual(
      items.map((i) => [i.kind, i.pr, i.trailerInitiatives]),
      [['merge', 12, ['payments-revamp']]],
    );
    assert.deepEqual(
      [byInitiative.get('payments-revamp')?.length, byInitiative.get('search')?.length, other.length],
      [1, 0, 0],
    );
  });

  it('maps a merge to both initiatives when its branch names two', async () => {
    repo.branch('shared');
    repo.commit(
      'one',
      { 'x.txt': '1\n' },
      { date: '2026-11-17T09:00:00+00:00', trailers: { Initiative: 'payments-revamp' } },
    );
    repo.commit(
      'two',
      { 'y.txt': '2\n' },
      { date: '2026-11-17T10:00:00+00:00', trailers: { Initiative: 'mobile-onboarding' } },
    );
    repo.commit(
      'three',
      { 'z.txt': '3\n' },
      { date: '2026-11-17T11:00:00+00:00', trailers: { Initiative: 'payments-revamp' } },
    );
    repo.checkout('main');
    repo.mergeNoFf('shared', { pr: 13, date: '2026-11-18T12:00:00+00:00' });

    const [merge] = await readShipped(repo.dir, week47, utc);
    const { byInitiative } = mapShipped([merge], [payments, mobile]);

    assert.deepEqual([...merge.trailerInitiatives].sort(), ['mobile-onboarding', 'payments-revamp']);
    assert.deepEqual(
      [byInitiative.get('payments-revamp')?.length, byInitiative.get('mobile-onboarding')?.length],
      [1, 1],
    );
  });

  it('still reads the trailer of a direct commit', async () => {
    repo.commit(
      'Tune retries',
      { 'lib/retry.ts': 'r\n' },
      { date: '2026-11-18T08:00:00+00:00', trailers: { Initiative: 'mobile-onboarding' } },
    );

    const { byInitiative, other } = mapShipped(await readShipped(repo.dir, week47, utc), [payments, mobile]);

    assert.deepEqual([byInitiative.get('mobile-onboarding')?.length, other.length], [1, 0]);
  });

  it('gives each merge only the commits it brought in, not those of an earlier merge', async () => {
    repo.branch('first');
    repo.commit(
      'first work',
      { 'a.txt': 'a\n' },
      { date: '2026-11-16T09:00:00+00:00', trailers: { Initiative: 'payments-revamp' } },
    );
    repo.checkout('main');
    repo.mergeNoFf('first', { pr: 1, date: '2026-11-16T12:00:00+00:00' });
    repo.branch('second', 'first');
    repo.commit('second work', { 'b.txt': 'b\n' }, { date: '2026-11-17T09:00:00+00:00' });
    repo.checkout('main');
    repo.mergeNoFf('second', { pr: 2, date: '2026-11-18T12:00:00+00:00' });

    const items = await readShipped(repo.dir, week47, utc);

    assert.deepEqual(
      items.map((i) => [i.pr, i.trailerInitiatives]),
      [
        [1, ['payments-revamp']],
        [2, []],
      ],
    );
  });

  it("keeps the merge commit's own trailer beside those of its branch", async () => {
    repo.branch('topic');
    repo.commit(
      'work',
      { 'a.txt': 'a\n' },
      { date: '2026-11-17T09:00:00+00:00', trailers: { Initiative: 'mobile-onboarding' } },
    );
    repo.checkout('main');
    repo.mergeNoFf('topic', { date: '2026-11-17T12:00:00+00:00', trailers: { Initiative: 'payments-revamp' } });

    const [merge] = await readShipped(repo.dir, week47, utc);

    assert.deepEqual(merge.trailerInitiatives, ['payments-revamp', 'mobile-onboarding']);
  });

  it('reads the graph of the range the merge spans, with the trailers of its branch', async () => {
    repo.branch('topic');
    repo.commit(
      'work',
      { 'a.txt': 'a\n' },
      { date: '2026-11-17T09:00:00+00:00', trailers: { Initiative: 'payments-revamp' } },
    );
    repo.checkout('main');
    const merge = repo.mergeNoFf('topic', { date: '2026-11-17T12:00:00+00:00' });
    const landed = [{ sha: merge, parents: [repo.git(['rev-parse', 'HEAD^1']), repo.git(['rev-parse', 'HEAD^2'])] }];

    const graph = await readCommitGraph(repo.dir, { tip: merge, base: landed[0].parents[0] }, {});

    assert.deepEqual([...graph.keys()], [merge, landed[0].parents[1]]);
    assert.deepEqual([...branchTrailers(landed, graph)], [[merge, ['payments-revamp']]]);
  });

  it('reads the trailers of a merge in a window of several weeks', async () => {
    repo.branch('topic');
    repo.commit(
      'work',
      { 'a.txt': 'a\n' },
      { date: '2026-11-10T09:00:00+00:00', trailers: { Initiative: 'payments-revamp' } },
    );
    repo.checkout('main');
    repo.mergeNoFf('topic', { date: '2026-11-10T12:00:00+00:00' });
    repo.commit('direct', { 'b.txt': 'b\n' }, { date: '2026-11-17T09:00:00+00:00' });

    const items = await readShipped(repo.dir, { since: '2026-10-01', until: '2026-11-22' }, utc);

    assert.deepEqual(
      items.map((i) => [i.kind, i.trailerInitiatives]),
      [
        ['direct', []],
        ['merge', ['payments-revamp']],
        ['direct', []],
      ],
    );
  });

  it('does not read branch trailers of a merge outside the window', async () => {
    repo.branch('old');
    repo.commit(
      'old work',
      { 'a.txt': 'a\n' },
      { date: '2026-11-05T09:00:00+00:00', trailers: { Initiative: 'payments-revamp' } },
    );
    repo.checkout('main');
    repo.mergeNoFf('old', { date: '2026-11-06T12:00:00+00:00' });
    repo.commit('direct', { 'b.txt': 'b\n' }, { date: '2026-11-17T09:00:00+00:00' });

    const items = await readShipped(repo.dir, week47, utc);

    assert.deepEqual(
      items.map((i) => [i.subject, i.trailerInitiatives]),
      [['direct', []]],
    );
  });
});

describe('branchTrailers', () => {
  it('stops at commits the graph does not hold (before the window)', () => {
    const format = branchLogFormat('feedbeef');
    const record = (...fields: string[]) => `\x1efeedbeefr${fields.map((field) => `${field}\x1ffeedbeeff`).join('')}\n`;
    const graph = parseCommitGraph(record('m', 'a b', '') + record('b', 'old', 'search\x1dfeedbeeflpayments'), format);
    const trailers = branchTrailers(
      [
        { sha: 'a', parents: ['old'] },
        { sha: 'm', parents: ['a', 'b'] },
      ],
      graph,
    );
    assert.deepEqual([...trailers], [['m', ['search', 'payments']]]);
  });
});

describe('landedRange', () => {
  const commit = (sha: string, ...parents: string[]) => ({ sha, parents });

  it('runs from the newest landed commit down to the first parent of the oldest', () => {
    assert.deepEqual(landedRange([commit('c1', 'c0'), commit('m2', 'c1', 'b1'), commit('c3', 'm2')]), {
      tip: 'c3',
      base: 'c0',
    });
  });

  it('is undefined when no landed commit is a merge', () => {
    assert.equal(landedRange([commit('c1', 'c0'), commit('c3', 'c1')]), undefined);
  });

  it('has no base when the oldest landed commit is the first commit', () => {
    assert.deepEqual(landedRange([commit('r0'), commit('m1', 'r0', 'b0')]), { tip: 'm1' });
  });
});
