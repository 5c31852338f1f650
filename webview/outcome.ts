// A card's outcome: the metric and its last measurement as the initiative file says, and the
// fields to record a new one, which Save writes into that file (not into the week's status).
import type { InitiativeCard } from '../src/core/protocol';
import { type MeasurementDraft, measurementField } from '../src/core/status/measurement';
import { h } from './dom';
import { textField } from './fields';

export interface OutcomeContext {
  measurement: MeasurementDraft;
  measure(key: 'value' | 'measured', value: string): void;
}

function lastMeasurement(seen: MeasurementDraft['seen']): string {
  if (seen.current === '') return 'not measured yet';
  return seen.measured ? `${seen.current}, measured ${seen.measured}` : `${seen.current}, day not recorded`;
}

export function outcomeSection(card: InitiativeCard, ctx: OutcomeContext): HTMLElement | null {
  if (!card.outcome) return null;
  const { measurement } = ctx;
  const file = card.file ?? 'the initiative file';
  const now = `outcome-${card.id}-now`;
  return h(
    'fieldset',
    { class: 'outcome', 'aria-describedby': now },
    h('legend', {}, 'Outcome'),
    h(
      'p',
      { class: 'outcome-now', id: now },
      h('span', { class: 'metric' }, card.outcome.metric),
      h('span', { class: 'note' }, ' · '),
      h('span', { class: 'current' }, lastMeasurement(measurement.seen)),
    ),
    h('h4', { id: `outcome-${card.id}-record` }, 'Record a measurement'),
    h(
      'div',
      { class: 'row measurement', role: 'group', 'aria-labelledby': `outcome-${card.id}-record` },
      textField({
        id: measurementField(card.id, 'current'),
        name: 'current',
        label: 'Measured value',
        value: measurement.value,
        placeholder: 'e.g. 2.35%',
        onInput: (value) => ctx.measure('value', value),
      }),
      textField({
        id: measurementField(card.id, 'measured'),
        name: 'measured',
        label: 'Measured on',
        value: measurement.measured,
        placeholder: 'YYYY-MM-DD',
        onInput: (value) => ctx.measure('measured', value),
      }),
    ),
    h(
      'p',
      { class: 'note measurement-note' },
      `Save writes the value and its day into ${file} as the outcome's current and measured; with no value, nothing is written there.`,
    ),
  );
}
