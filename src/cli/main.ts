// The command table of `delivery-rhythm`: `src/cli.ts` loads this bundle and calls `main`.

import { didYouMean } from '../core/parse/suggest';
import { EXIT_USAGE } from './args';
import { SUMMARIES } from './summaries';

interface Command {
  summary: string;
  /** Loaded on demand so one command's dependencies never slow another. */
  load: () => Promise<{ run(argv: string[]): Promise<number> }>;
}

const COMMANDS: Record<string, Command> = {
  lint: { summary: SUMMARIES.lint, load: () => import('./lint') },
  update: { summary: SUMMARIES.update, load: () => import('./update') },
  review: { summary: SUMMARIES.review, load: () => import('./review') },
  rollup: { summary: SUMMARIES.rollup, load: () => import('./rollup') },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return `Usage: delivery-rhythm <command> [folder] [options]

Commands:
${lines.join('\n')}

Every command takes --as-of YYYY-MM-DD and --help. Run 'delivery-rhythm <command> --help' for details.
`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return 0;
  }
  const command = name === undefined ? undefined : Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const problem =
      name === undefined ? 'no command given' : `unknown command '${name}'${didYouMean(name, Object.keys(COMMANDS))}`;
    process.stderr.write(`delivery-rhythm: ${problem}\n\n${usage()}`);
    return EXIT_USAGE;
  }
  return (await command.load()).run(rest);
}
