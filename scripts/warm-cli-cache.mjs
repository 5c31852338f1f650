// Writes dist/cli-main.cache: runs the CLI's commands on the example plan in one process, then
// saves V8's compiled code for them. Reports read git only where the example sits in a checkout;
// elsewhere they stop at that error, and the cache holds what ran until then.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { warmCodeCache } = require('../dist/cli.js');
const plan = fileURLToPath(new URL('../examples/acme', import.meta.url));
const asOf = ['--as-of', '2026-11-25'];

const runs = [['lint', plan, ...asOf]];
for (const format of ['md', 'json']) {
  runs.push(['update', plan, '--week', '2026-W47', '--format', format, ...asOf]);
  runs.push(['review', plan, '--quarter', '2026-Q4', '--format', format, ...asOf]);
  runs.push(['review', plan, '--roadmap', '--format', format, ...asOf]);
}
await warmCodeCache(runs);
