// `delivery-rhythm update [folder] [--week W | --since D --until D] [--format md|json|slack] [--out FILE] [--summary FILE] [--as-of D]`

import { generateWeeklyUpdate } from '../core/reports/generate';
import { weeklySlack } from '../core/reports/weeklySlack';
import { EXIT_OK, runCommand } from './args';
import { AS_OF_HELP, checkOutputs, emit, outputHelp, resolveAsOf, WINDOW_REPORT_OPTIONS } from './report';
import { SUMMARIES } from './summaries';

const USAGE = `Usage: delivery-rhythm update [folder] [--week 2026-W47 | --since DATE --until DATE] [--format md|json|slack] [--out FILE] [--summary FILE] [--as-of DATE]

${SUMMARIES.update}.

  folder              the workspace folder that holds .delivery/ (default: the current directory)
  --week W            the ISO week to report (default: the week of --as-of)
  --since, --until    a window of calendar days instead of a week, both inclusive
  --format md|json|slack
                      md: Markdown for executives (default); json: the update as data;
                      slack: Slack mrkdwn to paste into a channel
${outputHelp('report')}
${AS_OF_HELP}
  -h, --help          show this help

Exit status: 0 written, 2 bad usage, no .delivery/ folder or git problem.
`;

export function run(argv: string[]): Promise<number> {
  return runCommand('update', argv, WINDOW_REPORT_OPTIONS, USAGE, async (args) => {
    checkOutputs(args);
    const asOf = resolveAsOf(args);
    const text = (key: string) => (typeof args.options[key] === 'string' ? (args.options[key] as string) : undefined);
    const report = await generateWeeklyUpdate(args.folder, {
      week: text('week'),
      since: text('since'),
      until: text('until'),
      asOf,
      useGit: true,
    });
    await emit(args, report, args.options.format === 'slack' ? weeklySlack(report.json) : undefined);
    return EXIT_OK;
  });
}
