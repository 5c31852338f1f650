// The three reports, each as JSON and Markdown: the entry points for the CLI and the extension.
import {
  addDays,
  FIRST_YEAR,
  isIsoDate,
  isoWeekOf,
  isQuarter,
  isSupportedDate,
  isSupportedYear,
  LAST_YEAR,
  parseIsoWeek,
  quarterOf,
  quarterRange,
  weekRange,
} from '../dates';
import { DeliveryError } from '../errors';
import { readFileCommit } from '../git/planAt';
import { localDate, startOfDay } from '../git/zone';
import type { IsoDate } from '../model';
import { allInOrder } from '../inOrder';
import { gatherInputs, loadReportPlan, readReportGit, type ReportPlan, type Window } from './inputs';
import { buildQuarterlyReview, type QuarterlyReview } from './quarterly';
import { quarterlyMarkdown } from './quarterlyMarkdown';
import { buildRoadmapReview, reviewPeriod, type RoadmapReview } from './roadmap';
import { roadmapMarkdown } from './roadmapMarkdown';
import { buildWeeklyUpdate, type StatusCommit, type WeeklyUpdate } from './weekly';
import { weeklyMarkdown } from './weeklyMarkdown';

export type { QuarterlyReview, RoadmapReview, WeeklyUpdate };

export interface Report<T> {
  json: T;
  /** Rendered on first read, so a caller that wants only the JSON never pays for it. */
  readonly markdown: string;
}

function report<T>(json: T, render: (json: T) => string): Report<T> {
  let markdown: string | undefined;
  return {
    json,
    get markdown() {
      return (markdown ??= render(json));
    },
  };
}

interface Common {
  asOf: IsoDate;
  /** False in Restricted Mode, or when git cannot be read: the report is made from the files alone and says so. */
  useGit: boolean;
  /** Why the files alone, when `useGit` is false (default: Restricted Mode). */
  filesOnly?: string;
  signal?: AbortSignal;
}

export async function generateWeeklyUpdate(
  root: string,
  options: Common & { week?: string; since?: IsoDate; until?: IsoDate },
): Promise<Report<WeeklyUpdate>> {
  const { window, week } = weeklyWindow(options);
  const plan = await loadReportPlan(root, { ...options, window });
  // The commit that wrote the week's status file dates its health changes: read beside the other git
  // reads, and only when the plan has that week's status (without one, git would walk the whole branch for nothing).
  const hasStatus = week !== undefined && plan.model.statuses.some((status) => status.week === week);
  const [inputs, statusCommit] = await allInOrder([
    readReportGit(root, plan, options),
    hasStatus && options.useGit ? weekStatusCommit(root, plan, week, options.signal) : undefined,
  ] as const);
  const json = buildWeeklyUpdate(inputs, { ...window, ...(week ? { week } : {}) }, statusCommit);
  return report(json, weeklyMarkdown);
}

export async function generateRoadmapReview(root: string, options: Common): Promise<Report<RoadmapReview>> {
  checkDate(options.asOf, 'as-of');
  const inputs = await gatherInputs(root, {
    ...options,
    window: (model) => reviewPeriod(root, model.config, options.asOf),
  });
  const period = inputs.window ?? (await reviewPeriod(root, inputs.model.config, options.asOf));
  const commits = options.useGit ? await periodStatusCommits(root, inputs, period, options.signal) : new Map();
  const json = buildRoadmapReview(inputs, period, commits);
  return report(json, roadmapMarkdown);
}

/**
 * The commits that wrote the status files of the weeks a period touches (from the week before its
 * first day: that file may be committed inside the period), read side by side.
 */
async function periodStatusCommits(
  root: string,
  inputs: ReportPlan,
  period: Window,
  signal?: AbortSignal,
): Promise<Map<string, StatusCommit>> {
  const first = isoWeekOf(addDays(period.since, -7));
  const last = isoWeekOf(period.until);
  const weeks = [...new Set(inputs.model.statuses.map((s) => s.week))].filter((w) => w >= first && w <= last);
  const found = await allInOrder(weeks.map((week) => weekStatusCommit(root, inputs, week, signal)));
  return new Map(weeks.flatMap((week, i) => (found[i] ? [[week, found[i]] as const] : [])));
}

export async function generateQuarterlyReview(
  root: string,
  options: Common & { quarter?: string },
): Promise<Report<QuarterlyReview>> {
  checkDate(options.asOf, 'as-of');
  const quarter = options.quarter ?? quarterOf(options.asOf);
  if (!isQuarter(quarter)) throw new DeliveryError(`"${quarter}" is not a quarter.`, 'Write it like 2026-Q4.');
  checkYear(quarter, `quarter ${quarter}`);
  const range = quarterRange(quarter);
  if (range.start > options.asOf)
    throw new DeliveryError(
      `${quarter} has not started on ${options.asOf}.`,
      'Pick a quarter that has begun, or a later --as-of date.',
    );
  const window = { since: range.start, until: range.end < options.asOf ? range.end : options.asOf };
  const inputs = await gatherInputs(root, { ...options, window });
  const json = buildQuarterlyReview(inputs, quarter);
  return report(json, quarterlyMarkdown);
}

/** The commit that wrote the week's status file, by the day the report is told as of: when and why its health changes were recorded. */
async function weekStatusCommit(
  root: string,
  inputs: ReportPlan,
  week: string,
  signal?: AbortSignal,
): Promise<StatusCommit | undefined> {
  const { branch, timezone } = inputs.model.config;
  const found = await readFileCommit(
    root,
    branch,
    `.delivery/status/${week}.yaml`,
    startOfDay(addDays(inputs.asOf, 1), timezone) - 1000,
    { signal },
  );
  return found && { sha: found.sha, date: localDate(found.at, timezone), subject: found.subject };
}

/** A given week, or since/until, or else the week of the as-of date. */
export function weeklyWindow(options: { week?: string; since?: IsoDate; until?: IsoDate; asOf: IsoDate }): {
  window: Window;
  week?: string;
} {
  checkDate(options.asOf, 'as-of');
  if (options.week !== undefined) {
    if (options.since !== undefined || options.until !== undefined)
      throw new DeliveryError('Give either a week or since/until, not both.');
    const week = parseIsoWeek(options.week);
    if (!week) throw new DeliveryError(`"${options.week}" is not an ISO week.`, 'Write it like 2026-W47.');
    checkYear(week, `week ${week}`);
    const range = weekRange(week);
    return { window: { since: range.start, until: range.end }, week };
  }
  if (options.since !== undefined || options.until !== undefined) {
    if (options.since === undefined || options.until === undefined)
      throw new DeliveryError('Give both since and until.', 'For example --since 2026-11-16 --until 2026-11-22.');
    checkDate(options.since, 'since');
    checkDate(options.until, 'until');
    if (options.since > options.until)
      throw new DeliveryError(`since (${options.since}) is after until (${options.until}).`);
    return { window: { since: options.since, until: options.until } };
  }
  // The as-of date's week can begin or end in a year beside it (2098-12-31 is in 2099-W01): checked like a given week.
  const week = isoWeekOf(options.asOf);
  checkYear(week, `week ${week}, the week of as-of ${options.asOf},`);
  const range = weekRange(week);
  return { window: { since: range.start, until: range.end }, week };
}

function checkDate(value: string, name: string): void {
  if (!isIsoDate(value)) throw new DeliveryError(`${name} "${value}" is not a date.`, 'Write it like 2026-11-25.');
  if (!isSupportedDate(value)) throw outOfRange(`${name} ${value}`);
}

/** `what` names the period in the message. */
function checkYear(period: string, what: string): void {
  if (!isSupportedYear(period)) throw outOfRange(what);
}

function outOfRange(what: string): DeliveryError {
  return new DeliveryError(
    `${what} is outside the years ${FIRST_YEAR}–${LAST_YEAR} that reports cover.`,
    'Give a date, week or quarter in those years.',
  );
}
