// duplicate-id: ids are unique across initiatives/<id>.yaml and initiatives.yaml.

import type { Initiative } from '../model';
import { at, type Rule } from './context';

export const duplicateId: Rule = ({ model }) => {
  const byId = new Map<string, Initiative[]>();
  for (const i of model.initiatives) byId.set(i.id, [...(byId.get(i.id) ?? []), i]);
  return [...byId.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((i) => {
        const others = group.filter((o) => o !== i).map((o) => `${o.file}:${o.idRange.start.line + 1}`);
        return at(
          i,
          'duplicate-id',
          i.idRange,
          `Id '${i.id}' is also used by ${others.join(', ')}: rename one of them`,
        );
      }),
    );
};
