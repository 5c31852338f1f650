// The four failure signals of the delivery rhythm over the whole portfolio.
import { isoWeekOf, quarterOf } from '../dates';
import type { DeliveryModel, IsoDate } from '../model';
import { backlogSignal, backlogTrend } from './backlog';
import { reprioritizationSignal } from './churn';
import { outcomeSignal, type OutcomeEvidence } from './outcomes';
import { commitments, reliabilitySignal } from './reliability';
import type { Signal } from './types';
import { titleOf } from '../view/grouping';

export type { Signal, SignalCode } from './types';

/** All four signals as of a day; `ledger` and `recent` (see OutcomeEvidence) are undefined when git may not be read. */
export function computeSignals(
  model: DeliveryModel,
  { ledger, recent }: OutcomeEvidence,
  asOf: IsoDate,
  quarter = quarterOf(asOf),
): Signal[] {
  return [
    reprioritizationSignal(
      ledger,
      model.initiatives.map((i) => ({ id: i.id, title: titleOf(i) })),
      asOf,
    ),
    reliabilitySignal(commitments(model.initiatives, ledger, quarter, asOf), quarter, asOf),
    backlogSignal(backlogTrend(model.statuses, isoWeekOf(asOf))),
    outcomeSignal(model, { ledger, recent }, asOf),
  ];
}
