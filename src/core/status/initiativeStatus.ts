// Writes an initiative's new `status` into its own file (or its entry in initiatives.yaml),
// changing that one value and nothing else.
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { DeliveryError } from '../errors';
import type { InitiativeStatus } from '../model';
import { parseOrExplain, sameData } from './apply';
import { RENDER, Splicer } from './splice';

function findEntry(contents: unknown, id: string, file: string): YAMLMap {
  if (isMap(contents) && !contents.has('initiatives')) return contents;
  const list = isMap(contents) ? contents.get('initiatives', true) : undefined;
  const entry = isSeq(list) ? list.items.find((item) => isMap(item) && String(item.get('id')) === id) : undefined;
  if (isMap(entry)) return entry;
  throw new DeliveryError(`Initiative "${id}" was not found in ${file}.`, 'Refresh the initiatives and try again.', file);
}

/** Returns `text` with the initiative's `status` set to `status`; `id` finds it in a list file. */
export function applyInitiativeStatus(text: string, id: string, status: InitiativeStatus, file: string): string {
  const original = parseOrExplain(text, file);
  const edited = parseOrExplain(text, file);
  const entry = findEntry(edited.contents, id, file);
  if (String(entry.get('status') ?? '') === status) return text;
  const node = entry.get('status', true);
  if (node && typeof node === 'object' && 'value' in node) (node as { value: unknown }).value = status;
  else entry.set(edited.createNode('status'), edited.createNode(status));
  const splicer = new Splicer(text);
  splicer.diff(original.contents, edited.contents, false);
  const spliced = splicer.apply();
  const expected = edited.toString(RENDER);
  return sameData(spliced, expected) ? spliced : expected;
}
