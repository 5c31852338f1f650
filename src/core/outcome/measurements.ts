// An initiative's outcome measurements as of a day: every committed value of `outcome.current`
// from the slip ledger, dated by `outcome.measured` or else by the commit that recorded it, then
// the plan's own value when git does not have it yet.
import { daysBetween } from '../dates';
import type { Initiative, IsoDate, LedgerEntry } from '../model';
import { parseQuantity, progressOf } from './quantity';

export interface Measurement {
  /** The day measured; null when nothing says (a value outside git with no `measured`). */
  date: IsoDate | null;
  value: string;
  /**
   * What the date rests on: `measured` (the file's `outcome.measured`), `commit` (the day the value
   * was committed), `on-or-before` (the value predates the history read: the date is a bound) or
   * `unknown`.
   */
  dated: 'measured' | 'commit' | 'on-or-before' | 'unknown';
}

/** The measurements known on `asOf`, oldest first; `entries` is the initiative's ledger (undefined without git). */
export function measurementsOf(
  initiative: Initiative,
  entries: readonly LedgerEntry[] | undefined,
  asOf: IsoDate,
): Measurement[] {
  // A commit after the day was not known on the day, whatever its `measured` says.
  const history = (entries ?? []).filter((e) => e.field === 'outcome' && e.to !== undefined && e.date <= asOf);
  const measurements = history.map(fromEntry);
  const current = initiative.outcome?.current?.value;
  if (current !== undefined && !sameValue(current, history.at(-1)?.to)) {
    const measured = initiative.outcome?.measured?.value;
    const known = measured !== undefined && measured <= asOf;
    measurements.push({ date: known ? measured : null, value: current, dated: known ? 'measured' : 'unknown' });
  }
  return measurements;
}

/** `2.30` in the file and `2.3` in the ledger (which reads numbers as numbers) are one value. */
function sameValue(a: string, b: string | undefined): boolean {
  if (b === undefined) return false;
  if (a === b) return true;
  const [x, y] = [parseQuantity(a), parseQuantity(b)];
  return x !== undefined && y !== undefined && x.value === y.value && x.unit === y.unit;
}

/** A value cannot have been measured after it was written down: a later `measured` gives way to the commit's day. */
function fromEntry(entry: LedgerEntry): Measurement {
  const value = entry.to ?? '';
  if (entry.measured !== undefined && entry.measured <= entry.date)
    return { date: entry.measured, value, dated: 'measured' };
  return { date: entry.date, value, dated: entry.before ? 'on-or-before' : 'commit' };
}

/** The last measurement dated on or after `since`. */
export function measuredSince(measurements: readonly Measurement[], since: IsoDate): boolean {
  return measurements.some((m) => m.date !== null && m.dated !== 'on-or-before' && m.date >= since);
}

/** Days from the measurement to `asOf`; null when its date is unknown. */
export function ageOf(measurement: Measurement | undefined, asOf: IsoDate): number | null {
  return measurement?.date ? daysBetween(measurement.date, asOf) : null;
}

/** Progress of the last measurement from the initiative's baseline to its target, rounded to hundredths; null when not computable. */
export function progressTo(initiative: Initiative, last: Measurement | undefined): number | null {
  const { baseline, target } = initiative.outcome ?? {};
  if (!last || !baseline || !target) return null;
  const progress = progressOf(baseline.value, target.value, last.value);
  return progress === undefined ? null : Math.round(progress * 100) / 100;
}
