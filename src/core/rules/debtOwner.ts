// owner-missing and owner-not-a-person for the debt register and the investment proposals:
// a debt or an investment nobody answers for is one nobody will retire or fund.

import { checkOwner } from '../person';
import type { DeliveryModel, Located, Range } from '../model';
import type { Rule, RuleFinding } from './context';

interface Owned {
  file: string;
  kind: 'debt' | 'investment';
  what: string;
  owner?: Located<string>;
  range: Range;
}

function owned(model: DeliveryModel): Owned[] {
  const debt = (model.debt?.items ?? []).map((d) => ({
    file: model.debt!.file,
    kind: 'debt' as const,
    what: d.item ? `Debt item '${d.item.value}'` : 'This debt item',
    owner: d.owner,
    range: d.item?.keyRange ?? d.range,
  }));
  const investments = (model.investments ?? []).flatMap((f) =>
    f.investments.map((i) => ({
      file: f.file,
      kind: 'investment' as const,
      what: i.investment ? `Investment '${i.investment.value}'` : 'This investment',
      owner: i.owner,
      range: i.investment?.keyRange ?? i.range,
    })),
  );
  return [...debt, ...investments];
}

export const debtOwnerMissing: Rule = ({ model }) =>
  owned(model)
    .filter((o) => !o.owner)
    .map((o): RuleFinding => ({
      file: o.file,
      range: o.range,
      code: 'owner-missing',
      message: `${o.what} has no owner: add \`owner:\` with one person who answers for it`,
    }));

export const debtOwnerNotAPerson: Rule = ({ model }) =>
  owned(model).flatMap((o): RuleFinding[] => {
    if (!o.owner) return [];
    const check = checkOwner(o.owner.value);
    if (check.ok) return [];
    return [
      {
        file: o.file,
        range: o.owner.range,
        code: 'owner-not-a-person',
        message: `Owner ${check.reason}: name one person who answers for this ${o.kind}`,
      },
    ];
  });
