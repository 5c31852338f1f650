// Output without outcomes: active initiatives that keep shipping without measuring what it changed,
// and done ones never measured after they were done.
import { addDays } from '../dates';
import type { ShippedItem } from '../git/shipped';
import type { DeliveryModel, Initiative, IsoDate, SlipLedger } from '../model';
import { measuredSince, measurementsOf, type Measurement } from '../outcome/measurements';
import { isActive } from '../rules/context';
import { doneOn } from './history';
import type { Signal } from './types';
import { titleOf } from '../view/grouping';

export interface OutcomeEvidence {
  /** Undefined without git. */
  ledger?: SlipLedger;
  /** What each initiative shipped in the signal's look-back (`rules: output-without-outcomes: days`); undefined without git. */
  recent?: ReadonlyMap<string, readonly ShippedItem[]>;
}

export function outcomeSignal(model: DeliveryModel, evidence: OutcomeEvidence, asOf: IsoDate): Signal {
  const base = { code: 'output-without-outcomes' as const, title: 'Output without outcomes' };
  const { items, days } = model.config.outcomeSignal;
  const since = addDays(asOf, 1 - days);
  const history = (i: Initiative) => measurementsOf(i, evidence.ledger?.get(i.id), asOf);
  const busy = evidence.recent
    ? model.initiatives.flatMap((i) => {
        const shipped = evidence.recent?.get(i.id)?.length ?? 0;
        if (!isActive(i) || shipped < items) return [];
        const measurements = history(i);
        return measuredSince(measurements, since)
          ? []
          : [`${titleOf(i)}: ${shipped} changes shipped in the last ${days} days, ${lastMeasured(measurements)}`];
      })
    : [];
  const unmeasured = model.initiatives.flatMap((i) => {
    if (i.status?.value !== 'done') return [];
    const measurements = history(i);
    return measuredAfterDone(i, measurements, evidence.ledger)
      ? []
      : [`${titleOf(i)}: done, ${lastMeasured(measurements)}, no measurement since it was done`];
  });
  const details = [...busy, ...unmeasured];
  const rule = `${items} or more changes shipped in ${days} days without a measurement`;
  if (!evidence.recent && unmeasured.length === 0)
    return {
      ...base,
      fires: false,
      value: null,
      summary: 'Needs the shipped work from git (a trusted workspace).',
      details,
    };
  const summary =
    details.length === 0
      ? `No active initiative shipped ${items} or more changes in the last ${days} days without measuring its outcome, and every done one was measured when done.`
      : `${details.length} ${details.length === 1 ? 'initiative ships' : 'initiatives ship'} without measuring the outcome (${rule}, or done and not measured).`;
  return { ...base, fires: details.length > 0, value: details.length, summary, details };
}

function lastMeasured(measurements: readonly Measurement[]): string {
  const last = measurements.at(-1);
  if (!last) return 'never measured';
  if (!last.date) return `last measured on an unknown day (${last.value})`;
  return `last measured ${last.dated === 'on-or-before' ? 'on or before ' : ''}${last.date}`;
}

/** A final measurement is one taken on or after the day it became done (any, when git does not say when). */
function measuredAfterDone(
  i: Initiative,
  measurements: readonly Measurement[],
  ledger: SlipLedger | undefined,
): boolean {
  const done = ledger ? doneOn(ledger.get(i.id)) : undefined;
  if (!done) return measurements.length > 0;
  return measurements.some((m) => m.date !== null && m.date >= done);
}
