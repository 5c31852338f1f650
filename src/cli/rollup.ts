// `delivery-rhythm rollup <folder | update.json>… [--week W | --since D --until D] [--format md|json|slack] [--out FILE] [--summary FILE] [--as-of D]`

import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { clockFromEnv } from '../core/clock';
import { describeError as describe } from '../core/errors';
import { peekConfig, readConfigText } from '../core/reports/planConfig';
import { generateWeeklyUpdate } from '../core/reports/generate';
import { MAX_UPDATE_BYTES, readUpdateJson } from '../core/rollup/input';
import { buildRollup, type MissingTeam, type TeamUpdate } from '../core/rollup/rollup';
import { rollupMarkdown } from '../core/rollup/rollupMarkdown';
import { rollupSlack } from '../core/rollup/rollupSlack';
import { EXIT_OK, runCommand, UsageError } from './args';
import { checkOutputs, emit, outputHelp, WINDOW_REPORT_OPTIONS } from './report';
import { SUMMARIES } from './summaries';

const USAGE = `Usage: delivery-rhythm rollup <folder | update.json>... [--week 2026-W47 | --since DATE --until DATE] [--format md|json|slack] [--out FILE] [--summary FILE] [--as-of DATE]

${SUMMARIES.rollup}.

  folder              a workspace folder that holds .delivery/: its weekly update is generated here
  update.json         a file written by 'delivery-rhythm update --format json' (a team's CI artifact)
  --week W            the ISO week (default: the window of the first update file, else the week of --as-of)
  --since, --until    a window of calendar days instead of a week, both inclusive
  --format md|json|slack
                      md: Markdown for the director (default); json: the roll-up as data;
                      slack: Slack mrkdwn to paste into a channel
${outputHelp('roll-up')}
  --as-of DATE        judge dates as of this day (default: today; update files alone: their latest own);
                      a window that ends earlier is told as of its last day, as each team's update is
  -h, --help          show this help

Every input must cover the same window. A file that cannot be read (too large, not JSON, not an
update of this version) is named on stderr and in the roll-up as missing; the others are rolled up.

Exit status: 0 written, 2 bad usage, inputs of different windows, or no input readable.
`;

const TOO_LARGE = `larger than ${MAX_UPDATE_BYTES / 1024 / 1024} MiB, which no weekly update is`;

/**
 * An update file, read only when it is a regular file whose size says it can be one: a pipe would
 * wait forever and a device (a link to /dev/zero among a team's artifacts) never ends. The read
 * stops past the limit too, for a file that grows or reports no size.
 */
async function readFileInput(path: string, source: string): Promise<TeamUpdate | MissingTeam> {
  const info = await stat(path);
  if (!info.isFile()) return { source, reason: 'not a regular file (a device, a pipe or a socket), so not read' };
  if (info.size > MAX_UPDATE_BYTES) return { source, reason: TOO_LARGE };
  // Room for the size stat gave and one byte more: a byte past it means the file grew while it was read.
  const bytes = await readAtMost(path, info.size + 1);
  if (bytes.length > info.size) return { source, reason: 'it grew while it was read: run the roll-up again' };
  const read = readUpdateJson(bytes.toString('utf8'));
  return read.ok ? { source, update: read.value } : { source, reason: read.reason };
}

async function readAtMost(path: string, limit: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    // Only the bytes read are returned, so the buffer need not be zeroed first.
    const buffer = Buffer.allocUnsafe(limit);
    let length = 0;
    while (length < limit) {
      const { bytesRead } = await file.read(buffer, length, limit - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await file.close();
  }
}

const isMissing = (input: TeamUpdate | MissingTeam): input is MissingTeam => 'reason' in input;

export function run(argv: string[]): Promise<number> {
  return runCommand(
    'rollup',
    argv,
    WINDOW_REPORT_OPTIONS,
    USAGE,
    async (args) => {
      if (args.inputs.length === 0) throw new UsageError('name at least one team folder or update JSON file');
      checkOutputs(args);
      const text = (key: string) => (typeof args.options[key] === 'string' ? (args.options[key] as string) : undefined);
      const isFolder = await Promise.all(
        args.inputs.map(async (input) => (await stat(resolve(input)).catch(() => undefined))?.isDirectory() === true),
      );
      const files: (TeamUpdate | MissingTeam)[] = [];
      for (const [i, input] of args.inputs.entries()) {
        if (isFolder[i]) continue;
        files.push(
          await readFileInput(resolve(input), input).catch((error) => ({ source: input, reason: describe(error) })),
        );
      }
      const read = files.filter((f): f is TeamUpdate => !isMissing(f));
      // Folders are told for the window asked, else the one the teams' files already tell.
      const window =
        text('week') || text('since') || text('until')
          ? { week: text('week'), since: text('since'), until: text('until') }
          : read[0]
            ? {
                since: read[0].update.window.since,
                until: read[0].update.window.until,
                week: read[0].update.window.week ?? undefined,
              }
            : {};
      const folders = args.inputs.filter((_, i) => isFolder[i]);
      // A folder is read on the day asked (today by default), so a past week comes from its plan as it stood
      // then, never from the working tree; update files alone are told on their own latest day, needing no clock.
      const latestFile =
        folders.length === 0
          ? read
              .map((f) => f.update.asOf)
              .sort()
              .at(-1)
          : undefined;
      const asOf =
        text('as-of') ??
        latestFile ??
        clockFromEnv(process.env).today(peekConfig(readConfigText(resolve(folders[0] ?? '.'))).timezone);
      const generated: (TeamUpdate | MissingTeam)[] = [];
      for (const folder of folders) {
        const options = {
          ...(window.week ? { week: window.week } : { since: window.since, until: window.until }),
          asOf,
          useGit: true,
        };
        generated.push(
          await generateWeeklyUpdate(resolve(folder), options)
            .then((report) => ({ source: folder, update: report.json }))
            .catch((error) => ({ source: folder, reason: describe(error) })),
        );
      }
      const all = [...generated, ...files];
      const missing = all.filter(isMissing);
      for (const m of missing) process.stderr.write(`delivery-rhythm rollup: ${m.source} is left out: ${m.reason}\n`);
      const teams = all.filter((input): input is TeamUpdate => !isMissing(input));
      if (window.week || window.since) {
        const asked = teams.find((t) =>
          window.week
            ? t.update.window.week !== window.week
            : t.update.window.since !== window.since || t.update.window.until !== window.until,
        );
        if (asked)
          throw new UsageError(
            `${asked.source} covers ${asked.update.window.since} to ${asked.update.window.until}, not the window asked for`,
          );
      }
      const rollup = buildRollup(teams, missing, asOf);
      await emit(
        args,
        { json: rollup, markdown: rollupMarkdown(rollup) },
        args.options.format === 'slack' ? rollupSlack(rollup) : undefined,
      );
      return EXIT_OK;
    },
    true,
  );
}
