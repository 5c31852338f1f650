import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('is built for the CLI with the bundle, and V8 takes it', function () {
    const main = resolve(__dirname, '../../../../dist/cli-main.js');
    if (!existsSync(main)) this.skip();
    assert.equal(loadBundle(main).cache, 'used');
  });
});
