// The next step of the operating rhythm: which report is due or overdue, from config and the files present.
import { addDays, isoWeekOf, parseIsoWeek, quarterOf, quarterRange, weekRange } from '../dates';
import { roadmapReviewDate } from '../reportOptions';
import type { Config, IsoDate } from '../model';

export type CadenceKind = 'weekly' | 'roadmap' | 'quarterly';

export interface CadenceItem {
  kind: CadenceKind;
  due: IsoDate;
  overdue: boolean;
  /** Status-bar text without the icon, e.g. "Weekly update due Fri". */
  label: string;
  /** What the command should produce: the ISO week or the quarter; undefined for the roadmap review. */
  period?: string;
}

/** File names (not paths) found in `.delivery/updates/` and `.delivery/reviews/`. */
export interface ReportFiles {
  updates: readonly string[];
  reviews: readonly string[];
  /** ISO weeks of the weekly status files: the rhythm is owed only from the first of them. */
  statusWeeks?: readonly string[];
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const NAMES: Record<CadenceKind, string> = {
  weekly: 'Weekly update',
  roadmap: 'Roadmap review',
  quarterly: 'Quarterly review',
};

/** Overdue items first (the oldest), then the one due soonest. */
export function nextCadenceItem(config: Config, files: ReportFiles, asOf: IsoDate): CadenceItem | undefined {
  const items = [weeklyItem(config, files, asOf), roadmapItem(config, files, asOf), quarterlyItem(config, files, asOf)];
  const present = items.filter((item): item is CadenceItem => item !== undefined);
  present.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.due.localeCompare(b.due));
  return present[0];
}

export function weeklyItem(config: Config, files: ReportFiles, asOf: IsoDate): CadenceItem {
  const offset = weekdayOffset(config.cadence.weekly);
  let week = isoWeekOf(asOf);
  if (files.updates.includes(`${week}.md`)) week = isoWeekOf(addDays(asOf, 7));
  const due = addDays(weekRange(week).start, offset);
  return finish('weekly', due, asOf, week);
}

export function roadmapItem(config: Config, files: ReportFiles, asOf: IsoDate): CadenceItem {
  const dates = files.reviews
    .map(roadmapReviewDate)
    .filter((date): date is string => date !== undefined && date <= asOf)
    .sort();
  const last = dates[dates.length - 1];
  const due = last === undefined ? asOf : config.cadence.roadmap === 'monthly' ? addMonth(last) : addDays(last, 14);
  return finish('roadmap', due, asOf);
}

/**
 * A quarter's review is due on its last day. The review of the quarter just ended is overdue while
 * missing, unless the rhythm started after that quarter (no status or update from it or earlier).
 */
export function quarterlyItem(config: Config, files: ReportFiles, asOf: IsoDate): CadenceItem | undefined {
  if (!config.cadence.quarterly) return undefined;
  const current = quarterOf(asOf);
  const previous = quarterOf(addDays(quarterRange(current).start, -1));
  const started = firstWeekStart(files);
  const owed =
    started !== undefined && started <= quarterRange(previous).end && !files.reviews.includes(`quarter-${previous}.md`);
  const quarter = owed ? previous : current;
  return finish('quarterly', quarterRange(quarter).end, asOf, quarter);
}

/** The Monday of the earliest week with a status file or an update, if any. */
function firstWeekStart(files: ReportFiles): IsoDate | undefined {
  const weeks = [...(files.statusWeeks ?? []), ...files.updates.map((name) => name.replace(/\.md$/, ''))];
  const valid = weeks.filter((week) => parseIsoWeek(week) === week).sort();
  return valid.length ? weekRange(valid[0]).start : undefined;
}

/** "friday" or "fri", any case; an unknown day falls back to Friday. */
export function weekdayOffset(day: string): number {
  const lower = day.trim().toLowerCase();
  const index = WEEKDAYS.findIndex((name) => lower.length >= 3 && name.startsWith(lower));
  return index < 0 ? 4 : index;
}

function finish(kind: CadenceKind, due: IsoDate, asOf: IsoDate, period?: string): CadenceItem {
  const overdue = due < asOf;
  return { kind, due, overdue, label: `${NAMES[kind]} ${when(due, asOf)}`, period };
}

function when(due: IsoDate, asOf: IsoDate): string {
  if (due < asOf) return 'overdue';
  if (due === asOf) return 'due today';
  if (due <= addDays(asOf, 6)) return `due ${SHORT[weekdayOf(due)]}`;
  return `due ${due}`;
}

/** 0 = Monday. */
function weekdayOf(date: IsoDate): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** Same day next month, clamped to the month's last day (Jan 31 → Feb 28). */
function addMonth(date: IsoDate): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, last))).toISOString().slice(0, 10);
}
