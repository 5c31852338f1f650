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
  /**
   * The day the form offered (its today when the card was drawn): a day left on it is no entry, even
   * once that day is past, so a draft brought back on a later day does not count an untouched card.
   */
  offered: string;
  /** What the file said when the form loaded: a file that says otherwise at Save changed meanwhile. */
  seen: OutcomeReading;
}

const MAX_VALUE = 100;

/** The form element id of a measurement field (also the validator's path). */
export function measurementField(id: string, key: 'current' | 'measured'): string {
  return `initiatives.${id}.outcome.${key}`;
}

/** A measurement as a draft kept by an older version holds it: without the day offered. */
export type KeptMeasurement = Omit<MeasurementDraft, 'offered'> & { offered?: string };

export function blankMeasurement(id: string, seen: OutcomeReading, today: string): MeasurementDraft {
  return { id, value: '', measured: today, offered: today, seen };
}

/** The lead recorded something on this card: a value, or a day other than the one the form offered. */
export function isEntered(draft: MeasurementDraft): boolean {
  return draft.value !== '' || draft.measured !== draft.offered;
}

/**
 * The measurements of a form that opens on a kept draft, one per card whose outcome names a metric:
 * what the lead entered comes back as it was; a card left untouched (or new since) offers a fresh
 * measurement of today against what its file says now, so a draft kept yesterday neither blocks Save
 * nor shows yesterday as the day.
 */
export function restoredMeasurements(
  kept: readonly KeptMeasurement[] | undefined,
  cards: readonly { id: string; outcome?: OutcomeReading }[],
  today: string,
): MeasurementDraft[] {
  return cards.flatMap((card) => {
    if (!card.outcome) return [];
    const found = kept?.find((m) => m.id === card.id);
    // A draft kept by an older version does not say which day it offered: an empty value then records nothing.
    const draft = found && { ...found, offered: found.offered ?? found.measured };
    const seen = { current: card.outcome.current, measured: card.outcome.measured };
    return [draft && isEntered(draft) ? draft : blankMeasurement(card.id, seen, today)];
  });
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
  return isEntered(draft) ? measurementProblems(draft, today) : [];
}

/** Why a measurement cannot be written: a value empty, on several lines or too long; a day not real or after `today`. */
export function measurementProblems(
  draft: Pick<MeasurementDraft, 'id' | 'value' | 'measured'>,
  today: string,
): FieldError[] {
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
export function measurementsToWrite(drafts: readonly MeasurementDraft[]): MeasurementDraft[] {
  return drafts.filter((draft) => isEntered(draft));
}
