// initiatives.yaml: several initiatives in one file, as a list under `initiatives:` with an `id` each.

import { isMap, isScalar, isSeq } from 'yaml';
import type { Initiative } from '../model';
import { fieldsOf, readText } from './fields';
import { isValidId } from './files';
import { readInitiative } from './initiative';
import type { YamlFile } from './yamlFile';

export function readInitiativeList(file: YamlFile): Initiative[] {
  const top = file.topMap('initiatives.yaml', 'initiatives: [{id: …, title: …}]');
  if (!top || !isMap(top)) return [];
  const list = fieldsOf({ file }, top, ['initiatives'], 'initiatives.yaml').get('initiatives');
  if (!list || !isSeq(list.node)) {
    file.problem(
      list?.range ?? file.firstLine(),
      'initiatives.yaml must hold a list under `initiatives:`, each entry with an `id`',
    );
    return [];
  }
  return list.node.items.flatMap((item) => {
    const node = file.resolve(item);
    const range = file.range(node);
    if (!isMap(node)) {
      file.problem(range, 'Each entry of `initiatives:` must be a mapping that starts with `id:`');
      return [];
    }
    const idPair = node.items.find((pair) => isScalar(pair.key) && pair.key.value === 'id');
    const idField = idPair && {
      key: 'id',
      keyRange: file.range(idPair.key),
      node: file.resolve(idPair.value),
      range: file.range(idPair.value ?? idPair.key),
    };
    const id = readText({ file }, idField);
    if (!id || !idField) {
      file.problem(range, 'This initiative has no `id`: add `id: <short-name>` (letters, digits, - . _)');
      return [];
    }
    if (!isValidId(id.value)) {
      file.problem(
        id.range,
        `Id '${id.value}' must be letters, digits, '-', '.' or '_' (no spaces)`,
        'error',
        id.value,
      );
    }
    return [readInitiative(file, { id: id.value, range, idRange: id.range }, node, ['id'])];
  });
}
