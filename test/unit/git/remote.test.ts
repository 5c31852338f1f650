import * as assert from 'node:assert/strict';
import { parseRemote, pullRequestUrl } from '../../../src/core/git/remote';

describe('origin remote links', () => {
  it('drops credentials and .git from an https GitHub URL', () => {
    assert.deepEqual(parseRemote('https://user:token@github.com/acme/shop.git'), {
      host: 'github',
      base: 'https://github.com/acme/shop',
    });
  });

  it('reads an scp-style GitHub URL', () => {
    assert.equal(parseRemote('git@github.com:acme/shop.git')?.base, 'https://github.com/acme/shop');
  });

  it('links GitLab merge requests, with subgroups', () => {
    const links = parseRemote('ssh://git@gitlab.example.com:2222/group/sub/app.git');
    assert.equal(pullRequestUrl(links, 7), 'https://gitlab.example.com/group/sub/app/-/merge_requests/7');
  });

  it('links nothing for an unknown host or a local path', () => {
    assert.equal(parseRemote('https://git.example.com/a/b.git'), undefined);
    assert.equal(parseRemote('/srv/repos/app.git'), undefined);
  });
});
