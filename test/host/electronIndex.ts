// The `extensionTestsPath` module for @vscode/test-electron: runs the compiled mocha suite
// named by DELIVERY_TEST_SUITE inside VS Code desktop's extension host.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

function listTests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) return listTests(file);
    return entry.name.endsWith('.test.js') ? [file] : [];
  });
}

export function run(): Promise<void> {
  const suite = process.env.DELIVERY_TEST_SUITE;
  if (!suite)
    return Promise.reject(new Error('DELIVERY_TEST_SUITE is not set: name a folder of compiled *.test.js files.'));
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: true });
  for (const file of listTests(suite).sort()) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed.`)) : resolve()));
  });
}
