// Writes into an initiative's own file (or its entry in initiatives.yaml), changing the one value
// asked for and nothing else: its `status`, or the owner of one of its blockers.
import { type Document, isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { DeliveryError } from '../errors';
import type { InitiativeStatus } from '../model';
import { blockerKey } from '../view/blockers';
import { parseOrExplain, sameData } from './apply';
import { RENDER, Splicer } from './splice';

function findEntry(contents: unknown, id: string, file: string): YAMLMap {
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

/** `text` with the initiative's entry changed by `edit` (which returns false for "nothing to change"), spliced into the original. */
function editEntry(text: string, id: string, file: string, edit: (entry: YAMLMap, doc: Document) => boolean): string {
  const original = parseOrExplain(text, file);
  const edited = parseOrExplain(text, file);
  if (!edit(findEntry(edited.contents, id, file), edited)) return text;
  const splicer = new Splicer(text);
  splicer.diff(original.contents, edited.contents, false);
  const spliced = splicer.apply();
  const expected = edited.toString(RENDER);
  return sameData(spliced, expected) ? spliced : expected;
}

/** Returns `text` with the initiative's `status` set to `status`; `id` finds it in a list file. */
export function applyInitiativeStatus(text: string, id: string, status: InitiativeStatus, file: string): string {
  return editEntry(text, id, file, (entry, doc) => {
    if (String(entry.get('status') ?? '') === status) return false;
    const node = entry.get('status', true);
    if (isScalar(node)) node.value = status;
    else entry.set(doc.createNode('status'), doc.createNode(status));
    return true;
  });
}

/**
 * Returns `text` with `owner` as the owner of the initiative's blocker whose text is `blocker`
 * (compared as the Blockers view does: trimmed, any case). A blocker written as plain text becomes
 * a mapping with its text and the owner.
 */
export function applyBlockerOwner(text: string, id: string, blocker: string, owner: string, file: string): string {
  const same = (value: unknown) => blockerKey(String(value ?? '')) === blockerKey(blocker);
  return editEntry(text, id, file, (entry, doc) => {
    const list = entry.get('blockers', true);
    const items = isSeq(list) ? list.items : [];
    const index = items.findIndex((item) =>
      isMap(item) ? same(item.get('blocker')) : isScalar(item) && same(item.value),
    );
    if (!isSeq(list) || index < 0) {
      throw new DeliveryError(
        `The blocker "${blocker}" was not found in ${file}.`,
        'Refresh the form and try again.',
        file,
      );
    }
    const item = items[index];
    if (isMap(item)) {
      if (String(item.get('owner') ?? '') === owner) return false;
      const node = item.get('owner', true);
      if (isScalar(node)) node.value = owner;
      else item.set(doc.createNode('owner'), doc.createNode(owner));
    } else {
      list.items[index] = doc.createNode({ blocker: String((item as { value: unknown }).value), owner });
    }
    return true;
  });
}
