import * as assert from 'node:assert/strict';
import { gitAvailability } from '../../../src/core/git/available';
import { readGit } from '../../../src/core/git/run';
import { CancelledError, isCancellation } from '../../../src/core/errors';
import { GitRepo } from '../../helpers/gitRepo';

describe('gitAvailability', () => {
  it('is ok for a repository with commits', async () => {
    const repo = GitRepo.create();
    repo.commit('a', { a: '1' });
    assert.deepEqual(await gitAvailability(repo.dir), { ok: true });
    repo.remove();
  });

  it('gives the reason for a repository without commits', async () => {
    const repo = GitRepo.create();
    assert.deepEqual(await gitAvailability(repo.dir), { ok: false, reason: 'The repository has no commits yet.' });
    repo.remove();
  });
});

describe('git itself missing or stopped', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.create();
    repo.commit('a', { a: '1' });
  });
  after(() => repo.remove());

  it('says git is not installed when it is not on the PATH', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      assert.deepEqual(await gitAvailability(repo.dir), { ok: false, reason: 'git is not installed or not on the PATH.' });
    } finally {
      process.env.PATH = path;
    }
  });

  it('says reading was cancelled when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    assert.deepEqual(await gitAvailability(repo.dir, { signal: controller.signal }), { ok: false, reason: 'Reading git was cancelled.' });
  });

  it('rejects a cancelled read with a CancelledError, which callers do not report as a failure', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await readGit(repo.dir, ['log', '-1'], { signal: controller.signal }).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof CancelledError);
    assert.ok(isCancellation(error));
    assert.ok(!isCancellation(new Error('git failed')));
  });
});

describe('readGit', () => {
  it('refuses commands that could write', async () => {
    await assert.rejects(readGit('.', ['commit', '-m', 'x']), /only read-only commands/);
    await assert.rejects(readGit('.', ['config', 'user.name', 'x']), /only read-only commands/);
  });
});
