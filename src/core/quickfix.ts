// Quick-fix edits on an initiative's file, made by the YAML edit engine so formatting and comments survive.
import { type Document, isMap, type YAMLMap } from 'yaml';
import { addDays, quarterOf, quarterRange } from './dates';
import { initiativeEntry } from './edit/initiativeEntry';
import { setKey } from './edit/setKey';
import { editYaml, type YamlEdit } from './edit/yamlEdit';
import type { Initiative, IsoDate } from './model';
import { joinLines } from './parse/oneLine';

export const WHY_PLACEHOLDER = 'TODO: the business result this initiative serves';
export const OUTCOME_SKELETON = {
  metric: 'TODO: the business metric this initiative moves',
  baseline: 'TODO: its value today',
  target: 'TODO: its value when this is done',
};

/** A key the fix adds goes near the top, under the title, where a reader looks for it. */
const UNDER_TITLE = ['title', 'owner', 'id'];

/**
 * Each fix returns the edit, or undefined when there is nothing to change; it throws a
 * DeliveryError when the file cannot be edited faithfully (see editYaml).
 */
export function setOwnerEdit(text: string, initiative: Initiative, owner: string): YamlEdit | undefined {
  return entryEdit(text, initiative, (doc, entry) => setKey(doc, entry, 'owner', oneValue(owner), UNDER_TITLE));
}

/** Replace the target (or add one) with the quarter after the as-of date's quarter. */
export function nextQuarterTargetEdit(text: string, initiative: Initiative, asOf: IsoDate): YamlEdit | undefined {
  return entryEdit(text, initiative, (doc, entry) => setKey(doc, entry, 'target', nextQuarter(asOf), UNDER_TITLE));
}

export function addWhyEdit(text: string, initiative: Initiative): YamlEdit | undefined {
  return entryEdit(text, initiative, (doc, entry) => setKey(doc, entry, 'why', WHY_PLACEHOLDER, UNDER_TITLE));
}

/** A whole `outcome:` block at the end of the initiative, or a `metric:` first in an outcome that has none. */
export function addOutcomeEdit(text: string, initiative: Initiative): YamlEdit | undefined {
  return entryEdit(text, initiative, (doc, entry) => {
    const outcome = entry.get('outcome', true);
    if (isMap(outcome) && outcome.items.length > 0) {
      return !outcome.has('metric') && setKey(doc, outcome, 'metric', OUTCOME_SKELETON.metric, 'first');
    }
    return setKey(doc, entry, 'outcome', OUTCOME_SKELETON);
  });
}

export function nextQuarter(asOf: IsoDate): string {
  return quarterOf(addDays(quarterRange(quarterOf(asOf)).end, 1));
}

function entryEdit(
  text: string,
  initiative: Initiative,
  change: (doc: Document, entry: YAMLMap) => boolean,
): YamlEdit | undefined {
  return editYaml(text, initiative.file, (doc) => change(doc, initiativeEntry(doc, initiative.id, initiative.file)));
}

/** User text as one line: a YAML value never gains a line break from a name typed in. */
function oneValue(value: string): string {
  return joinLines(value).trim();
}
