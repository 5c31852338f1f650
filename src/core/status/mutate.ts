// Applies a weekly status to a parsed YAML document through the Document API, touching only
// the keys the form owns, so comments, unknown keys and other initiatives stay as they were.
import { type Document, isAlias, isMap, isScalar, isSeq, type Node, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { DeliveryError } from '../errors';
import { CARD_FIELDS, cardKey, type FieldKey } from './fieldKeys';
import type { BlockerDraft, DecisionDraft, InitiativeStatusDraft, WeeklyStatus } from './types';

type Key = string | number;

/** The form shows texts trimmed, as the model reads them; a block keeps its own trailing newlines. */
function isBlockScalar(node: Scalar): boolean {
  return typeof node.value === 'string' && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
}

/** A value behind an anchor or an alias is shared with another place: editing it here would change or break that place. */
export function refuseShared(node: unknown, where: string, file: string): void {
  if (isAlias(node) || (node && typeof node === 'object' && (node as Node).anchor)) {
    throw new DeliveryError(
      `"${where}" in ${file} uses a YAML anchor or alias, so the form cannot change it without changing another place.`,
      'Edit that value in the file itself.',
      file,
    );
  }
}

/** Sets a scalar, keeping the existing node (and so its quoting) when only the value changes. */
function setMapScalar(doc: Document, map: YAMLMap, key: string, value: string | number, file = ''): void {
  const shared = map.get(key, true);
  if (isAlias(shared) || (shared as Node | undefined)?.anchor) {
    const now = isAlias(shared) ? shared.resolve(doc) : shared;
    const same = isScalar(now) && String(now.value ?? '').trim() === String(value);
    if (same) return;
    refuseShared(shared, key, file);
  }
  if (value === '') {
    map.delete(key);
    return;
  }
  const node = map.get(key, true);
  if (isScalar(node) && isBlockScalar(node)) {
    const old = String(node.value);
    if (old.trim() !== String(value)) node.value = `${value}${/\n*$/.exec(old)?.[0] ?? ''}`;
    return;
  }
  if (isScalar(node)) {
    if (node.value !== null && String(node.value) === String(value)) return;
    node.value = value;
    if (String(value).includes('\n')) node.type = Scalar.BLOCK_LITERAL;
    return;
  }
  map.set(doc.createNode(key), doc.createNode(value));
}

function setScalar(doc: Document, path: Key[], value: string | number, file: string): void {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (isMap(parent)) setMapScalar(doc, parent, String(path[path.length - 1]), value, file);
  else if (value !== '') doc.setIn(path, value);
}

function mapAt(doc: Document, path: Key[], file: string): YAMLMap | undefined {
  const node = doc.getIn(path, true);
  if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
  if (isMap(node)) return node;
  throw new DeliveryError(
    `"${path.join('.')}" in ${file} is not a map of keys.`,
    'Fix that entry by hand (or remove it), then save the form again.',
    file,
  );
}

function compact<T extends object>(item: T): Partial<T> {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== '')) as Partial<T>;
}

/** Keeps the existing node of an item whose text is unchanged; edited items reuse the leftovers in order. */
function reconcileList<T extends BlockerDraft | DecisionDraft>(
  doc: Document,
  path: Key[],
  drafts: T[],
  textKey: keyof T & string,
  file: string,
): void {
  const node = doc.getIn(path, true);
  if (isAlias(node) || (node as Node | undefined)?.anchor) {
    const now = isAlias(node) ? node.resolve(doc) : node;
    const said = (isSeq(now) ? now.toJSON() : []) as Record<string, unknown>[];
    const same =
      said.length === drafts.length &&
      drafts.every((draft, i) => Object.entries(draft).every(([k, v]) => String(said[i]?.[k] ?? '').trim() === v));
    if (same) return;
    refuseShared(node, path.join('.'), file);
  }
  const empty = node === undefined || (isScalar(node) && node.value === null);
  if (drafts.length === 0) {
    if (!empty && !(isSeq(node) && node.items.length === 0)) doc.deleteIn(path);
    return;
  }
  if (empty) {
    doc.setIn(path, doc.createNode(drafts.map(compact)));
    return;
  }
  if (!isSeq(node)) {
    throw new DeliveryError(
      `"${path.join('.')}" in ${file} is not a list.`,
      'Make it a list (or remove it), then save again.',
      file,
    );
  }
  const seq = node as YAMLSeq<unknown>;
  const unused = [...seq.items];
  const textOf = (item: unknown) => (isMap(item) ? String(item.get(textKey) ?? '') : undefined);
  const byText = drafts.map((draft) => {
    const i = unused.findIndex((item) => textOf(item) === draft[textKey]);
    return i < 0 ? undefined : unused.splice(i, 1)[0];
  });
  const leftovers = unused.filter((item) => isMap(item));
  seq.items = drafts.map((draft, i) => {
    const item = byText[i] ?? leftovers.shift();
    if (!isMap(item)) return doc.createNode(compact(draft));
    for (const [key, value] of Object.entries(draft)) setMapScalar(doc, item, key, value as string, file);
    return item;
  });
}

/** Writes the card's `fields`; a card new to the file is written whole, since its entry stands for the week. */
function applyEntry(
  doc: Document,
  draft: InitiativeStatusDraft,
  fields: readonly (typeof CARD_FIELDS)[number][],
  file: string,
): void {
  const base = ['initiatives', draft.id];
  if (!mapAt(doc, base, file)) {
    doc.setIn(base, doc.createNode(compact({ status: draft.status, progress: draft.progress, next: draft.next })));
    fields = ['blockers', 'decisions'];
  } else {
    for (const key of ['status', 'progress', 'next'] as const)
      if (fields.includes(key)) setScalar(doc, [...base, key], draft[key], file);
  }
  if (fields.includes('blockers')) reconcileList(doc, [...base, 'blockers'], draft.blockers, 'blocker', file);
  if (fields.includes('decisions')) reconcileList(doc, [...base, 'decisions'], draft.decisions, 'decision', file);
}

/**
 * Mutates `doc` so that it says what `status` says; `file` names the file in error messages.
 * With `only`, just those fields are written (see fieldKeys.ts), and the week only into a new file.
 */
export function applyToDocument(doc: Document, status: WeeklyStatus, file: string, only?: ReadonlySet<FieldKey>): void {
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new DeliveryError(
      `${file} does not hold a map of keys at the top.`,
      'Fix the file by hand, then save again.',
      file,
    );
  }
  const wants = (key: FieldKey) => !only || only.has(key);
  if (!only || doc.contents === null) setScalar(doc, ['week'], status.week, file);
  if (wants('author')) setScalar(doc, ['author'], status.author, file);
  if (wants('headline')) setScalar(doc, ['headline'], status.headline, file);
  if (wants('backlog')) setScalar(doc, ['backlog'], status.backlog === '' ? '' : Number(status.backlog), file);
  const cards = status.initiatives
    .map((draft) => ({ draft, fields: CARD_FIELDS.filter((field) => wants(cardKey(draft.id, field))) }))
    .filter((card) => card.fields.length > 0);
  if (cards.length > 0 && !mapAt(doc, ['initiatives'], file)) doc.setIn(['initiatives'], doc.createNode({}));
  for (const { draft, fields } of cards) applyEntry(doc, draft, fields, file);
}
