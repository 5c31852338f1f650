// debt.yaml, the debt register: a list under `debt:` of known technical debt, each with where it
// lives (path globs), its risk, one owner, since when and what it costs the team.

import { isMap } from 'yaml';
import { IMPACTS, type DebtItem, type DebtRegister } from '../model';
import { fieldsOf, itemField, readChoice, readDate, readItems, readText, readTextList, type Scope } from './fields';
import type { YamlFile } from './yamlFile';

export const DEBT_KEYS = ['item', 'area', 'risk', 'owner', 'since', 'impact'] as const;

export function readDebtFile(file: YamlFile): DebtRegister {
  const register: DebtRegister = { file: file.path, items: [] };
  const top = file.topMap('debt.yaml', 'debt: [{item: …, risk: high}]');
  if (!top || !isMap(top)) return register;
  const scope: Scope = { file };
  const list = fieldsOf(scope, top, ['debt'], 'debt.yaml').get('debt');
  if (!list) return register;
  for (const node of readItems(scope, list)) {
    const place = itemField(scope, list, node);
    if (!isMap(node)) {
      file.problem(place.range, "Each item of 'debt' must be a mapping that starts with `item:` (the debt's name)");
      continue;
    }
    const f = fieldsOf(scope, node, DEBT_KEYS, 'a debt item');
    const item: DebtItem = {
      item: readText(scope, f.get('item')),
      area: readTextList(scope, f.get('area')),
      risk: readChoice(scope, f.get('risk'), IMPACTS),
      owner: readText(scope, f.get('owner')),
      since: readDate(scope, f.get('since')),
      impact: readText(scope, f.get('impact')),
      range: place.range,
    };
    if (!item.item)
      file.problem(
        place.range,
        'This debt item has no name: add `item:` with a short name that `retires:` can refer to',
      );
    register.items.push(item);
  }
  return register;
}
