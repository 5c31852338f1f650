// What a week's status file says, field by field, in the form's terms: each value the form can
// edit as the same comparable string the form holds, and each value it cannot edit (a backlog of
// "about 40", a date that is not a date, a list item that is not a map, anything behind a YAML
// anchor) as its source text, so the form shows it read-only and never writes over it.
import { isAlias, isMap, isScalar, isSeq, type Node, parseDocument, type YAMLMap } from 'yaml';
import { isIsoDate } from '../dates';
import { STATUSES } from '../model';
import { cardKey, type FieldKey } from './fieldKeys';

export interface FileFields {
  /** Fields the form can edit, with the value it shows. */
  values: Map<FieldKey, string>;
  /** Fields the form cannot edit, with their text in the file (shortened). */
  readonly: Map<FieldKey, string>;
  /** Initiatives with an entry in the file. */
  entries: Set<string>;
}

const MAX_SHOWN = 300;

type Reading = { value: string } | { raw: true } | undefined;

function empty(node: unknown): boolean {
  return node === undefined || node === null || (isScalar(node) && (node.value === null || node.value === ''));
}

/** Anchored or aliased values are shared with other places in the file: only a hand edit can change them safely. */
function shared(node: unknown): boolean {
  if (isAlias(node)) return true;
  if (!node || typeof node !== 'object') return false;
  if ((node as Node).anchor) return true;
  if (isMap(node)) return node.items.some((pair) => shared(pair.key) || shared(pair.value));
  if (isSeq(node)) return node.items.some(shared);
  return false;
}

/** Text as the model reads it: a string trimmed, a number as written; anything else cannot be edited here. */
function text(source: string, node: unknown): Reading {
  if (empty(node)) return undefined;
  if (shared(node) || !isScalar(node)) return { raw: true };
  if (typeof node.value === 'string') return { value: node.value.trim() };
  if (typeof node.value === 'number' && node.range) return { value: source.slice(node.range[0], node.range[1]).trim() };
  return { raw: true };
}

function date(source: string, node: unknown): Reading {
  const read = text(source, node);
  if (read === undefined) return undefined;
  return 'value' in read && !isIsoDate(read.value) ? { raw: true } : read;
}

/** A list of maps whose fields all read as text; one odd item makes the whole list read-only. */
function items(node: unknown, fields: Record<string, (node: unknown) => Reading>): Reading {
  if (empty(node)) return undefined;
  if (shared(node) || !isSeq(node)) return { raw: true };
  const out: Record<string, string>[] = [];
  for (const item of node.items) {
    if (!isMap(item)) return { raw: true };
    const row: Record<string, string> = {};
    for (const [key, read] of Object.entries(fields)) {
      const got = read(item.get(key, true));
      if (got && 'raw' in got) return { raw: true };
      row[key] = got?.value ?? '';
    }
    out.push(row);
  }
  return out.length === 0 ? undefined : { value: JSON.stringify(out) };
}

export function readFileFields(source: string | undefined): FileFields {
  const fields: FileFields = { values: new Map(), readonly: new Map(), entries: new Set() };
  if (source === undefined) return fields;
  const doc = parseDocument(source);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return fields;
  const rawOf = (node: unknown) => {
    const range = (node as Node | undefined)?.range;
    const raw = range ? source.slice(range[0], range[1]).trim() : String(node);
    return raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw;
  };
  const put = (key: FieldKey, node: unknown, read: Reading) => {
    if (read && 'raw' in read) fields.readonly.set(key, rawOf(node));
    else if (read) fields.values.set(key, read.value);
  };
  const top = doc.contents;
  for (const key of ['headline', 'author'] as const) put(key, top.get(key, true), text(source, top.get(key, true)));
  const backlog = top.get('backlog', true);
  const count = text(source, backlog);
  put('backlog', backlog, count && 'value' in count && !/^\d{1,9}$/.test(count.value) ? { raw: true } : count);
  const initiatives = top.get('initiatives', true);
  if (!isMap(initiatives)) return fields;
  for (const pair of (initiatives as YAMLMap).items) {
    if (!isScalar(pair.key) || (typeof pair.key.value !== 'string' && typeof pair.key.value !== 'number')) continue;
    const id = String(pair.key.value);
    fields.entries.add(id);
    const entry = pair.value;
    if (empty(entry)) continue;
    if (shared(entry) || !isMap(entry)) {
      for (const field of ['status', 'progress', 'next', 'blockers', 'decisions'] as const)
        fields.readonly.set(cardKey(id, field), rawOf(entry));
      continue;
    }
    const status = text(source, entry.get('status', true));
    const known =
      status && 'value' in status && !(STATUSES as readonly string[]).includes(status.value)
        ? { raw: true as const }
        : status;
    put(cardKey(id, 'status'), entry.get('status', true), known);
    put(cardKey(id, 'progress'), entry.get('progress', true), text(source, entry.get('progress', true)));
    put(cardKey(id, 'next'), entry.get('next', true), text(source, entry.get('next', true)));
    const blockers = entry.get('blockers', true);
    put(
      cardKey(id, 'blockers'),
      blockers,
      items(blockers, {
        blocker: (n) => text(source, n),
        since: (n) => date(source, n),
        owner: (n) => text(source, n),
      }),
    );
    const decisions = entry.get('decisions', true);
    put(
      cardKey(id, 'decisions'),
      decisions,
      items(decisions, {
        decision: (n) => text(source, n),
        by: (n) => date(source, n),
      }),
    );
  }
  return fields;
}

/** `FileFields` as plain JSON, to travel with the form and its kept drafts. */
export interface FieldsSnapshot {
  values: Record<FieldKey, string>;
  readonly: Record<FieldKey, string>;
  entries: string[];
}

export function toSnapshot(fields: FileFields): FieldsSnapshot {
  return {
    values: Object.fromEntries(fields.values),
    readonly: Object.fromEntries(fields.readonly),
    entries: [...fields.entries],
  };
}

export function fromSnapshot(snapshot: FieldsSnapshot): FileFields {
  return {
    values: new Map(Object.entries(snapshot.values)),
    readonly: new Map(Object.entries(snapshot.readonly)),
    entries: new Set(snapshot.entries),
  };
}
