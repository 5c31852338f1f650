// outcome-stale: an active initiative whose last outcome measurement is more than N days old, and
// the schema check that `outcome.measured` is not a day still to come.
import { daysBetween } from '../dates';
import { ageOf, measurementsOf } from '../outcome/measurements';
import { at, isActive, type Rule } from './context';

const DEFAULT_DAYS = 45;

export const outcomeStale: Rule = ({ model, asOf, ledger, days }) => {
  const limit = days('outcome-stale', DEFAULT_DAYS);
  return model.initiatives.flatMap((i) => {
    // Never measured is not stale: outcome-missing and the outcome signal speak of it.
    const last = measurementsOf(i, ledger?.get(i.id), asOf).at(-1);
    const age = ageOf(last, asOf);
    if (!isActive(i) || !last?.date || age === null || age <= limit) return [];
    const range = i.outcome?.measured?.keyRange ?? i.outcome?.current?.keyRange ?? i.idRange;
    // Without `measured`, the commit that wrote the value dates it: measured on or before that day.
    const when = last.dated === 'measured' ? last.date : `on or before ${last.date}`;
    return [
      at(
        i,
        'outcome-stale',
        range,
        `The outcome of '${i.id}' was last measured ${when} (${last.value}), ${age} days ago: record a new measurement in outcome.current and outcome.measured`,
      ),
    ];
  });
};

/** A measurement cannot come from a day that has not happened: most likely a typo in the year or month. */
export const measuredInFuture: Rule = ({ model, asOf }) =>
  model.initiatives.flatMap((i) => {
    const measured = i.outcome?.measured;
    if (!measured || measured.value <= asOf) return [];
    return [
      at(
        i,
        'schema',
        measured.range,
        `outcome.measured ${measured.value} is ${daysBetween(asOf, measured.value)} days after today (${asOf}): give the day the value was measured`,
      ),
    ];
  });
