// Setting one key of a mapping on the parsed document, for the writers that fill or fix a value.
import { type Document, isScalar, type YAMLMap } from 'yaml';

/** Where a key new to a mapping goes: first, or right after the first of these keys it has (else last). */
export type NewKeyPlace = 'first' | readonly string[];

/**
 * Sets `key` to `value` as a new node, so it is written plain when YAML reads it back so (quoted
 * otherwise), whatever the old value was. Returns false when the key already holds the value.
 */
export function setKey(doc: Document, map: YAMLMap, key: string, value: unknown, place: NewKeyPlace = []): boolean {
  const index = (name: string) => map.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === name);
  const existing = map.items[index(key)];
  if (existing) {
    if (isScalar(existing.value) && existing.value.value === value) return false;
    existing.value = doc.createNode(value);
    return true;
  }
  const anchor = place === 'first' ? -1 : place.map(index).find((i) => i >= 0);
  map.items.splice(anchor === undefined ? map.items.length : anchor + 1, 0, doc.createPair(key, value));
  return true;
}
