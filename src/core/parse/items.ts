// The structured parts shared by initiatives and weekly status entries:
// risks, blockers, decisions and the outcome.

import { isMap, isScalar } from 'yaml';
import { IMPACTS, type Blocker, type Decision, type Outcome, type Risk } from '../model';
import {
  fieldsOf,
  itemField,
  readChoice,
  readDate,
  readItems,
  readMap,
  readText,
  type Field,
  type Scope,
} from './fields';

const RISK_KEYS = ['risk', 'impact', 'mitigation'] as const;
const BLOCKER_KEYS = ['blocker', 'since', 'owner'] as const;
const DECISION_KEYS = ['decision', 'by'] as const;
const OUTCOME_KEYS = ['metric', 'baseline', 'target', 'current', 'measured'] as const;

/** Each list item as a mapping; a plain text item is taken as the item's main key. */
export function eachItem<T>(
  scope: Scope,
  field: Field | undefined,
  mainKey: string,
  keys: readonly string[],
  read: (fields: Map<string, Field>, item: Field) => T,
): T[] {
  if (!field) return [];
  return readItems(scope, field).flatMap((node) => {
    const item = itemField(scope, field, node);
    if (isScalar(node) && typeof node.value === 'string') {
      return [read(new Map([[mainKey, { ...item, key: mainKey }]]), item)];
    }
    if (!isMap(node)) {
      scope.file.problem(
        item.range,
        `Each item of '${field.key}' must be a mapping with '${mainKey}:'`,
        'error',
        scope.initiative,
      );
      return [];
    }
    return [read(fieldsOf(scope, node, keys, `a ${mainKey}`), item)];
  });
}

export function readRisks(scope: Scope, field: Field | undefined): Risk[] {
  return eachItem(scope, field, 'risk', RISK_KEYS, (f, item) => ({
    risk: readText(scope, f.get('risk')),
    impact: readChoice(scope, f.get('impact'), IMPACTS),
    mitigation: readText(scope, f.get('mitigation')),
    range: item.range,
  }));
}

export function readBlockers(scope: Scope, field: Field | undefined): Blocker[] {
  return eachItem(scope, field, 'blocker', BLOCKER_KEYS, (f, item) => ({
    blocker: readText(scope, f.get('blocker')),
    since: readDate(scope, f.get('since')),
    owner: readText(scope, f.get('owner')),
    range: item.range,
  }));
}

export function readDecisions(scope: Scope, field: Field | undefined): Decision[] {
  return eachItem(scope, field, 'decision', DECISION_KEYS, (f, item) => ({
    decision: readText(scope, f.get('decision')),
    by: readDate(scope, f.get('by')),
    range: item.range,
  }));
}

export function readOutcome(scope: Scope, field: Field | undefined): Outcome | undefined {
  const map = readMap(scope, field, 'a mapping with metric, baseline, target, current and measured');
  if (!map || !field) return undefined;
  const f = fieldsOf(scope, map, OUTCOME_KEYS, 'the outcome');
  return {
    metric: readText(scope, f.get('metric')),
    baseline: readText(scope, f.get('baseline')),
    target: readText(scope, f.get('target')),
    current: readText(scope, f.get('current')),
    measured: readDate(scope, f.get('measured')),
    range: field.range,
  };
}
