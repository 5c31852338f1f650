// The form's fields by name, so "what the lead touched" and "what changed on disk" can be
// compared one field at a time: `headline`, `author`, `backlog` and, per initiative,
// `initiatives.<id>.status|progress|next|blockers|decisions`. A list is one field: its items
// move together (a blocker's text is how it is recognised), so it merges as a whole.
import type { InitiativeStatusDraft, WeeklyStatus } from './types';

export type FieldKey = string;

export const SUMMARY_FIELDS = ['headline', 'author', 'backlog'] as const;
export const CARD_FIELDS = ['status', 'progress', 'next', 'blockers', 'decisions'] as const;
export type CardField = (typeof CARD_FIELDS)[number];

export function cardKey(id: string, field: CardField): FieldKey {
  return `initiatives.${id}.${field}`;
}

/** The initiative and field a card key names; undefined for the summary's keys. */
export function splitCardKey(key: FieldKey): { id: string; field: CardField } | undefined {
  const match = /^initiatives\.(.+)\.(status|progress|next|blockers|decisions)$/.exec(key);
  return match ? { id: match[1], field: match[2] as CardField } : undefined;
}

/** The field a form element belongs to: an item's field (`initiatives.x.blockers.0.owner`) is part of its list. */
export function fieldKeyOf(path: string): FieldKey {
  return /^(initiatives\..+\.(?:blockers|decisions))\.\d+\.\w+$/.exec(path)?.[1] ?? path;
}

/** A field's value as one comparable string: text as is, a list as its JSON. */
export function cardValue(draft: InitiativeStatusDraft, field: CardField): string {
  const value = draft[field];
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Every field of the status with its comparable value. */
export function fieldValues(status: WeeklyStatus): Map<FieldKey, string> {
  const values = new Map<FieldKey, string>(SUMMARY_FIELDS.map((key) => [key, status[key]]));
  for (const draft of status.initiatives) {
    for (const field of CARD_FIELDS) values.set(cardKey(draft.id, field), cardValue(draft, field));
  }
  return values;
}

/** Sets one field from its comparable value (a list from its JSON); a card the status does not show is left alone. */
export function setFieldValue(status: WeeklyStatus, key: FieldKey, value: string): void {
  if ((SUMMARY_FIELDS as readonly string[]).includes(key)) {
    status[key as (typeof SUMMARY_FIELDS)[number]] = value;
    return;
  }
  const split = splitCardKey(key);
  const draft = split && status.initiatives.find((d) => d.id === split.id);
  if (!draft) return;
  const fields = draft as unknown as Record<CardField, unknown>;
  fields[split.field] = split.field === 'blockers' || split.field === 'decisions' ? JSON.parse(value) : value;
}

/**
 * The fields the lead changed since the form loaded, in form order, plus the health of every
 * card confirmed with "No change this week" (which records that health as this week's).
 */
export function touchedFields(
  loaded: WeeklyStatus,
  current: WeeklyStatus,
  confirmed: readonly string[] = [],
): FieldKey[] {
  const before = fieldValues(loaded);
  const touched: FieldKey[] = [];
  for (const [key, value] of fieldValues(current)) {
    const split = splitCardKey(key);
    const confirms = split?.field === 'status' && confirmed.includes(split.id);
    if (before.get(key) !== value || confirms) touched.push(key);
  }
  return touched;
}
