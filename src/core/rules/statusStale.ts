// status-stale: an active initiative that no weekly status has mentioned for N days.

import { daysBetween, isoWeekOf, weekRange } from '../dates';
import type { Initiative, IsoDate, WeeklyStatusFile } from '../model';
import { at, isActive, type Rule } from './context';

const DEFAULT_DAYS = 10;

/** A status covering week W counts as of W's Sunday. */
function lastMention(i: Initiative, statuses: readonly WeeklyStatusFile[]): { date: IsoDate; week: string } | undefined {
  let last: { date: IsoDate; week: string } | undefined;
  for (const status of statuses) {
    if (!status.initiatives.some((e) => e.id === i.id)) continue;
    const date = weekRange(status.week).end;
    if (!last || date > last.date) last = { date, week: status.week };
  }
  return last;
}

export const statusStale: Rule = ({ model, asOf, days }) => {
  const limit = days('status-stale', DEFAULT_DAYS);
  const next = `status/${isoWeekOf(asOf)}.yaml`;
  return model.initiatives.flatMap((i) => {
    if (!isActive(i)) return [];
    const last = lastMention(i, model.statuses);
    const range = i.status?.keyRange ?? i.idRange;
    if (!last) return [at(i, 'status-stale', range, `No weekly status mentions '${i.id}': add it to ${next}`)];
    const age = daysBetween(last.date, asOf);
    if (age <= limit) return [];
    return [at(i, 'status-stale', range, `No weekly status has mentioned '${i.id}' for ${age} days (last: ${last.week}): add it to ${next}`)];
  });
};
