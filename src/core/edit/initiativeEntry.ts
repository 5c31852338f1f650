// Where an initiative stands in a parsed plan file: the whole file, or its entry in initiatives.yaml.
import { type Document, isMap, isSeq, type YAMLMap } from 'yaml';
import { DeliveryError } from '../errors';

export function initiativeEntry(doc: Document, id: string, file: string): YAMLMap {
  const contents = doc.contents;
  if (isMap(contents) && !contents.has('initiatives')) return contents;
  const list = isMap(contents) ? contents.get('initiatives', true) : undefined;
  const entry = isSeq(list) ? list.items.find((item) => isMap(item) && String(item.get('id')) === id) : undefined;
  if (isMap(entry)) return entry;
  throw new DeliveryError(
    `Initiative "${id}" was not found in ${file}.`,
    'Refresh the initiatives and try again.',
    file,
  );
}
