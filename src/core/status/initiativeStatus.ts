// Writes into an initiative's own file (or its entry in initiatives.yaml), changing the one value
// asked for and nothing else: its `status`, or the owner of one of its blockers.
import { isMap, isScalar, isSeq } from 'yaml';
import { initiativeEntry } from '../edit/initiativeEntry';
import { setKey } from '../edit/setKey';
import { editedText } from '../edit/yamlEdit';
import { DeliveryError } from '../errors';
import type { InitiativeStatus } from '../model';
import { blockerKey } from '../view/blockers';

/** Returns `text` with the initiative's `status` set to `status`; `id` finds it in a list file. */
export function applyInitiativeStatus(text: string, id: string, status: InitiativeStatus, file: string): string {
  return editedText(text, file, (doc) => {
    const entry = initiativeEntry(doc, id, file);
    if (String(entry.get('status') ?? '') === status) return false;
    const node = entry.get('status', true);
    if (isScalar(node)) node.value = status;
    else setKey(doc, entry, 'status', status);
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
  return editedText(text, file, (doc) => {
    const list = initiativeEntry(doc, id, file).get('blockers', true);
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
    if (!isMap(item)) {
      list.items[index] = doc.createNode({ blocker: String((item as { value: unknown }).value), owner });
      return true;
    }
    if (String(item.get('owner') ?? '') === owner) return false;
    const node = item.get('owner', true);
    if (isScalar(node)) node.value = owner;
    else setKey(doc, item, 'owner', owner);
    return true;
  });
}
