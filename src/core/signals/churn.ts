// Constant reprioritization: how often targets and priorities change, per initiative per month.
import { addDays } from '../dates';
import type { IsoDate, SlipLedger } from '../model';
import { changesBetween } from './history';
import type { Signal } from './types';

const LOOKBACK_DAYS = 90;
const RATE_LIMIT = 0.5;
const MONTHLY_LIMIT = 2;

/** `initiatives` name the plan's initiatives (the rate's denominator) and title them in the details. */
export function reprioritizationSignal(
  ledger: SlipLedger | undefined,
  initiatives: readonly { id: string; title: string }[],
  asOf: IsoDate,
): Signal {
  const initiativeCount = initiatives.length;
  const titles = new Map(initiatives.map((i) => [i.id, i.title]));
  const base = { code: 'constant-reprioritization' as const, title: 'Constant reprioritization' };
  if (!ledger)
    return {
      ...base,
      fires: false,
      value: null,
      summary: 'Needs the git history of the initiative files (a trusted workspace).',
      details: [],
    };
  const since = addDays(asOf, 1 - LOOKBACK_DAYS);
  // Target and priority moves are reprioritization; a health or an owner change is not.
  const changes = changesBetween(ledger, since, asOf).filter(
    (c) => c.entry.field === 'target' || c.entry.field === 'priority',
  );
  const rate = initiativeCount === 0 ? 0 : changes.length / initiativeCount / (LOOKBACK_DAYS / 30);
  const perMonth = new Map<string, number>();
  for (const { id, entry } of changes) {
    // An initiative no longer in the plan is named by its id.
    const key = `${titles.get(id) ?? id} in ${entry.date.slice(0, 7)}`;
    perMonth.set(key, (perMonth.get(key) ?? 0) + 1);
  }
  const hot = [...perMonth]
    .filter(([, n]) => n >= MONTHLY_LIMIT)
    .map(([key, n]) => `${key}: ${n} target/priority changes`);
  const fires = rate >= RATE_LIMIT || hot.length > 0;
  const figure = `${changes.length} target/priority changes in the last ${LOOKBACK_DAYS} days (${rate.toFixed(2)} per initiative per month)`;
  const summary = fires
    ? `${figure}; plans that move this often stop being commitments.`
    : `${figure}; within the limit of ${RATE_LIMIT} and fewer than ${MONTHLY_LIMIT} in any month for one initiative.`;
  return { ...base, fires, value: round(rate), summary, details: hot };
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
