import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreflight } from '../../../src/core/git/preflight';
import { GitRepo, makeShallowClone } from '../../helpers/gitRepo';

describe('preflight: HEAD and the branch check in one rev-parse', () => {
  let repo: GitRepo;
  let head: string;

  beforeEach(() => {
    repo = GitRepo.create();
    head = repo.commit('one', { 'a.txt': '1\n' }, { date: '2026-11-02T10:00:00+00:00' });
  });
  afterEach(() => repo.remove());

  it('gives HEAD and the object format, and passes a branch that exists', async () => {
    const preflight = startPreflight(repo.dir, 'main');

    assert.deepEqual(await preflight.head, { sha: head, objectFormat: 'sha1' });
    await preflight.branchReadable;
  });

  it('still gives HEAD when the branch is missing, and names the branch to fix', async () => {
    const preflight = startPreflight(repo.dir, 'trunk');

    assert.deepEqual(await preflight.head, { sha: head, objectFormat: 'sha1' });
    await assert.rejects(preflight.branchReadable, /Branch "trunk" does not exist/);
  });

  it('gives HEAD when the branch is not the one checked out', async () => {
    repo.git(['checkout', '-q', '-b', 'topic']);
    const tip = repo.commit('two', { 'a.txt': '2\n' }, { date: '2026-11-03T10:00:00+00:00' });

    assert.equal((await startPreflight(repo.dir, 'main').head)?.sha, tip);
  });

  it('refuses a branch name that could be read as an option', () => {
    assert.throws(() => startPreflight(repo.dir, '--output=x'), /not a valid branch name/);
  });
});

describe('preflight outside a usable repository', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dr-preflight-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives no HEAD and says the repository has no commits', async () => {
    GitRepo.create('main', dir);
    const preflight = startPreflight(dir, 'main');

    assert.equal(await preflight.head, undefined);
    await assert.rejects(preflight.branchReadable, /no commits yet/);
  });

  it('says the clone is shallow', async () => {
    const shallow = makeShallowClone(dir);
    await assert.rejects(startPreflight(shallow.clone, 'main').branchReadable, /shallow clone/);
    shallow.remove();
  });
});
