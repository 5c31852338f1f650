// What each initiative's status says in a week: its entry of that week, else its latest earlier
// entry, carried over. A weekly status need not mention every initiative (the form writes only
// the cards the lead touched), so blockers and decisions, like the health (health.ts), are read
// per initiative, never from one file as a whole.
import type { StatusEntry, WeeklyStatusFile } from './model';

export interface CarriedEntry {
  entry: StatusEntry;
  /** The status file the entry is written in, and its week. */
  file: string;
  week: string;
}

/** Each initiative's latest entry in the weeks up to `week` (all weeks when omitted), by id. */
export function latestEntries(statuses: readonly WeeklyStatusFile[], week?: string): Map<string, CarriedEntry> {
  const latest = new Map<string, CarriedEntry>();
  for (const status of statuses) {
    if (week !== undefined && status.week > week) continue;
    for (const entry of status.initiatives) {
      const known = latest.get(entry.id);
      if (!known || status.week > known.week) latest.set(entry.id, { entry, file: status.file, week: status.week });
    }
  }
  return latest;
}

/** The entries of `latestEntries`, by id, as the reports read them. */
export function carriedEntries(statuses: readonly WeeklyStatusFile[], week: string): Map<string, StatusEntry> {
  return new Map([...latestEntries(statuses, week)].map(([id, carried]) => [id, carried.entry]));
}
