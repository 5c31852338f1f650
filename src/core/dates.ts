// Calendar arithmetic on plain `YYYY-MM-DD` strings: days, ISO weeks, quarters and targets.
// Everything is computed on UTC midnights so that no local clock or DST shift can move a day.

import type { Interval, IsoDate } from './model';

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const QUARTER_RE = /^(\d{4})-Q([1-4])$/;
export const WEEK_RE = /^(\d{4})-W(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function toUtc(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  // Date.UTC reads years 0–99 as 1900–1999: set the full year apart so 0042 stays 0042.
  const day = new Date(Date.UTC(2000, m - 1, d));
  day.setUTCFullYear(y);
  return day.getTime();
}

function fromUtc(ms: number): IsoDate {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The years a report, window or as-of date may fall in: from the Unix epoch, where git's commit
 * times start, to 2098, so that the end of any week or quarter around a date is before 2100, the
 * first year git's `--since`/`--until` cannot read (from there git returns no commit at all).
 * Outside them a command refuses the date with a message.
 */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2098;

/** A date, week or quarter (`YYYY-…`) whose year is within FIRST_YEAR…LAST_YEAR. */
export function isSupportedYear(period: string): boolean {
  const year = Number(period.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** A real date within FIRST_YEAR…LAST_YEAR. */
export function isSupportedDate(text: string): boolean {
  return isIsoDate(text) && isSupportedYear(text);
}

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True when the text has the shape of a date or a month (so a bad one deserves "not a calendar date or month"). */
export function looksLikeDateOrMonth(text: string): boolean {
  return DATE_RE.test(text) || MONTH_RE.test(text);
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromUtc(toUtc(date) + n * DAY_MS);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** Today's calendar date in an IANA time zone; falls back to UTC for an unknown zone. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** ISO-8601 weekday, Monday = 1 … Sunday = 7. */
function isoWeekday(date: IsoDate): number {
  return new Date(toUtc(date)).getUTCDay() || 7;
}

/** The ISO week that holds the date, e.g. `2026-W47` (the week's year is the year of its Thursday). */
export function isoWeekOf(date: IsoDate): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${pad(year, 4)}-01-01`, thursday) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

function weeksInYear(year: number): number {
  return isoWeekOf(`${pad(year, 4)}-12-28`).endsWith('W53') ? 53 : 52;
}

/** The week written `YYYY-Www` when it exists in that year (W53 only in long years). */
export function parseIsoWeek(text: string): string | undefined {
  const m = WEEK_RE.exec(text.trim());
  if (!m) return undefined;
  const [year, week] = [Number(m[1]), Number(m[2])];
  return week >= 1 && week <= weeksInYear(year) ? `${m[1]}-W${m[2]}` : undefined;
}

/**
 * Why a text written like a week (`YYYY-Www`) names no week of its year, e.g. "2027 has only 52
 * ISO weeks (the week after 2027-W52 is 2028-W01)"; undefined for a real week or another text.
 */
export function missingWeekReason(text: string): string | undefined {
  const m = WEEK_RE.exec(text.trim());
  if (!m) return undefined;
  const [year, week] = [Number(m[1]), Number(m[2])];
  const weeks = weeksInYear(year);
  if (week >= 1 && week <= weeks) return undefined;
  if (week === 0)
    return `ISO weeks start at W01 (the week before ${m[1]}-W01 is ${pad(year - 1, 4)}-W${weeksInYear(year - 1)})`;
  return `${m[1]} has only ${weeks} ISO weeks (the week after ${m[1]}-W${weeks} is ${pad(year + 1, 4)}-W01)`;
}

/** Monday … Sunday of a valid ISO week. */
export function weekRange(week: string): { start: IsoDate; end: IsoDate } {
  const m = WEEK_RE.exec(week);
  if (!m) throw new RangeError(`not an ISO week: ${week}`);
  const jan4 = `${m[1]}-01-04`;
  const week1Monday = addDays(jan4, 1 - isoWeekday(jan4));
  const start = addDays(week1Monday, (Number(m[2]) - 1) * 7);
  return { start, end: addDays(start, 6) };
}

/** First and last day of `YYYY-Qn`. */
export function quarterRange(quarter: string): { start: IsoDate; end: IsoDate } {
  const m = QUARTER_RE.exec(quarter);
  if (!m) throw new RangeError(`not a quarter: ${quarter}`);
  const year = Number(m[1]);
  const firstMonth = (Number(m[2]) - 1) * 3 + 1;
  return {
    start: `${m[1]}-${pad(firstMonth)}-01`,
    end: `${m[1]}-${pad(firstMonth + 2)}-${pad(daysInMonth(year, firstMonth + 2))}`,
  };
}

/** True for a quarter written `YYYY-Qn`. */
export function isQuarter(text: string): boolean {
  return QUARTER_RE.test(text);
}

/** The quarter that holds a date, e.g. `2026-Q4`. */
export function quarterOf(date: IsoDate): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

function monthInterval(text: string): Interval | undefined {
  const m = MONTH_RE.exec(text);
  if (!m) return undefined;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return undefined;
  return {
    kind: 'month',
    start: `${m[1]}-${m[2]}-01`,
    end: `${m[1]}-${m[2]}-${pad(daysInMonth(year, month))}`,
    label: text,
  };
}

/**
 * A target as a bounded interval: `2026-12-15`, `2026-12`, `2026-Q4` or `{start, end}`.
 * Anything else ("TBD", "2027+", an impossible date, an inverted window) gives undefined.
 */
export function parseTarget(target: string | { start?: string; end?: string }): Interval | undefined {
  if (typeof target !== 'string') {
    const { start, end } = target;
    if (!start || !end || !isIsoDate(start) || !isIsoDate(end) || end < start) return undefined;
    return { kind: 'window', start, end, label: `${start}..${end}` };
  }
  const text = target.trim();
  if (isIsoDate(text)) return { kind: 'date', start: text, end: text, label: text };
  if (QUARTER_RE.test(text)) return { kind: 'quarter', ...quarterRange(text), label: text };
  return monthInterval(text);
}
