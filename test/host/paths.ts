// Where the project and its installed test host live, wherever the compiled file runs from.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';

/** The folder of the project's package.json (found by walking up from this file). */
export function projectRoot(): string {
  let dir = __dirname;
  while (dirname(dir) !== dir) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'delivery-rhythm') return dir;
    dir = dirname(dir);
  }
  throw new Error(`No delivery-rhythm package.json above ${__dirname}.`);
}

export function codeServerBin(): string {
  const bin = join(projectRoot(), '.vscode-test', 'code-server', 'node_modules', '.bin', 'code-server');
  if (!existsSync(bin)) {
    throw new Error(`code-server is not installed (${bin} missing). Run: bash scripts/install-code-server.sh`);
  }
  return bin;
}

/** The mocha package folder the test-host extension loads (the extension host has no node_modules). */
export function mochaPath(): string {
  return dirname(require.resolve('mocha/package.json', { paths: [projectRoot()] }));
}

export const CHROMIUM = '/usr/bin/chromium';
