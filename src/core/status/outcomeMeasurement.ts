// Records a measurement in an initiative's own file (or its entry in initiatives.yaml): the
// outcome's `current` and `measured`, the two values the reports read the measurement history from.
import { type Document, isMap, isScalar, parse, type YAMLMap } from 'yaml';
import { initiativeEntry } from '../edit/initiativeEntry';
import { setKey } from '../edit/setKey';
import { editedText, parseOrExplain } from '../edit/yamlEdit';
import { DeliveryError } from '../errors';
import { isIsoDate } from '../dates';
import { refuseShared } from './mutate';
import { type MeasurementDraft, measurementOnFile, measurementProblems, type OutcomeReading } from './measurement';

// The writer has no clock: a day in the future is the caller's to refuse, against its own today.
const LAST_DAY = '9999-12-31';

export interface Measurement {
  value: string;
  /** `YYYY-MM-DD`. */
  measured: string;
}

/**
 * Returns `text` with the initiative's `outcome.current` set to `value` and `outcome.measured` to
 * the day, adding the keys (and the `outcome:` mapping) where missing; `id` finds it in a list file.
 */
export function applyOutcomeMeasurement(text: string, id: string, measurement: Measurement, file: string): string {
  const value = measurement.value.trim();
  const [problem] = measurementProblems({ id, value, measured: measurement.measured }, LAST_DAY);
  if (problem) {
    const message = `The measurement of "${id}" was not written to ${file}: ${problem.message}`;
    throw new DeliveryError(message, 'Correct it in the form, then save again.', file);
  }
  return editedText(text, file, (doc) => {
    const entry = initiativeEntry(doc, id, file);
    const outcome = outcomeMap(entry, id, file);
    if (!outcome) return setKey(doc, entry, 'outcome', { current: yamlValue(value), measured: measurement.measured });
    const changed = setValue(doc, outcome, 'current', yamlValue(value), ['target', 'baseline', 'metric'], file);
    return setValue(doc, outcome, 'measured', measurement.measured, ['current'], file) || changed;
  });
}

/**
 * `text` with the lead's measurement recorded; the same `text` when the file already says it (a save
 * that stopped after writing it, or a teammate who recorded the same value and day); or, when the
 * outcome changed since the form loaded, what it says now, so the measurement recorded meanwhile is
 * never silently replaced.
 */
export function recordMeasurement(
  text: string,
  draft: MeasurementDraft,
  file: string,
): { next: string } | { changed: OutcomeReading } {
  const now = outcomeOnFile(text, draft.id, file);
  const where = measurementOnFile(draft, now);
  if (where === 'changed') return { changed: now };
  return { next: where === 'recorded' ? text : applyOutcomeMeasurement(text, draft.id, draft, file) };
}

/** What the file's outcome says now, read as the plan reads it (a number kept as written). */
export function outcomeOnFile(text: string, id: string, file: string): OutcomeReading {
  const outcome = initiativeEntry(parseOrExplain(text, file), id, file).get('outcome', true);
  const read = (key: string) => {
    const node = isMap(outcome) ? outcome.get(key, true) : undefined;
    if (!isScalar(node) || node.value === null) return '';
    return typeof node.value === 'string' ? node.value.trim() : text.slice(node.range![0], node.range![1]).trim();
  };
  // The plan reads a `measured` that is not a real date as none (a schema error): so does this.
  const measured = read('measured');
  return { current: read('current'), measured: isIsoDate(measured) ? measured : '' };
}

/** The entry's outcome mapping; undefined when it has none yet. */
function outcomeMap(entry: YAMLMap, id: string, file: string): YAMLMap | undefined {
  const node = entry.get('outcome', true);
  refuseShared(node, `${id}.outcome`, file);
  if (isMap(node)) return node;
  if (node !== undefined && !(isScalar(node) && node.value === null)) {
    throw new DeliveryError(
      `The outcome of "${id}" in ${file} is not a mapping, so the measurement was not written.`,
      'Write the outcome as metric, baseline, target and current keys, then record the measurement again.',
      file,
    );
  }
  return undefined;
}

/** Keeps the old scalar node (its quotes and the comment after it) when there is one. */
function setValue(
  doc: Document,
  map: YAMLMap,
  key: string,
  value: string | number,
  after: string[],
  file: string,
): boolean {
  const node = map.get(key, true);
  refuseShared(node, `outcome.${key}`, file);
  if (!isScalar(node)) return setKey(doc, map, key, value, after);
  if (node.value === value) return false;
  node.value = value;
  return true;
}

/** A value that reads back as the same number when written plain is written as one (`42`, not `"42"`). */
function yamlValue(value: string): string | number {
  const plain: unknown = parse(value);
  return typeof plain === 'number' && String(plain) === value ? plain : value;
}
