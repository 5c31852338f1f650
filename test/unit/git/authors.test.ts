import * as assert from 'node:assert/strict';
import { recentAuthors } from '../../../src/core/git/authors';
import { GitRepo } from '../../helpers/gitRepo';

describe('recentAuthors', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.create();
    repo.commit('a', { a: '1' }, { author: { name: 'Lee Park', email: 'lee@acme.io' } });
    repo.commit('b', { b: '1' }, { author: { name: 'Dana Kim', email: 'dana@acme.io' } });
    repo.commit('c', { c: '1' }, { author: { name: 'Lee Park', email: 'lee@acme.io' } });
    repo.commit('d', { d: '1' }, { author: { name: 'Sam Ode', email: 'sam@acme.io' } });
  });
  after(() => repo.remove());

  it('lists distinct authors, most recent first, up to the limit', async () => {
    assert.deepEqual(await recentAuthors(repo.dir, 2), [
      { name: 'Sam Ode', email: 'sam@acme.io' },
      { name: 'Lee Park', email: 'lee@acme.io' },
    ]);
  });

  it('is empty for a repository without commits', async () => {
    const empty = GitRepo.create();
    assert.deepEqual(await recentAuthors(empty.dir, 5), []);
    empty.remove();
  });
});
