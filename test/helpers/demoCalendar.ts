// Moves the example's calendar to another week: the demo history is written as of FIXTURE_TODAY
// and rebuilt around any day by shifting every date in it by whole weeks, so weekdays, ISO weeks,
// ages and "coming due" distances stay as written.
import { addDays, daysBetween, isoWeekOf, quarterOf, quarterRange, weekRange } from '../../src/core/dates';
import type { IsoDate } from '../../src/core/model';
import { FIXTURE_TODAY } from './fixtureDate';

export interface DemoCalendar {
  /** The day the history is built for: nothing is dated after it. */
  today: IsoDate;
  /** Whole weeks, in days, from the example's own dates to today's week. */
  shiftDays: number;
}

export function demoCalendar(today: IsoDate): DemoCalendar {
  const mondayOf = (day: IsoDate) => weekRange(isoWeekOf(day)).start;
  return { today, shiftDays: daysBetween(mondayOf(FIXTURE_TODAY), mondayOf(today)) };
}

/** A day of the example moved to the calendar's week; a day later than today lands on today, in order. */
export function shiftDay(calendar: DemoCalendar, day: IsoDate): IsoDate {
  const moved = addDays(day, calendar.shiftDays);
  return moved > calendar.today ? calendar.today : moved;
}

// Weeks, dates, quarters and months written in the plan, longest form first so a date is never read as a month.
const CALENDAR_WORDS = /\b(?:(\d{4})-W(\d{2})|(\d{4}-\d{2}-\d{2})|(\d{4})-Q([1-4])|(\d{4})-(\d{2}))\b/g;

/**
 * The text with every ISO week and date moved by the shift, and every month and quarter replaced
 * by the one that holds its last day moved by the shift (so a target that moved later still did).
 */
export function shiftText(calendar: DemoCalendar, text: string): string {
  if (calendar.shiftDays === 0) return text;
  const days = calendar.shiftDays;
  return text.replace(CALENDAR_WORDS, (word, wy, ww, date, qy, qn, my, mm) => {
    if (wy) return isoWeekOf(addDays(weekRange(`${wy}-W${ww}`).start, days));
    if (date) return addDays(date, days);
    if (qy) return quarterOf(addDays(quarterRange(`${qy}-Q${qn}`).end, days));
    const month = Number(mm);
    if (month < 1 || month > 12) return word;
    const nextMonth = month === 12 ? `${Number(my) + 1}-01-01` : `${my}-${String(month + 1).padStart(2, '0')}-01`;
    return addDays(nextMonth, days - 1).slice(0, 7);
  });
}

/** The example plan's time zone (its config.yaml): where the demo's days and "today" are read. */
export const DEMO_TIME_ZONE = 'Europe/Berlin';

/** `hour` o'clock on `day` in Europe/Berlin, the example's time zone, with that day's offset. */
export function berlinTime(day: IsoDate, hour: number): string {
  const offset =
    new Intl.DateTimeFormat('en-US', { timeZone: DEMO_TIME_ZONE, timeZoneName: 'longOffset' })
      .formatToParts(new Date(`${day}T12:00:00Z`))
      .find((part) => part.type === 'timeZoneName')
      ?.value.replace('GMT', '') || '+00:00';
  return `${day}T${String(hour).padStart(2, '0')}:00:00${offset}`;
}

/** "25 November", as the closing commit of the demo names its day. */
export function longDay(day: IsoDate): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
