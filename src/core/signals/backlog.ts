// Invisible backlog growth: the `backlog` counts of the weekly status files, as a trend.
import type { WeeklyStatusFile } from '../model';
import type { Signal } from './types';

const WEEKS = 8;
const GROWTH_LIMIT = 0.1;
const STREAK_LIMIT = 3;

export interface BacklogPoint {
  week: string;
  backlog: number;
}

/** The backlog of the last weeks up to and including `week`, oldest first. */
export function backlogTrend(statuses: WeeklyStatusFile[], week: string, weeks = WEEKS): BacklogPoint[] {
  return statuses
    .filter((s) => s.backlog !== undefined && s.week <= week)
    .map((s) => ({ week: s.week, backlog: s.backlog?.value as number }))
    .sort((a, b) => a.week.localeCompare(b.week))
    .slice(-weeks);
}

export function backlogSignal(trend: BacklogPoint[]): Signal {
  const base = { code: 'backlog-growth' as const, title: 'Invisible backlog growth' };
  if (trend.length < 2) {
    return {
      ...base,
      fires: false,
      value: null,
      summary: 'Fewer than two weekly status files give a backlog; add `backlog:` each week.',
      details: [],
    };
  }
  const first = trend[0];
  const last = trend[trend.length - 1];
  const change = last.backlog - first.backlog;
  const growth = first.backlog === 0 ? (change > 0 ? 1 : 0) : change / first.backlog;
  let streak = 0;
  for (let i = trend.length - 1; i > 0 && trend[i].backlog > trend[i - 1].backlog; i--) streak++;
  const fires = trend.length >= 3 && (growth >= GROWTH_LIMIT || streak >= STREAK_LIMIT);
  const sign = change > 0 ? '+' : '';
  const figure = `Backlog ${first.backlog} (${first.week}) → ${last.backlog} (${last.week}), ${sign}${change} (${sign}${Math.round(growth * 100)}%)`;
  const why = streak >= STREAK_LIMIT ? `; it grew ${streak} weeks in a row` : '';
  return {
    ...base,
    fires,
    value: change,
    summary: `${figure}${why}.`,
    // One line for the whole series, so no list cap can hide the weeks the summary quotes.
    details: [trend.map((p) => `${p.week}: ${p.backlog}`).join(' · ')],
  };
}
