// why-missing and outcome-missing: the business reason, and the result rather than the output.

import { at, isActive, type Rule } from './context';

export const whyMissing: Rule = ({ model }) =>
  model.initiatives
    .filter((i) => !i.why)
    .map((i) =>
      at(
        i,
        'why-missing',
        i.title?.keyRange ?? i.idRange,
        `Initiative '${i.id}' has no \`why\`: add the business reason it exists for`,
      ),
    );

export const outcomeMissing: Rule = ({ model }) =>
  model.initiatives
    .filter((i) => (isActive(i) || i.status?.value === 'done') && !i.outcome?.metric)
    .map((i) =>
      at(
        i,
        'outcome-missing',
        i.outcome?.range ?? i.idRange,
        `Initiative '${i.id}' tracks no outcome: add \`outcome.metric\` (with baseline and target) for the result it should change`,
      ),
    );
