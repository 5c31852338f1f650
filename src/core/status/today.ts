// The plan's today for a form that may stay open for days: read at the moment it is needed (a
// check, a save, a new row), never kept from when the form loaded, so midnight moves it on.
import { todayIn } from '../dates';

/**
 * Today now, from what the extension sent: the pinned day as sent (a clock pinned for a report or a
 * test), else the date now in the plan's time zone, never earlier than the day sent.
 */
export function todayNow(sent: { today: string; timeZone?: string }, now: Date = new Date()): string {
  if (sent.timeZone === undefined) return sent.today;
  const day = todayIn(sent.timeZone, now);
  return day > sent.today ? day : sent.today;
}
