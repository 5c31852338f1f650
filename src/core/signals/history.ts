// Questions asked of the slip ledger: a value on a day, the changes and removals within a span of
// days, and when an initiative came into the plan.
import { parseTarget } from '../dates';
import type { IsoDate, LedgerEntry, SlipLedger } from '../model';

/** The value `field` had at the end of `date`, or undefined when it was not yet set. */
export function valueOn(
  entries: readonly LedgerEntry[] | undefined,
  field: LedgerEntry['field'],
  date: IsoDate,
): string | undefined {
  let value: string | undefined;
  for (const entry of entries ?? []) if (entry.field === field && entry.date <= date) value = entry.to;
  return value;
}

/** Real changes (not first values) dated from `since` to `until`, inclusive, per initiative. */
export function changesBetween(
  ledger: SlipLedger,
  since: IsoDate,
  until: IsoDate,
): { id: string; entry: LedgerEntry }[] {
  const changes: { id: string; entry: LedgerEntry }[] = [];
  for (const [id, entries] of ledger) {
    for (const entry of entries) {
      if (entry.from !== undefined && entry.date >= since && entry.date <= until) changes.push({ id, entry });
    }
  }
  return changes.sort((a, b) => a.entry.date.localeCompare(b.entry.date));
}

/** Removals from the plan dated from `since` to `until`, inclusive, each with the initiative's history. */
export function removalsBetween(
  ledger: SlipLedger,
  since: IsoDate,
  until: IsoDate,
): { id: string; entry: LedgerEntry; entries: readonly LedgerEntry[] }[] {
  return [...ledger]
    .flatMap(([id, entries]) =>
      entries
        .filter((e) => e.field === 'removed' && e.date >= since && e.date <= until)
        .map((entry) => ({ id, entry, entries })),
    )
    .sort((a, b) => a.entry.date.localeCompare(b.entry.date));
}

/** The removal that had taken the initiative out of the plan by the end of `date`, when it was out then. */
export function removedBy(entries: readonly LedgerEntry[] | undefined, date: IsoDate): LedgerEntry | undefined {
  let last: LedgerEntry | undefined;
  for (const entry of entries ?? []) if (entry.date <= date) last = entry;
  return last?.field === 'removed' ? last : undefined;
}

/** The entries that bring the initiative into the plan: its first, and the first after each removal. */
export function arrivals(entries: readonly LedgerEntry[]): LedgerEntry[] {
  return entries.filter((e, i) => e.field !== 'removed' && (i === 0 || entries[i - 1].field === 'removed'));
}

/** The day the status first became `done`, if the ledger knows it. */
export function doneOn(entries: readonly LedgerEntry[] | undefined): IsoDate | undefined {
  return entries?.find((e) => e.field === 'status' && e.to === 'done')?.date;
}

/** The last day of a target as the ledger records it (`2026-Q4`, `2026-12`, `start..end`). */
export function targetEnd(label: string): IsoDate | undefined {
  const [start, end] = label.split('..');
  return parseTarget(end !== undefined ? { start, end } : label)?.end;
}
