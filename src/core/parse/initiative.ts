// One initiative — a whole file under initiatives/ or one entry of initiatives.yaml — into the model.

import { isMap, isScalar, type YAMLMap } from 'yaml';
import { looksLikeDateOrMonth, parseTarget } from '../dates';
import { STATUSES, type Initiative, type Located, type Range } from '../model';
import {
  fieldsOf,
  readChoice,
  readDate,
  readInteger,
  readMap,
  readText,
  readTextList,
  wrongType,
  type Field,
  type Scope,
} from './fields';
import { readBlockers, readDecisions, readOutcome, readRisks } from './items';

export const INITIATIVE_KEYS = [
  'title',
  'owner',
  'contributors',
  'why',
  'roadmap',
  'priority',
  'status',
  'target',
  'risks',
  'blockers',
  'decisions',
  'outcome',
  'match',
] as const;
export const MATCH_KEYS = ['paths', 'branches', 'scopes', 'keywords', 'repos'] as const;
const WINDOW_KEYS = ['start', 'end'] as const;

export interface InitiativePlace {
  id: string;
  range: Range;
  idRange: Range;
}

type Target = Pick<Initiative, 'target' | 'interval'>;

function windowTarget(scope: Scope, field: Field, map: YAMLMap): Target {
  const f = fieldsOf(scope, map, WINDOW_KEYS, 'a target window');
  const start = readDate(scope, f.get('start'))?.value;
  const end = readDate(scope, f.get('end'))?.value;
  if (start && end && end < start) {
    scope.file.problem(
      field.range,
      `The target window ends (${end}) before it starts (${start}): swap the dates`,
      'error',
      scope.initiative,
    );
  }
  const target: Located<{ start?: string; end?: string }> = {
    value: { start, end },
    range: field.range,
    keyRange: field.keyRange,
  };
  return { target, interval: parseTarget(target.value) };
}

function textTarget(scope: Scope, field: Field): Target {
  const target = readText(scope, field);
  if (!target) return {};
  const interval = parseTarget(target.value);
  if (!interval && looksLikeDateOrMonth(target.value)) {
    scope.file.problem(
      field.range,
      `'${target.value}' is not a calendar date or month: check the numbers`,
      'error',
      scope.initiative,
    );
    return { target };
  }
  return { target, interval };
}

function readTarget(scope: Scope, field: Field | undefined): Target {
  if (!field || (isScalar(field.node) && field.node.value === null) || field.node === null) return {};
  if (isMap(field.node)) return windowTarget(scope, field, field.node);
  if (!isScalar(field.node)) return wrongType(scope, field, 'a date, month, quarter or {start, end} window') ?? {};
  return textTarget(scope, field);
}

function readMatch(scope: Scope, field: Field | undefined): Initiative['match'] {
  const map = readMap(scope, field, 'a mapping with paths, branches, scopes, keywords and repos');
  const f = map ? fieldsOf(scope, map, MATCH_KEYS, 'match') : new Map<string, Field>();
  const list = (key: string): string[] => readTextList(scope, f.get(key)).map((item) => item.value);
  const repos = readTextList(scope, f.get('repos'));
  return {
    paths: list('paths'),
    branches: list('branches'),
    scopes: list('scopes'),
    keywords: list('keywords'),
    ...(repos.length > 0 ? { repos } : {}),
  };
}

/** Reads an initiative's mapping (`extraKeys` lets initiatives.yaml allow its `id`). */
export function readInitiative(
  file: Scope['file'],
  place: InitiativePlace,
  map: YAMLMap | undefined,
  extraKeys: readonly string[] = [],
): Initiative {
  const scope: Scope = { file, initiative: place.id };
  const f = map
    ? fieldsOf(scope, map, [...extraKeys, ...INITIATIVE_KEYS], `initiative '${place.id}'`)
    : new Map<string, Field>();
  return {
    id: place.id,
    file: file.path,
    range: place.range,
    idRange: place.idRange,
    title: readText(scope, f.get('title')),
    owner: readText(scope, f.get('owner')),
    contributors: readTextList(scope, f.get('contributors')),
    why: readText(scope, f.get('why')),
    roadmap: readText(scope, f.get('roadmap')),
    priority: readInteger(scope, f.get('priority'), 1),
    status: readChoice(scope, f.get('status'), STATUSES),
    ...readTarget(scope, f.get('target')),
    risks: readRisks(scope, f.get('risks')),
    blockers: readBlockers(scope, f.get('blockers')),
    decisions: readDecisions(scope, f.get('decisions')),
    outcome: readOutcome(scope, f.get('outcome')),
    match: readMatch(scope, f.get('match')),
  };
}
