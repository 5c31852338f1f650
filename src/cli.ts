// `delivery-rhythm`: the command-line adapter over the same core as the extension. This file
// stays small: it loads the commands' bundle (cli-main.js) through V8's code cache and runs them.
import { join } from 'node:path';
import { loadBundle, writeCodeCache } from './cli/codeCache';

type Main = (argv: string[]) => Promise<number>;

const BUNDLE = join(__dirname, 'cli-main.js');

/** Runs each argument list in turn in one process, then writes the code cache: the build's warm-up. */
export async function warmCodeCache(runs: string[][]): Promise<void> {
  const loaded = loadBundle(BUNDLE);
  for (const argv of runs) await (loaded.exports.main as Main)(argv);
  writeCodeCache(BUNDLE, loaded);
}

if (require.main === module) {
  // The YAML parser reads process.env once per token; a plain copy makes that lookup cheap.
  process.env = { ...process.env };
  const main = loadBundle(BUNDLE).exports.main as Main;
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
