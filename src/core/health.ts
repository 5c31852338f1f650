// One health per initiative per week, the same on every surface (trees, reports, reviews, the
// form's prefill): that week's status entry; else the latest earlier entry, carried over ("no
// update this week"); else the initiative file. A file that says the initiative is done,
// cancelled or paused wins over any entry: that is the initiative's life, not a week's health.
import type { Initiative, InitiativeStatus, WeeklyStatusFile } from './model';

export interface WeekHealth {
  status: InitiativeStatus;
  /** `week`: this week's entry; `carried`: an earlier week's entry; `file`: the initiative file. */
  source: 'week' | 'carried' | 'file';
  /** The week the entry is from, when there is one. */
  week?: string;
}

const LIFECYCLE: ReadonlySet<InitiativeStatus> = new Set(['done', 'cancelled', 'paused']);

export function weekHealth(initiative: Initiative, statuses: readonly WeeklyStatusFile[], week: string): WeekHealth {
  const fileStatus = initiative.status?.value;
  if (fileStatus && LIFECYCLE.has(fileStatus)) return { status: fileStatus, source: 'file' };
  let found: { status: InitiativeStatus; week: string } | undefined;
  for (const file of statuses) {
    if (file.week > week || (found && file.week <= found.week)) continue;
    const status = file.initiatives.find((entry) => entry.id === initiative.id)?.status?.value;
    if (status) found = { status, week: file.week };
  }
  if (found) return { status: found.status, source: found.week === week ? 'week' : 'carried', week: found.week };
  return { status: fileStatus ?? 'not-started', source: 'file' };
}

/** Each initiative's health in `week`, by id. */
export function healthsIn(
  initiatives: readonly Initiative[],
  statuses: readonly WeeklyStatusFile[],
  week: string,
): Map<string, WeekHealth> {
  return new Map(initiatives.map((initiative) => [initiative.id, weekHealth(initiative, statuses, week)]));
}
