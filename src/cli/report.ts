// What the report commands (update, review) share: the as-of date and where the report goes.

import { statSync, type Stats } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { DeliveryError } from '../core/errors';
import { peekConfig, readConfigText } from '../core/reports/planConfig';
import { writeAtomic } from '../core/reports/write';
import {
  AS_OF_OPTION,
  asOfDate,
  formatOption,
  OUT_OPTION,
  UsageError,
  WINDOW_OPTIONS,
  type CommandArgs,
  type OptionSpecs,
} from './args';

/** `--summary FILE`: also append the Markdown report to FILE, e.g. "$GITHUB_STEP_SUMMARY". */
export const SUMMARY_OPTION: OptionSpecs = { summary: { type: 'string' } };

/** A report on a week or a window of days, in Markdown, JSON or Slack text: `update` and `rollup`. */
export const WINDOW_REPORT_OPTIONS: OptionSpecs = {
  ...formatOption('md', 'json', 'slack'),
  ...AS_OF_OPTION,
  ...OUT_OPTION,
  ...SUMMARY_OPTION,
  ...WINDOW_OPTIONS,
};

/** The help lines of --out and --summary, worded alike in every report command; `what` names its output. */
export function outputHelp(what: string): string {
  return `  --out FILE          write to FILE (atomically) instead of stdout
  --summary FILE      also append the ${what} in Markdown to FILE, whatever --format says:
                      --summary "$GITHUB_STEP_SUMMARY" shows it on the GitHub Actions run`;
}

export const AS_OF_HELP = `  --as-of DATE        judge dates as of this day (default: today in config.yaml's time zone)`;

/** `--as-of`, or today in the plan's time zone, read from config.yaml alone (the report loads the plan once, later). */
export function resolveAsOf(args: CommandArgs): string {
  if (typeof args.options['as-of'] === 'string') return args.options['as-of'];
  return asOfDate(args, peekConfig(readConfigText(args.folder)).timezone);
}

/**
 * Refused before any work: an empty --summary (what an unset "$GITHUB_STEP_SUMMARY" gives); an
 * --out or --summary inside a `.delivery/` folder other than its `reviews/`: a report written over
 * (or appended to) a plan file would destroy it, and `.delivery/status/…` is an easy slip for `updates/`;
 * and one that exists but is not a regular file: writing to a pipe waits for a reader that may never come.
 */
export function checkOutputs(args: CommandArgs): void {
  if (args.options.summary === '')
    throw new UsageError(
      '--summary needs a file name (in GitHub Actions: --summary "$GITHUB_STEP_SUMMARY", which only a job sets)',
    );
  for (const option of ['out', 'summary'] as const) {
    const value = args.options[option];
    if (typeof value !== 'string') continue;
    if (inPlanFolder(resolve(value)))
      throw new UsageError(
        `--${option} ${value} is inside a .delivery/ folder, where the plan's own files live: write the report elsewhere (e.g. updates/), or a roadmap review to .delivery/reviews/`,
      );
    const kind = notAFile(resolve(value));
    if (kind) throw new UsageError(`--${option} ${value} is ${kind}, not a regular file: ${INSTEAD[option]}`);
  }
}

const INSTEAD = {
  out: 'give a file to write the report to (a new one is created), or leave out --out to print it',
  summary: 'give a file to append the Markdown to (a new one is created), e.g. "$GITHUB_STEP_SUMMARY"',
} as const;

/** What an existing path that is no regular file is (after links), or undefined for a file or no such path. */
function notAFile(path: string): string | undefined {
  let info: Stats;
  try {
    info = statSync(path);
  } catch {
    // No such path yet, or one that cannot be looked at: left to the write, whose error says why.
    return undefined;
  }
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  return 'a device';
}

/** Whether `path` lies in a `.delivery/` folder but not in its `reviews/`, where written reviews belong. */
function inPlanFolder(path: string): boolean {
  const parts = path.split(sep);
  const at = parts.lastIndexOf('.delivery');
  return at >= 0 && at < parts.length - 1 && !(parts[at + 1] === 'reviews' && at + 2 < parts.length);
}

/**
 * Prints the report (or `text`, another rendering of it) or writes it to `--out`; with
 * `--summary FILE` its Markdown is also appended to FILE, whatever --format says, since a job
 * summary is Markdown and other steps append to the same file.
 */
export async function emit(
  args: CommandArgs,
  report: { json: unknown; markdown: string },
  text?: string,
): Promise<void> {
  const output =
    text ?? (args.options.format === 'json' ? `${JSON.stringify(report.json, null, 2)}\n` : report.markdown);
  const out = args.options.out;
  if (typeof out === 'string') await writeAtomic(resolve(out), output);
  else process.stdout.write(output);
  const summary = args.options.summary;
  if (typeof summary === 'string') await appendSummary(resolve(summary), report.markdown);
}

async function appendSummary(path: string, markdown: string): Promise<void> {
  try {
    await appendFile(path, `${markdown.endsWith('\n') ? markdown : `${markdown}\n`}\n`);
  } catch (error) {
    throw new DeliveryError(
      `Cannot append the summary to ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
