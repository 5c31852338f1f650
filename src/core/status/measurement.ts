// A measurement of an initiative's outcome as the weekly status form records it: the value and the
// day it was measured. Checked by the same rules in the form, as the lead types, and in the extension.
import { isIsoDate } from '../dates';
import type { FieldError } from './validate';

/** What the initiative file's outcome says: its `current` value and the day it was `measured` (empty when absent). */
export interface OutcomeReading {
  current: string;
  measured: string;
}

export interface MeasurementDraft {
  id: string;
  /** As typed, e.g. `2.35%`; empty until the lead records one. */
  value: string;
  /** `YYYY-MM-DD`; starts on the form's today. */
  measured: string;
  /** What the file said when the form loaded: a file that says otherwise at Save changed meanwhile. */
  seen: OutcomeReading;
}

const MAX_VALUE = 100;

/** The form element id of a measurement field (also the validator's path). */
export function measurementField(id: string, key: 'current' | 'measured'): string {
  return `initiatives.${id}.outcome.${key}`;
}

export function blankMeasurement(id: string, seen: OutcomeReading, today: string): MeasurementDraft {
  return { id, value: '', measured: today, seen };
}

/** The lead recorded something on this card: a value, or a day other than the one the form offered. */
export function isEntered(draft: MeasurementDraft, today: string): boolean {
  return draft.value !== '' || draft.measured !== today;
}

/**
 * Where the initiative file's outcome stands for a measurement about to be recorded: as the form saw
 * it; already saying this very measurement (a save that stopped after writing it, tried again), so
 * there is nothing to write; or changed by someone else, which the lead must see first.
 */
export function measurementOnFile(draft: MeasurementDraft, now: OutcomeReading): 'unchanged' | 'recorded' | 'changed' {
  if (now.current === draft.seen.current && now.measured === draft.seen.measured) return 'unchanged';
  if (now.current === draft.value.trim() && now.measured === draft.measured) return 'recorded';
  return 'changed';
}

/** The problems of an entered measurement (all errors: a measurement written wrong would mislead every report). */
export function validateMeasurement(draft: MeasurementDraft, today: string): FieldError[] {
  return isEntered(draft, today) ? measurementProblems(draft, today) : [];
}

/** Why a measurement cannot be written: a value empty, on several lines or too long; a day not real or after `today`. */
export function measurementProblems(draft: Omit<MeasurementDraft, 'seen'>, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const error = (key: 'current' | 'measured', message: string) =>
    errors.push({ field: measurementField(draft.id, key), message, severity: 'error' });
  const value = draft.value.trim();
  if (value === '') error('current', 'Enter the value measured, e.g. 2.35% or 180 ms.');
  else if (/[\r\n]/.test(value)) error('current', 'Enter the value on one line.');
  else if (value.length > MAX_VALUE) error('current', `Enter at most ${MAX_VALUE} characters.`);
  if (draft.measured === '') error('measured', 'Enter the day it was measured as YYYY-MM-DD.');
  else if (!isIsoDate(draft.measured))
    error('measured', `"${draft.measured}" is not a date: use YYYY-MM-DD, e.g. ${today}.`);
  else if (draft.measured > today)
    error('measured', `${draft.measured} is after today (${today}): enter the day the value was measured.`);
  return errors;
}

/** The measurements Save writes: those of the cards where the lead entered one. */
export function measurementsToWrite(drafts: readonly MeasurementDraft[], today: string): MeasurementDraft[] {
  return drafts.filter((draft) => isEntered(draft, today));
}
