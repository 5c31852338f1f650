// target-missing, target-unbounded and target-passed: a bounded commitment, and whether it was kept.

import { daysBetween } from '../dates';
import { at, hasProblemWithin, isActive, type Rule } from './context';

export const targetMissing: Rule = ({ model }) =>
  model.initiatives
    .filter((i) => isActive(i) && !i.target)
    .map((i) =>
      at(
        i,
        'target-missing',
        i.idRange,
        `Initiative '${i.id}' has no target: add \`target:\` as a date, month (2026-12), quarter (2026-Q4) or {start, end}`,
      ),
    );

export const targetUnbounded: Rule = ({ model }) =>
  model.initiatives.flatMap((i) => {
    if (!i.target || i.interval || hasProblemWithin(model, i.file, i.target.range)) return [];
    const written = typeof i.target.value === 'string' ? `'${i.target.value}'` : 'this window';
    return [
      at(
        i,
        'target-unbounded',
        i.target.range,
        `Target ${written} has no firm end: use a date, month (2026-12), quarter (2026-Q4) or {start, end}`,
      ),
    ];
  });

export const targetPassed: Rule = ({ model, asOf }) =>
  model.initiatives.flatMap((i) => {
    const status = i.status?.value;
    if (!i.interval || !i.target || status === 'done' || status === 'cancelled' || i.interval.end >= asOf) return [];
    const late = daysBetween(i.interval.end, asOf);
    const ended = i.interval.label === i.interval.end ? '' : ` (${i.interval.end})`;
    return [
      at(
        i,
        'target-passed',
        i.target.range,
        `Target ${i.interval.label} ended ${late} day${late === 1 ? '' : 's'} ago${ended} and the initiative is not done: mark it done or agree a new target`,
      ),
    ];
  });
