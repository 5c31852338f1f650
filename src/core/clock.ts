// The one source of "today" for the extension and the CLI: the machine's calendar date in the
// plan's time zone, unless pinned (the CLI's --as-of, the DELIVERY_RHYTHM_AS_OF variable, a test).
import { FIRST_YEAR, isSupportedDate, LAST_YEAR, todayIn } from './dates';
import { DeliveryError } from './errors';
import type { IsoDate } from './model';

/** Names the date every calendar decision is made at, like the CLI's --as-of. */
export const AS_OF_VARIABLE = 'DELIVERY_RHYTHM_AS_OF';

export interface Clock {
  /** Today's date in `timeZone`, or the pinned date whatever the zone. */
  today(timeZone: string): IsoDate;
  /** The pinned date, when there is one. */
  readonly pinned?: IsoDate;
}

export const systemClock: Clock = { today: (timeZone) => todayIn(timeZone) };

export function pinnedClock(date: IsoDate): Clock {
  return { today: () => date, pinned: date };
}

/** The clock an environment asks for: pinned by DELIVERY_RHYTHM_AS_OF, else the machine's. */
export function clockFromEnv(env: Record<string, string | undefined>): Clock {
  const value = env[AS_OF_VARIABLE]?.trim();
  if (!value) return systemClock;
  if (!isSupportedDate(value))
    throw new DeliveryError(
      `${AS_OF_VARIABLE} is "${value}", not a date in the years ${FIRST_YEAR}–${LAST_YEAR}.`,
      `Set it to a date like 2026-11-25, or unset it to use today.`,
    );
  return pinnedClock(value);
}
