import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cachePath, loadBundle, writeCodeCache } from '../../../src/cli/codeCache';

describe('the CLI code cache', () => {
  let dir: string;
  let bundle: string;
  // Two bundles of the same length: V8 alone would take one's cache for the other.
  const ANSWER = (n: number) => `#!/usr/bin/env node\nexports.answer = function () { return ${n}; };\nexports.file = __filename;\n`;

  const warm = (): void => {
    const loaded = loadBundle(bundle);
    (loaded.exports.answer as () => number)();
    writeCodeCache(bundle, loaded);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'delivery-code-cache-'));
    bundle = join(dir, 'cli-main.js');
    writeFileSync(bundle, ANSWER(41));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the bundle as a CommonJS module without a cache', () => {
    const loaded = loadBundle(bundle);
    assert.equal(loaded.cache, 'missing');
    assert.equal((loaded.exports.answer as () => number)(), 41);
    assert.equal(loaded.exports.file, bundle);
  });

  it('uses the cache written after a run of the same bundle', () => {
    warm();
    assert.ok(existsSync(cachePath(bundle)));
    const loaded = loadBundle(bundle);
    assert.equal(loaded.cache, 'used');
    assert.equal((loaded.exports.answer as () => number)(), 41);
  });

  it('ignores the cache of another bundle of the same length, and runs the new code', () => {
    warm();
    writeFileSync(bundle, ANSWER(42));
    const loaded = loadBundle(bundle);
    assert.equal(loaded.cache, 'stale');
    assert.equal((loaded.exports.answer as () => number)(), 42);
  });

  it('ignores a cache whose compiled code was damaged', () => {
    warm();
    const bytes = readFileSync(cachePath(bundle));
    bytes[bytes.length - 8] ^= 0xff;
    writeFileSync(cachePath(bundle), bytes);
    const loaded = loadBundle(bundle);
    assert.equal(loaded.cache, 'stale');
    assert.equal((loaded.exports.answer as () => number)(), 41);
  });

  it('ignores a cache file that is not one', () => {
    writeFileSync(cachePath(bundle), 'not a cache');
    assert.equal(loadBundle(bundle).cache, 'stale');
  });

  describe('in the built CLI', () => {
    const dist = resolve(__dirname, '../../../../dist');
    const run = (cli: string) => spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    before(function () {
      if (!existsSync(join(dist, 'cli-main.js'))) this.skip();
    });

    it('is built with the bundle, and V8 takes it', () => {
      assert.equal(loadBundle(join(dist, 'cli-main.js')).cache, 'used');
    });

    it('runs without its cache', () => {
      for (const file of ['cli.js', 'cli-main.js']) copyFileSync(join(dist, file), join(dir, file));
      const result = run(join(dir, 'cli.js'));
      assert.equal(result.status, 0);
      assert.match(result.stdout, /^Usage: delivery-rhythm <command>/);
    });

    it('says what to do when its commands are missing', () => {
      copyFileSync(join(dist, 'cli.js'), join(dir, 'cli.js'));
      rmSync(bundle);
      const result = run(join(dir, 'cli.js'));
      assert.equal(result.status, 2);
      assert.match(result.stderr, /cannot load its commands from .*cli-main\.js .*Reinstall or rebuild the package/);
    });
  });
});
