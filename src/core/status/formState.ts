// The weekly status form's state, one owner for it: what the form loaded (the week's values and
// what the file said field by field), the lead's draft, the health cards confirmed with "No
// change this week", and a conflict being settled. Every change goes through `reduce`, a pure
// function, so the webview only renders and the rules are tested without a browser.
import { fileValue, type FieldConflict } from './merge';
import {
  cardKey,
  type FieldKey,
  fieldKeyOf,
  fieldValues,
  setFieldValue,
  splitCardKey,
  touchedFields,
} from './fieldKeys';
import { type FieldsSnapshot, fromSnapshot } from './fileFields';
import { isEntered, type MeasurementDraft, measurementsToWrite, validateMeasurement } from './measurement';
import type { Unwritten } from './unwritten';
import type { BlockerDraft, DecisionDraft, InitiativeStatusDraft, WeeklyStatus } from './types';
import { blocking, type FieldError, validateWeeklyStatus } from './validate';

export interface FormModel {
  /** The workspace folder (URI) the form edits. */
  folder?: string;
  week: string;
  /** What the form started from; a field differing from it is one the lead touched. */
  loaded: WeeklyStatus;
  /** The draft. */
  status: WeeklyStatus;
  /** The version of the file the form loaded (null: no file), and what it said field by field. */
  base: string | null;
  fields: FieldsSnapshot;
  /** Initiatives whose health the lead confirmed with "No change this week". */
  confirmed: string[];
  /** Today of the plan's clock, `YYYY-MM-DD`: the day a new measurement starts on, and the last it may be. */
  today: string;
  /** A measurement to record per card whose outcome names a metric; written into the initiative file, not the week's. */
  measurements: MeasurementDraft[];
  updateInitiatives: boolean;
  /** When the draft last changed (ms since epoch): the newer of two kept drafts wins. */
  savedAt?: number;
  /** Fields that both the lead and the file changed, and those the lead chose to keep the form's value for. */
  conflict?: { fields: FieldConflict[]; useMine: FieldKey[] };
}

type List = 'blockers' | 'decisions';

/** A card's measurement a save left unwritten (see `Unwritten`). */
export type Unrecorded = Pick<Unwritten, 'id' | 'now'>;

/** What a Save sent: the form may change again while the extension writes it. */
export type SentSave = Pick<FormModel, 'status' | 'confirmed' | 'measurements'>;

export type FormAction =
  /** Sets one value by its field id: `headline`, `initiatives.<id>.next`, `initiatives.<id>.blockers.<i>.owner`. */
  | { type: 'set'; field: string; value: string }
  | { type: 'add'; id: string; list: List; today: string }
  | { type: 'remove'; id: string; list: List; index: number }
  /** "No change this week": records the card's health as confirmed for the week (again: undone). */
  | { type: 'confirm'; id: string }
  /** Sets the value or the day of the measurement recorded on a card. */
  | { type: 'measure'; id: string; key: 'value' | 'measured'; value: string }
  | { type: 'updateInitiatives'; value: boolean }
  /**
   * Revert: back to what the form loaded, at once (no card confirmed, no measurement entered), while
   * the file is read again. Whatever the lead types before it is back is a change like any other.
   */
  | { type: 'revert' }
  /**
   * The file now says `fields`. `sent` is what the Save sent (the form as it was when Save was pressed);
   * without it, the form as it is now. `unrecorded`: cards whose measurement the save could not write,
   * with what the file says now when its outcome changed meanwhile.
   */
  | { type: 'saved'; base: string | null; fields: FieldsSnapshot; sent?: SentSave; unrecorded?: Unrecorded[] }
  | { type: 'conflict'; fields: FieldConflict[] }
  | { type: 'choose'; field: FieldKey; mine: boolean }
  | { type: 'conflictClosed' };

function card(status: WeeklyStatus, id: string): InitiativeStatusDraft | undefined {
  return status.initiatives.find((draft) => draft.id === id);
}

function setValue(status: WeeklyStatus, field: string, value: string): void {
  if (field === 'headline' || field === 'author' || field === 'backlog') {
    status[field] = value;
    return;
  }
  const item = /^initiatives\.(.+)\.(blockers|decisions)\.(\d+)\.(\w+)$/.exec(field);
  if (item) {
    const row = card(status, item[1])?.[item[2] as List][Number(item[3])] as Record<string, string> | undefined;
    if (row && item[4] in row) row[item[4]] = value;
    return;
  }
  const split = splitCardKey(field);
  const draft = split && card(status, split.id);
  if (draft && (split.field === 'status' || split.field === 'progress' || split.field === 'next')) {
    (draft as unknown as Record<string, string>)[split.field] = value;
  }
}

const BLANK: Record<List, (today: string) => BlockerDraft | DecisionDraft> = {
  blockers: (today) => ({ blocker: '', since: today, owner: '' }),
  decisions: () => ({ decision: '', by: '' }),
};

export function reduce(model: FormModel, action: FormAction, now = Date.now()): FormModel {
  const next: FormModel = structuredClone(model);
  const edited = () => ({ ...next, savedAt: now });
  switch (action.type) {
    case 'set':
      if (isReadonly(model, action.field)) return model;
      setValue(next.status, action.field, action.value);
      return edited();
    case 'add': {
      const draft = card(next.status, action.id);
      if (!draft || isReadonly(model, cardKey(action.id, action.list))) return model;
      (draft[action.list] as (BlockerDraft | DecisionDraft)[]).push(BLANK[action.list](action.today));
      return edited();
    }
    case 'remove': {
      const draft = card(next.status, action.id);
      if (!draft || isReadonly(model, cardKey(action.id, action.list))) return model;
      draft[action.list].splice(action.index, 1);
      return edited();
    }
    case 'confirm':
      next.confirmed = model.confirmed.includes(action.id)
        ? model.confirmed.filter((id) => id !== action.id)
        : [...model.confirmed, action.id];
      return edited();
    case 'measure': {
      const draft = next.measurements.find((m) => m.id === action.id);
      if (!draft) return model;
      draft[action.key] = action.value;
      return edited();
    }
    case 'updateInitiatives':
      return { ...next, updateInitiatives: action.value };
    case 'revert':
      return {
        ...next,
        // A copy, never `loaded` itself: an edit would change both, and so never count as one.
        status: structuredClone(next.loaded),
        confirmed: [],
        measurements: next.measurements.map((m) => ({ ...m, value: '', measured: m.offered })),
        conflict: undefined,
        savedAt: undefined,
      };
    case 'saved':
      return saved(next, action.fields, action.base, action.sent ?? model, action.unrecorded ?? []);
    case 'conflict':
      return { ...next, conflict: { fields: action.fields, useMine: [] } };
    case 'choose': {
      if (!next.conflict) return model;
      const others = next.conflict.useMine.filter((field) => field !== action.field);
      return { ...next, conflict: { ...next.conflict, useMine: action.mine ? [...others, action.field] : others } };
    }
    case 'conflictClosed':
      return { ...next, conflict: undefined };
  }
}

/**
 * The form once its Save is written. What was sent becomes the new starting point, so anything typed
 * while the save was on its way (or while a conflict was open) stays a change to save. A field the
 * file kept its own value for (a conflict settled with the file's) shows the file's value.
 */
function saved(
  model: FormModel,
  fields: FieldsSnapshot,
  base: string | null,
  sent: SentSave,
  unrecorded: readonly Unrecorded[],
): FormModel {
  const wrote = touched({ ...model, status: sent.status, confirmed: sent.confirmed });
  const file = fromSnapshot(fields);
  const loaded = structuredClone(sent.status);
  const status = structuredClone(model.status);
  const [was, now] = [fieldValues(sent.status), fieldValues(model.status)];
  for (const key of wrote) {
    const value = fileValue(file, key);
    if (file.readonly.has(key) || value === was.get(key)) continue;
    setFieldValue(loaded, key, value);
    if (now.get(key) === was.get(key)) setFieldValue(status, key, value);
  }
  const after: FormModel = {
    ...model,
    loaded,
    status,
    base,
    fields,
    confirmed: model.confirmed.filter((id) => !sent.confirmed.includes(id)),
    // A recorded measurement is now what the file says: the card shows it and offers a fresh one (unless retyped since).
    // One the save could not write stays as typed, so nothing the lead entered is lost without a word. Against an
    // outcome recorded meanwhile the card shows that one, so the next Save records the lead's over it, and its day
    // counts as the one offered, so clearing the value keeps the file's.
    measurements: model.measurements.map((m) => {
      const missed = unrecorded.find((u) => u.id === m.id);
      if (missed) return missed.now ? { ...m, seen: missed.now, offered: m.measured } : m;
      const done = sent.measurements.find((s) => s.id === m.id && isEntered(s));
      if (!done) return m;
      const seen = { current: done.value.trim(), measured: done.measured };
      const same = m.value === done.value && m.measured === done.measured;
      return same ? { ...m, value: '', measured: model.today, offered: model.today, seen } : { ...m, seen };
    }),
    conflict: undefined,
  };
  // Still a draft when something was typed since: it keeps its time, so it wins over older copies.
  return view(after).dirty ? after : { ...after, savedAt: undefined };
}

/** True for a field the file holds in a form the form cannot edit: it is shown as written, read-only. */
export function isReadonly(model: Pick<FormModel, 'fields'>, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(model.fields.readonly, fieldKeyOf(field));
}

/** What a save would write: the touched fields (never a read-only one). */
export function touched(model: Pick<FormModel, 'loaded' | 'status' | 'confirmed' | 'fields'>): FieldKey[] {
  return touchedFields(model.loaded, model.status, model.confirmed).filter((field) => !isReadonly(model, field));
}

/**
 * The problems that stop this save: those of fields it writes. A card new to the file is written
 * whole, so all its fields count; an untouched field the file already holds never blocks a save.
 */
export function blockingProblems(
  model: Pick<FormModel, 'loaded' | 'status' | 'confirmed' | 'fields'>,
  problems: readonly FieldError[],
): FieldError[] {
  const written = new Set(touched(model));
  const newCards = new Set(
    [...written]
      .map((field) => splitCardKey(field)?.id)
      .filter((id) => id !== undefined && !model.fields.entries.includes(id)),
  );
  return blocking(problems).filter((problem) => {
    if (problem.field === 'week') return true;
    const key = fieldKeyOf(problem.field);
    const id = splitCardKey(key)?.id;
    return written.has(key) || (id !== undefined && newCards.has(id));
  });
}

/** The measurements this save records: those of the cards where the lead entered one. */
export function entered(model: Pick<FormModel, 'measurements'>): MeasurementDraft[] {
  return measurementsToWrite(model.measurements);
}

export interface FormView {
  touched: FieldKey[];
  /** Measurements Save records in their initiative files. */
  measured: MeasurementDraft[];
  dirty: boolean;
  /** Every problem to show (errors and warnings)… */
  problems: FieldError[];
  /** …and those that stop the save. */
  blocking: FieldError[];
}

export function view(model: FormModel): FormView {
  const changed = touched(model);
  const measured = entered(model);
  const invalid = measured.flatMap((m) => validateMeasurement(m, model.today));
  const found = validateWeeklyStatus(model.status).filter((problem) => !isReadonly(model, problem.field));
  const stops = [...blockingProblems(model, found), ...invalid];
  // An error in a field this save leaves alone is only a warning: the file keeps what it says.
  const problems = found.map((problem) =>
    problem.severity === 'error' && !stops.includes(problem) ? { ...problem, severity: 'warning' as const } : problem,
  );
  return {
    touched: changed,
    measured,
    dirty: changed.length > 0 || measured.length > 0,
    problems: [...problems, ...invalid],
    blocking: stops,
  };
}
