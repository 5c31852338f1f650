// One initiative's outcome in the quarterly review: its measurements over time, how far the last
// one has come from baseline to target, how old it is, and what shipped since it was taken.
import type { Initiative, IsoDate } from '../model';
import { ageOf, measurementsOf, progressTo, type Measurement } from '../outcome/measurements';
import { titleOf } from '../view/grouping';
import type { ReportInputs } from './inputs';
import { distinctChanges } from './rows';

export interface OutcomeRow {
  id: string;
  title: string;
  metric: string | null;
  baseline: string | null;
  target: string | null;
  /** The last measurement's value, as before; null when never measured. */
  current: string | null;
  /** Every measurement known on the as-of day, oldest first. */
  history: Measurement[];
  /** From baseline (0) to target (1) for the last measurement; negative the wrong way; null when not computable. */
  progress: number | null;
  measured: IsoDate | null;
  /** Days from the last measurement to the as-of day. */
  ageDays: number | null;
  /** Distinct changes shipped for it after the last measurement's day, among those the review read; null without git. */
  shippedSince: number | null;
}

export function outcomeRow(inputs: ReportInputs, initiative: Initiative): OutcomeRow {
  const history = measurementsOf(initiative, inputs.ledger?.get(initiative.id), inputs.asOf);
  const last = history.at(-1);
  return {
    id: initiative.id,
    title: titleOf(initiative),
    metric: initiative.outcome?.metric?.value ?? null,
    baseline: initiative.outcome?.baseline?.value ?? null,
    target: initiative.outcome?.target?.value ?? null,
    current: last?.value ?? null,
    history,
    progress: progressTo(initiative, last),
    measured: last?.date ?? null,
    ageDays: ageOf(last, inputs.asOf),
    shippedSince: shippedSince(inputs, initiative.id, last),
  };
}

function shippedSince(inputs: ReportInputs, id: string, last: Measurement | undefined): number | null {
  if (!inputs.mapping) return null;
  const items = inputs.mapping.byInitiative.get(id) ?? [];
  // Without a dated measurement, everything shipped counts as unmeasured.
  return distinctChanges(last?.date ? items.filter((item) => item.date > last.date!) : items);
}
