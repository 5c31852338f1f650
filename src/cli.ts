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

function loadMain(): Main | undefined {
  try {
    return loadBundle(BUNDLE).exports.main as Main;
  } catch (error) {
    process.stderr.write(`delivery-rhythm: cannot load its commands from ${BUNDLE} (${error instanceof Error ? error.message : String(error)}). Reinstall or rebuild the package.\n`);
    return undefined;
  }
}

if (require.main === module) {
  // The YAML parser reads process.env once per token; a plain copy makes that lookup cheap.
  process.env = { ...process.env };
  const main = loadMain();
  if (main) {
    main(process.argv.slice(2)).then((code) => {
      process.exitCode = code;
    });
  } else {
    process.exitCode = 2;
  }
}
