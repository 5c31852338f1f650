// Output without outcomes: which active and done initiatives name an outcome metric,
// and which done ones have measured it.
import type { Initiative } from '../model';
import { round } from './churn';
import type { Signal } from './types';

const COVERAGE_LIMIT = 0.8;
const COUNTED = new Set(['not-started', 'on-track', 'at-risk', 'off-track', 'done']);

export function outcomeSignal(initiatives: Initiative[]): Signal {
  const base = { code: 'output-without-outcomes' as const, title: 'Output without outcomes' };
  const counted = initiatives.filter((i) => COUNTED.has(i.status?.value ?? 'not-started'));
  if (counted.length === 0)
    return { ...base, fires: false, value: null, summary: 'No active or done initiative.', details: [] };
  const withMetric = counted.filter((i) => i.outcome?.metric?.value);
  const done = counted.filter((i) => i.status?.value === 'done');
  const unmeasured = done.filter((i) => !i.outcome?.current?.value);
  const coverage = withMetric.length / counted.length;
  const fires = coverage < COVERAGE_LIMIT || unmeasured.length > 0;
  const figure = `${withMetric.length} of ${counted.length} active or done initiatives name an outcome metric (${Math.round(coverage * 100)}%)`;
  const measured =
    done.length > 0
      ? `; ${done.length - unmeasured.length} of ${done.length} done ones report a measured current value`
      : '';
  return {
    ...base,
    fires,
    value: round(coverage),
    summary: `${figure}${measured}.`,
    details: [
      ...counted.filter((i) => !i.outcome?.metric?.value).map((i) => `${i.id}: no outcome metric`),
      ...unmeasured.map((i) => `${i.id}: done, outcome not measured`),
    ],
  };
}
