// Every open blocker in one list, oldest first: from the initiatives and the latest weekly status.
import { daysBetween, isIsoDate } from '../dates';
import type { Blocker, DeliveryModel, Initiative, IsoDate, Range, WeeklyStatusFile } from '../model';
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

export function collectBlockers(model: DeliveryModel, asOf: IsoDate): BlockerRow[] {
  const byId = new Map(model.initiatives.map((initiative) => [initiative.id, initiative]));
  const rows: BlockerRow[] = [];
  const seen = new Set<string>();
  const add = (blocker: Blocker, initiativeId: string, file: string) => {
    const row = toRow(blocker, initiativeId, byId.get(initiativeId), file, asOf);
    // The status file usually repeats the initiative's blockers; one row per blocker is enough.
    const key = `${initiativeId}\u0000${row.text.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    rows.push(row);
  };
  for (const initiative of model.initiatives) {
    for (const blocker of initiative.blockers) add(blocker, initiative.id, initiative.file);
  }
  const latest = latestStatus(model.statuses);
  for (const entry of latest?.initiatives ?? []) {
    for (const blocker of entry.blockers) add(blocker, entry.id, latest!.file);
  }
  return rows.sort(compareAge);
}

/** The status file of the most recent ISO week (week names sort as text). */
export function latestStatus(statuses: readonly WeeklyStatusFile[]): WeeklyStatusFile | undefined {
  return statuses.reduce<WeeklyStatusFile | undefined>((a, b) => (!a || b.week > a.week ? b : a), undefined);
}

export function countAging(rows: readonly BlockerRow[], days: number): number {
  return rows.filter((row) => row.ageDays !== undefined && row.ageDays > days).length;
}

export function formatAge(days: number | undefined): string {
  if (days === undefined) return 'no start date';
  if (days <= 0) return 'since today';
  return days === 1 ? '1 day' : `${days} days`;
}

function toRow(blocker: Blocker, id: string, initiative: Initiative | undefined, file: string, asOf: IsoDate): BlockerRow {
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
