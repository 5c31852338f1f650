// Calendar days in an IANA time zone, turned into instants and back, with Intl only.
import { DeliveryError } from '../errors';
import type { IsoDate } from '../model';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw new DeliveryError(
        `Unknown time zone "${timeZone}".`,
        'Set `timezone` in .delivery/config.yaml to an IANA name such as Europe/Berlin.',
      );
    }
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall-clock time at `instant` in `timeZone`, expressed as if it were UTC milliseconds. */
function wallClock(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
}

const DAY = 86_400_000;
const dayOffsets = new Map<string, Map<number, number | null>>();
const dayNames = new Map<number, IsoDate>();

/** The calendar day that `instant` (ms) falls on in `timeZone`. */
export function localDate(instant: number, timeZone: string): IsoDate {
  const day = Math.floor((instant + offsetAt(instant, timeZone)) / DAY);
  let name = dayNames.get(day);
  if (name === undefined) {
    name = new Date(day * DAY).toISOString().slice(0, 10);
    if (dayNames.size > 50_000) dayNames.clear();
    dayNames.set(day, name);
  }
  return name;
}

// One Intl lookup per UTC day when the offset is the same at both ends (all days but DST changes).
function offsetAt(instant: number, timeZone: string): number {
  const day = Math.floor(instant / DAY) * DAY;
  let days = dayOffsets.get(timeZone);
  if (!days) dayOffsets.set(timeZone, (days = new Map()));
  let offset = days.get(day);
  if (offset === undefined) {
    const first = wallClock(day, timeZone) - day;
    offset = wallClock(day + DAY - 1000, timeZone) - (day + DAY - 1000) === first ? first : null;
    if (days.size > 50_000) days.clear();
    days.set(day, offset);
  }
  return offset ?? wallClock(instant, timeZone) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant (ms) at which `date` begins in `timeZone`: its first local midnight, or, on a day
 * whose midnight a DST change skips (America/Santiago, America/Havana), the change itself, when
 * the clock jumps from 23:59:59 of the day before into the day.
 */
export function startOfDay(date: IsoDate, timeZone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`);
  // Midnight is within 14 hours of `wall`; the offsets in force a day either side and at `wall` cover
  // every offset it can fall under, unless the zone changes more than once in two days.
  const offsets = new Set([wall - DAY, wall, wall + DAY].map((at) => wallClock(at, timeZone) - at));
  const candidates = [...offsets].map((offset) => wall - offset).sort((a, b) => a - b);
  // Several candidates read midnight when it repeats (the clock turned back over it): the first is the day's start.
  const midnight = candidates.find((at) => wallClock(at, timeZone) === wall);
  if (midnight !== undefined) return midnight;
  // Midnight is skipped: the day starts between the last candidate still on the day before and the first on the day.
  const earlier = candidates.filter((at) => wallClock(at, timeZone) < wall).pop();
  const later = candidates.find((at) => wallClock(at, timeZone) > wall);
  if (earlier === undefined || later === undefined) return candidates[0];
  let [before, after] = [earlier, later];
  while (after - before > 1000) {
    const middle = before + Math.floor((after - before) / 2000) * 1000;
    if (wallClock(middle, timeZone) < wall) before = middle;
    else after = middle;
  }
  return after;
}
