import * as assert from 'node:assert/strict';
import { assertBranchReadable, gitAvailability } from '../../../src/core/git/available';
import { readGit } from '../../../src/core/git/run';
import {
  CancelledError,
  GitError,
  GitErrorReason,
  GitUnavailableError,
  isCancellation,
} from '../../../src/core/errors';
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
      assert.deepEqual(await gitAvailability(repo.dir), {
        ok: false,
        reason: 'git is not installed or not on the PATH.',
      });
    } finally {
      process.env.PATH = path;
    }
  });

  it('says reading was cancelled when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    assert.deepEqual(await gitAvailability(repo.dir, { signal: controller.signal }), {
      ok: false,
      reason: 'Reading git was cancelled.',
    });
  });

  it('rejects a cancelled read with a CancelledError, which callers do not report as a failure', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await readGit(repo.dir, ['log', '-1'], { signal: controller.signal }).then(
      () => undefined,
      (e: unknown) => e,
    );
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

describe('git errors carry a typed reason', () => {
  const reasonOf = (error: unknown) => (error instanceof GitError ? error.reason : `not a GitError: ${String(error)}`);
  let repo: GitRepo;
  beforeEach(() => (repo = GitRepo.create()));
  afterEach(() => repo.remove());

  it('names no commits, then a missing branch, each by its reason', async () => {
    const empty = await assertBranchReadable(repo.dir, 'main').then(
      () => undefined,
      (e: unknown) => e,
    );
    repo.commit('a', { a: '1' });
    const missing = await assertBranchReadable(repo.dir, 'trunk').then(
      () => undefined,
      (e: unknown) => e,
    );

    assert.deepEqual([reasonOf(empty), reasonOf(missing)], [GitErrorReason.NoCommits, GitErrorReason.MissingBranch]);
    assert.ok(empty instanceof GitUnavailableError && !(missing instanceof GitUnavailableError));
  });

  it('stops at a missing git instead of checking step by step', async () => {
    repo.commit('a', { a: '1' });
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const error = await assertBranchReadable(repo.dir, 'main').then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.equal(reasonOf(error), GitErrorReason.NotInstalled);
    } finally {
      process.env.PATH = path;
    }
  });

  it('gives a failed command the reason failed, whatever git printed', async () => {
    repo.commit('a', { a: '1' });
    const error = await readGit(repo.dir, ['log', '--not-an-option']).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.equal(reasonOf(error), GitErrorReason.Failed);
  });
});
