// status-stale: an active initiative that no weekly status has mentioned for N days.

import { daysBetween, isoWeekOf, weekRange } from '../dates';
import type { IsoDate, WeeklyStatusFile } from '../model';
import { at, isActive, type Rule } from './context';

const DEFAULT_DAYS = 10;

interface Mention {
  date: IsoDate;
  week: string;
}

/** The last status mention of every initiative id; a status covering week W counts as of W's Sunday. */
function lastMentions(statuses: readonly WeeklyStatusFile[]): Map<string, Mention> {
  const last = new Map<string, Mention>();
  for (const status of statuses) {
    const date = weekRange(status.week).end;
    for (const { id } of status.initiatives) {
      const seen = last.get(id);
      if (!seen || date > seen.date) last.set(id, { date, week: status.week });
    }
  }
  return last;
}

export const statusStale: Rule = ({ model, asOf, days }) => {
  const limit = days('status-stale', DEFAULT_DAYS);
  const next = `status/${isoWeekOf(asOf)}.yaml`;
  const mentions = lastMentions(model.statuses);
  return model.initiatives.flatMap((i) => {
    if (!isActive(i)) return [];
    const last = mentions.get(i.id);
    const range = i.status?.keyRange ?? i.idRange;
    if (!last) return [at(i, 'status-stale', range, `No weekly status mentions '${i.id}': add it to ${next}`)];
    const age = daysBetween(last.date, asOf);
    if (age <= limit) return [];
    return [
      at(
        i,
        'status-stale',
        range,
        `No weekly status has mentioned '${i.id}' for ${age} days (last: ${last.week}): add it to ${next}`,
      ),
    ];
  });
};
