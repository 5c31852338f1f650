import * as assert from 'node:assert/strict';
import { parseSubject } from '../../../src/core/git/subject';

describe('parseSubject', () => {
  it('reads a GitHub merge: PR number and branch without the owner', () => {
    assert.deepEqual(parseSubject('Merge pull request #12 from acme/payments/tokens', 2), {
      kind: 'merge',
      pr: 12,
      branch: 'payments/tokens',
    });
  });

  it('reads "Merge remote-tracking branch" without the remote name', () => {
    assert.deepEqual(parseSubject("Merge remote-tracking branch 'origin/mobile/onboarding'", 2), {
      kind: 'merge',
      branch: 'mobile/onboarding',
    });
  });

  it("reads a GitLab \"Merge branch 'x' into 'main'\"", () => {
    assert.equal(parseSubject("Merge branch 'search-v2' into 'main'", 2).branch, 'search-v2');
  });

  it('takes type and scope from the PR title of a merge', () => {
    const facts = parseSubject('Merge pull request #3 from acme/x', 2, 'feat(search)!: new ranking');
    assert.deepEqual([facts.type, facts.scope], ['feat', 'search']);
  });

  it('does not treat "(#12)" in the middle of a subject as a squash merge', () => {
    assert.deepEqual(parseSubject('Revert (#12) partially', 1), { kind: 'direct' });
  });

  it('reads a conventional commit without scope', () => {
    assert.deepEqual(parseSubject('fix: typo', 1), { kind: 'direct', type: 'fix' });
  });
});
