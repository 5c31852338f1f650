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
      throw new DeliveryError(`Unknown time zone "${timeZone}".`, 'Set `timezone` in .delivery/config.yaml to an IANA name such as Europe/Berlin.');
    }
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall-clock time at `instant` in `timeZone`, expressed as if it were UTC milliseconds. */
function wallClock(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
}

const OFFSET_BUCKET = 15 * 60_000;
const offsets = new Map<string, number>();

/** The calendar day that `instant` (ms) falls on in `timeZone`. */
export function localDate(instant: number, timeZone: string): IsoDate {
  // Zone offsets change only on quarter-hour boundaries, so one Intl call per bucket suffices.
  const bucket = Math.floor(instant / OFFSET_BUCKET) * OFFSET_BUCKET;
  const key = `${timeZone}@${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = wallClock(bucket, timeZone) - bucket;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return new Date(instant + offset).toISOString().slice(0, 10);
}

/** The instant (ms) at which `date` begins in `timeZone`. */
export function startOfDay(date: IsoDate, timeZone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`);
  let instant = wall - (wallClock(wall, timeZone) - wall);
  // A second pass settles days whose offset differs from the first guess (DST changes).
  instant = wall - (wallClock(instant, timeZone) - instant);
  return instant;
}

/** The next calendar day. */
export function nextDay(date: IsoDate): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
