// owner-missing and owner-not-a-person: every initiative has exactly one accountable person.

import { checkOwner } from '../person';
import { at, type Rule } from './context';

export const ownerMissing: Rule = ({ model }) =>
  model.initiatives
    .filter((i) => !i.owner)
    .map((i) =>
      at(
        i,
        'owner-missing',
        i.idRange,
        `Initiative '${i.id}' has no owner: add \`owner:\` with one person who answers for it`,
      ),
    );

export const ownerNotAPerson: Rule = ({ model }) =>
  model.initiatives.flatMap((i) => {
    if (!i.owner) return [];
    const check = checkOwner(i.owner.value);
    if (check.ok) return [];
    return [
      at(
        i,
        'owner-not-a-person',
        i.owner.range,
        `Owner ${check.reason}: name one person who answers for this initiative`,
      ),
    ];
  });
