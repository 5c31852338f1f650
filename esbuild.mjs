// One build script: the extension, the CLI and the webview bundles, plus a plain
// per-file transpile of sources and tests into out/ for mocha and the benchmarks.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const tests = args.has('--tests');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // yaml's ES module build: its CommonJS build reads process.env on every token, ~17% of a parse.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
};

const bundles = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    entryPoints: ['webview/main.ts'],
    outfile: 'dist/webview/main.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
].filter((options) => existsSync(options.entryPoints[0]));

function listTs(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : listTs(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

// Tests import modules one by one (no bundling), so a test can load src/core without vscode.
function testBuild() {
  return {
    entryPoints: ['src', 'test', 'bench'].flatMap(listTs).filter((p) => !p.startsWith('webview')),
    outdir: 'out',
    outbase: '.',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  };
}

async function main() {
  if (tests) {
    // A fresh out/ each time, so a deleted test or source cannot linger and still run.
    rmSync('out', { recursive: true, force: true });
    await esbuild.build(testBuild());
    return;
  }
  // A fresh dist/ each time, so a file an earlier build wrote cannot linger and be packaged.
  rmSync('dist', { recursive: true, force: true });
  if (watch) {
    const contexts = await Promise.all(bundles.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[watch] build started');
    return;
  }
  await Promise.all(bundles.map((b) => esbuild.build(b)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
