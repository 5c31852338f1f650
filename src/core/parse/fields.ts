// Typed readers for the fields of a YAML mapping: each one either returns a located value
// or records a schema finding that says what was expected — never both, never a throw.

import { isMap, isPair, isScalar, isSeq, type YAMLMap } from 'yaml';
import { isIsoDate } from '../dates';
import type { IsoDate, Located, Range } from '../model';
import { didYouMean } from './suggest';
import type { YamlFile } from './yamlFile';

export interface Field {
  key: string;
  keyRange: Range;
  /** The value node with aliases resolved; null for `key:` with nothing after it. */
  node: unknown;
  range: Range;
}

/** Where findings go and which initiative they belong to. */
export interface Scope {
  file: YamlFile;
  initiative?: string;
}

function kindOf(node: unknown): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node))
    return node.value === null
      ? 'nothing'
      : typeof node.value === 'string'
        ? 'text'
        : `${typeof node.value} ${String(node.value)}`;
  return 'nothing';
}

export function wrongType(scope: Scope, field: Field, expected: string): undefined {
  scope.file.problem(
    field.range,
    `'${field.key}' must be ${expected}, found ${kindOf(field.node)}`,
    'error',
    scope.initiative,
  );
  return undefined;
}

/** The keys of a mapping as fields; unknown keys get a warning that suggests the closest valid key. */
export function fieldsOf(scope: Scope, map: YAMLMap, allowed: readonly string[], where: string): Map<string, Field> {
  const fields = new Map<string, Field>();
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    const keyNode = scope.file.resolve(pair.key);
    const keyRange = scope.file.range(keyNode);
    if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
      scope.file.problem(keyRange, `Keys in ${where} must be plain words`, 'error', scope.initiative);
      continue;
    }
    const key = String(keyNode.value);
    const node = scope.file.resolve(pair.value);
    const range = node ? scope.file.range(node) : keyRange;
    if (!allowed.includes(key)) {
      scope.file.problem(
        keyRange,
        `Unknown key '${key}' in ${where}${didYouMean(key, allowed)}`,
        'warning',
        scope.initiative,
      );
    } else if (!fields.has(key)) {
      fields.set(key, { key, keyRange, node, range });
    }
  }
  return fields;
}

function isEmpty(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

function located<T>(value: T, field: Field): Located<T> {
  return { value, range: field.range, keyRange: field.keyRange };
}

/** Text; numbers are kept as written (`current: 2.3`). Empty text counts as missing. */
export function readText(scope: Scope, field: Field | undefined): Located<string> | undefined {
  if (!field || isEmpty(field.node)) return undefined;
  const node = field.node;
  if (!isScalar(node) || typeof node.value === 'boolean' || typeof node.value === 'object') {
    return wrongType(scope, field, 'text');
  }
  const value = typeof node.value === 'string' ? node.value : scope.file.text.slice(node.range![0], node.range![1]);
  return value.trim() ? located(value.trim(), field) : undefined;
}

export function readInteger(scope: Scope, field: Field | undefined, min: number): Located<number> | undefined {
  if (!field || isEmpty(field.node)) return undefined;
  const node = field.node;
  if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value) || node.value < min) {
    return wrongType(scope, field, `a whole number of at least ${min}`);
  }
  return located(node.value, field);
}

export function readBoolean(scope: Scope, field: Field | undefined): Located<boolean> | undefined {
  if (!field || isEmpty(field.node)) return undefined;
  if (!isScalar(field.node) || typeof field.node.value !== 'boolean') return wrongType(scope, field, 'true or false');
  return located(field.node.value, field);
}

export function readDate(scope: Scope, field: Field | undefined): Located<IsoDate> | undefined {
  const text = readText(scope, field);
  if (!text || !field) return undefined;
  if (!isIsoDate(text.value)) {
    scope.file.problem(
      field.range,
      `'${field.key}' must be a calendar date like 2026-11-02, found '${text.value}'`,
      'error',
      scope.initiative,
    );
    return undefined;
  }
  return text;
}

/** One of a fixed set of words, with a suggestion for a near miss ("on track" → 'on-track'). */
export function readChoice<T extends string>(
  scope: Scope,
  field: Field | undefined,
  choices: readonly T[],
): Located<T> | undefined {
  const text = readText(scope, field);
  if (!text || !field) return undefined;
  if (!(choices as readonly string[]).includes(text.value)) {
    const hint = didYouMean(text.value, choices) || ` — use one of: ${choices.join(', ')}`;
    scope.file.problem(field.range, `Unknown ${field.key} '${text.value}'${hint}`, 'error', scope.initiative);
    return undefined;
  }
  return text as Located<T>;
}

export function readMap(scope: Scope, field: Field | undefined, expected: string): YAMLMap | undefined {
  if (!field || isEmpty(field.node)) return undefined;
  return isMap(field.node) ? field.node : wrongType(scope, field, expected);
}

/** The items of a list (aliases resolved); a single value is accepted as a list of one. */
export function readItems(scope: Scope, field: Field | undefined): unknown[] {
  if (!field || isEmpty(field.node)) return [];
  if (isSeq(field.node)) return field.node.items.map((item) => scope.file.resolve(item));
  return [field.node];
}

/** A list of texts (or one text), each located. */
export function readTextList(scope: Scope, field: Field | undefined): Located<string>[] {
  if (!field) return [];
  return readItems(scope, field).flatMap((node) => {
    const item = readText(scope, itemField(scope, field, node));
    return item ? [item] : [];
  });
}

/** A field made from a list item, so item readers can reuse the typed readers. */
export function itemField(scope: Scope, parent: Field, node: unknown): Field {
  return { key: parent.key, keyRange: parent.keyRange, node, range: scope.file.range(node) };
}
