// Options the report commands accept (from tests, keybindings or other extensions), checked before use.
import { addDays, isIsoDate, isoWeekOf, isQuarter, parseIsoWeek, quarterOf, quarterRange } from './dates';
import { isText, parseCommandOptions, type OptionCheck } from './commandOptions';
import type { IsoDate } from './model';

export interface ReportCommandOptions {
  week?: string;
  quarter?: string;
  asOf?: IsoDate;
  /** Open the written file in the Markdown preview; default true. */
  open?: boolean;
  /** Replace an existing report without asking; default: ask. */
  replace?: boolean;
  /** The workspace folder to report on, by name or URI; default: the only one with .delivery/, or ask. */
  folder?: string;
}

export type ReportKind = 'weekly' | 'roadmap' | 'quarterly';

/** The report commands' options, each with the kind of value it takes (other commands reuse some). */
export const REPORT_OPTION_CHECKS: readonly OptionCheck<ReportCommandOptions>[] = [
  ['week', (v) => typeof v === 'string' && parseIsoWeek(v) === v, 'an ISO week like 2026-W47'],
  ['quarter', (v) => typeof v === 'string' && isQuarter(v), 'a quarter like 2026-Q4'],
  ['asOf', (v) => typeof v === 'string' && isIsoDate(v), 'a date like 2026-11-25'],
  ['open', (v) => typeof v === 'boolean', 'true or false'],
  ['replace', (v) => typeof v === 'boolean', 'true or false'],
  ['folder', isText, 'the name or URI of a workspace folder'],
];

/** Anything that is not a plain object (a tree node, a URI) means "no options". */
export function parseReportOptions(arg: unknown): { options: ReportCommandOptions } | { error: string } {
  return parseCommandOptions(arg, REPORT_OPTION_CHECKS);
}

/** The date a roadmap review's file name carries (`roadmap-2026-11-20.md`), if it is one. */
export function roadmapReviewDate(name: string): IsoDate | undefined {
  const date = /^roadmap-(\d{4}-\d{2}-\d{2})\.md$/.exec(name)?.[1];
  return date !== undefined && isIsoDate(date) ? date : undefined;
}

/** Where a report is written, relative to the workspace folder; `period` is the week or quarter. */
export function reportPath(kind: ReportKind, period: string): string {
  if (kind === 'weekly') return `.delivery/updates/${period}.md`;
  if (kind === 'roadmap') return `.delivery/reviews/roadmap-${period}.md`;
  return `.delivery/reviews/quarter-${period}.md`;
}

/** The current ISO week and the ones before it, newest first. */
export function recentWeeks(asOf: IsoDate, count: number): string[] {
  return Array.from({ length: count }, (_, i) => isoWeekOf(addDays(asOf, -7 * i)));
}

/** The current quarter and the ones before it, newest first. */
export function recentQuarters(asOf: IsoDate, count: number): string[] {
  const quarters = [quarterOf(asOf)];
  while (quarters.length < count) {
    quarters.push(quarterOf(addDays(quarterRange(quarters[quarters.length - 1]).start, -1)));
  }
  return quarters;
}
