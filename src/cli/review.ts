// `delivery-rhythm review [folder] --roadmap | --quarter 2026-Q4 [--format md|json] [--out FILE] [--summary FILE] [--as-of D]`

import { generateQuarterlyReview, generateRoadmapReview } from '../core/reports/generate';
import { AS_OF_OPTION, EXIT_OK, formatOption, OUT_OPTION, runCommand, UsageError } from './args';
import { AS_OF_HELP, checkOutputs, emit, outputHelp, resolveAsOf, SUMMARY_OPTION } from './report';
import { SUMMARIES } from './summaries';

const USAGE = `Usage: delivery-rhythm review [folder] --roadmap | --quarter 2026-Q4 [--format md|json] [--out FILE] [--summary FILE] [--as-of DATE]

${SUMMARIES.review}.

  folder              the workspace folder that holds .delivery/ (default: the current directory)
  --roadmap           on track or not, what changed since the last review, decisions needed
  --quarter Q         planned vs delivered, reliability, slips, backlog, outcomes, blockers, risks
  --format md|json    md: Markdown for executives (default); json: the review as data
${outputHelp('report')}
${AS_OF_HELP}
  -h, --help          show this help

Exit status: 0 written, 2 bad usage, no .delivery/ folder or git problem.
`;

const SPECS = {
  ...formatOption('md', 'json'),
  ...AS_OF_OPTION,
  ...OUT_OPTION,
  ...SUMMARY_OPTION,
  roadmap: { type: 'boolean' as const },
  quarter: { type: 'string' as const },
};

export function run(argv: string[]): Promise<number> {
  return runCommand('review', argv, SPECS, USAGE, async (args) => {
    const quarter = args.options.quarter;
    if ((args.options.roadmap === true) === (typeof quarter === 'string'))
      throw new UsageError('Give exactly one of --roadmap or --quarter 2026-Q4');
    checkOutputs(args);
    const asOf = resolveAsOf(args);
    const report =
      typeof quarter === 'string'
        ? await generateQuarterlyReview(args.folder, { quarter, asOf, useGit: true })
        : await generateRoadmapReview(args.folder, { asOf, useGit: true });
    await emit(args, report);
    return EXIT_OK;
  });
}
