// Loads the CLI's bundle with V8's code cache, written by the build after a warm-up run, so a
// short command does not spend its first tens of milliseconds compiling the same functions again.
// The cache is used only when its header names the exact source and payload it was made for:
// V8 itself checks the source's length alone, and a stale cache would run old code.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

export type CacheUse = 'used' | 'missing' | 'stale' | 'rejected';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** What became of the cache file: V8 may still reject a matching one (another Node version or flags). */
  cache: CacheUse;
  script: Script;
  source: string;
}

const MAGIC = 'delivery-rhythm-code-cache-1';
// The same wrapper Node gives a CommonJS file, so the bundle runs as it would under require().
const HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const TAIL = '\n});';

export function cachePath(bundle: string): string {
  return bundle.replace(/\.js$/, '') + '.cache';
}

/** Compiles and runs `bundle` as a CommonJS module, with its code cache when one matches. */
export function loadBundle(bundle: string): LoadedBundle {
  const source = HEAD + readFileSync(bundle, 'utf8').replace(/^#!.*/, '') + TAIL;
  const found = readCache(cachePath(bundle), source);
  const script = new Script(source, { filename: bundle, ...(found.data ? { cachedData: found.data } : {}) });
  const cache: CacheUse = found.data ? (script.cachedDataRejected ? 'rejected' : 'used') : found.use;
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { exports: module.exports, cache, script, source };
}

/** Writes the cache of a bundle loaded and run by `loadBundle`: the functions compiled so far go in. */
export function writeCodeCache(bundle: string, loaded: LoadedBundle): void {
  const data = loaded.script.createCachedData();
  const file = cachePath(bundle);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, Buffer.concat([Buffer.from(`${header(loaded.source, data)}\n`), data]));
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function header(source: string, data: Buffer): string {
  return `${MAGIC} ${sha256(source)} ${sha256(data)}`;
}

function readCache(file: string, source: string): { data?: Buffer; use: CacheUse } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { use: 'missing' };
  }
  const newline = bytes.indexOf(10);
  const data = newline === -1 ? Buffer.alloc(0) : bytes.subarray(newline + 1);
  const matches = newline !== -1 && bytes.toString('latin1', 0, newline) === header(source, data);
  return matches ? { data, use: 'used' } : { use: 'stale' };
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
