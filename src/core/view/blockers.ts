// Every open blocker in one list, oldest first: from the initiatives and the latest weekly status.
import { daysBetween, isIsoDate, isoWeekOf } from '../dates';
import type { Blocker, DeliveryModel, Initiative, IsoDate, Range, WeeklyStatusFile } from '../model';
import { latestEntries } from '../carried';
import { isActive } from '../rules/context';
import { titleOf } from './grouping';

export interface BlockerRow {
  text: string;
  owner?: string;
  since?: IsoDate;
  /** Whole days from `since` to the as-of date; undefined without a valid `since`. */
  ageDays?: number;
  initiative: string;
  initiativeTitle: string;
  /** Path relative to the workspace folder, and where the blocker is written in it. */
  file: string;
  range: Range;
}

/** A blocker open as of a date, with the file it is written in. */
export interface OpenBlocker {
  blocker: Blocker;
  file: string;
  initiative: string;
}

/** A blocker's text as it is recognised everywhere (a status repeating it, the form, a writer): trimmed, any case. */
export const blockerKey = (text: string | undefined): string => (text ?? '').trim().toLowerCase();

const sameBlocker = (initiative: string, blocker: Blocker) =>
  `${initiative}\u0000${blockerKey(blocker.blocker?.value)}`;

/**
 * The open blockers, for the Blockers view, the reports and the blocker rules alike: those of
 * active initiatives, from their files and from each one's latest status entry begun by `asOf`.
 * A status entry that repeats a blocker of the initiative's file is that blocker: the file's copy is kept.
 */
export function openBlockers(model: Pick<DeliveryModel, 'initiatives' | 'statuses'>, asOf: IsoDate): OpenBlocker[] {
  const active = model.initiatives.filter(isActive);
  const fromFiles = active.flatMap((i) => i.blockers.map((blocker) => ({ blocker, file: i.file, initiative: i.id })));
  const known = new Set(fromFiles.map((b) => sameBlocker(b.initiative, b.blocker)));
  // Each initiative's latest status entry whose week has begun by `asOf`.
  const entries = latestEntries(model.statuses, isoWeekOf(asOf));
  const fromStatus = active
    .flatMap((i) => {
      const carried = entries.get(i.id);
      return (carried?.entry.blockers ?? []).map((blocker) => ({ blocker, file: carried!.file, initiative: i.id }));
    })
    .filter((b) => !known.has(sameBlocker(b.initiative, b.blocker)));
  return [...fromFiles, ...fromStatus];
}

/**
 * A blocker has begun once its `since` has come; one without a `since` is taken as begun. One not
 * begun yet blocks nothing: the reports and the rule on its owner leave it out (its `since` is a `schema` warning).
 */
export function hasBegun(blocker: Blocker, asOf: IsoDate): boolean {
  return !blocker.since || blocker.since.value <= asOf;
}

/** The rows of `blockers` (by default every open one, begun or not, as the Blockers view lists them). */
export function collectBlockers(
  model: Pick<DeliveryModel, 'initiatives' | 'statuses'>,
  asOf: IsoDate,
  blockers: readonly OpenBlocker[] = openBlockers(model, asOf),
): BlockerRow[] {
  const byId = new Map(model.initiatives.map((initiative) => [initiative.id, initiative]));
  return blockers
    .map(({ blocker, initiative, file }) => toRow(blocker, initiative, byId.get(initiative), file, asOf))
    .sort(compareAge);
}

/** The status file of the most recent ISO week, up to `lastWeek` when given (week names sort as text). */
export function latestStatus(statuses: readonly WeeklyStatusFile[], lastWeek?: string): WeeklyStatusFile | undefined {
  return statuses.reduce<WeeklyStatusFile | undefined>(
    (a, b) => ((lastWeek === undefined || b.week <= lastWeek) && (!a || b.week > a.week) ? b : a),
    undefined,
  );
}

export function countAging(rows: readonly BlockerRow[], days: number): number {
  return rows.filter((row) => row.ageDays !== undefined && row.ageDays > days).length;
}

export function formatAge(days: number | undefined): string {
  if (days === undefined) return 'no start date';
  if (days < 0) return days === -1 ? 'starts tomorrow' : `starts in ${-days} days`;
  if (days === 0) return 'since today';
  return days === 1 ? '1 day' : `${days} days`;
}

function toRow(
  blocker: Blocker,
  id: string,
  initiative: Initiative | undefined,
  file: string,
  asOf: IsoDate,
): BlockerRow {
  const since = validDate(blocker.since?.value);
  const owner = blocker.owner?.value?.trim();
  return {
    text: blocker.blocker?.value?.trim() || 'unnamed blocker',
    owner: owner ? owner : undefined,
    since,
    ageDays: since ? daysBetween(since, asOf) : undefined,
    initiative: id,
    initiativeTitle: initiative ? titleOf(initiative) : id,
    file,
    range: blocker.range,
  };
}

function validDate(value: unknown): IsoDate | undefined {
  return typeof value === 'string' && isIsoDate(value) ? value : undefined;
}

/** Oldest first; blockers without a date last, then by initiative for a stable order. */
function compareAge(a: BlockerRow, b: BlockerRow): number {
  const ageA = a.ageDays ?? Number.NEGATIVE_INFINITY;
  const ageB = b.ageDays ?? Number.NEGATIVE_INFINITY;
  if (ageA !== ageB) return ageA > ageB ? -1 : 1;
  return a.initiative.localeCompare(b.initiative) || a.text.localeCompare(b.text);
}
