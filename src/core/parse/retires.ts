// `retires:` names debt items of debt.yaml: a name that matches none is a typo or a debt never registered.

import type { DeliveryModel, Finding } from '../model';
import { oneLine } from './oneLine';
import { didYouMean, Suggester } from './suggest';

export function checkRetires(model: DeliveryModel): Finding[] {
  const names = new Set((model.debt?.items ?? []).flatMap((d) => (d.item ? [d.item.value] : [])));
  const suggester = new Suggester(names);
  return (model.investments ?? []).flatMap((file) =>
    file.investments.flatMap((investment) =>
      investment.retires
        .filter((name) => !names.has(name.value))
        .map((name): Finding => {
          const hint =
            didYouMean(name.value, suggester) ||
            (model.debt
              ? ': add it to .delivery/debt.yaml or correct the name'
              : ': add .delivery/debt.yaml with this item, or remove it from `retires`');
          return {
            file: file.file,
            range: name.range,
            severity: 'warning',
            code: 'schema',
            message: oneLine(`'retires' names '${name.value}', which is no item of the debt register${hint}`),
          };
        }),
    ),
  );
}
