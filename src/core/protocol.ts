// The typed messages between the weekly status form (webview) and the extension. Both sides
// import these types; the extension checks every incoming message with `parseWebviewMessage`.
import { type Check, list as listOf, record } from './guard';
import { STATUSES, type InitiativeStatus } from './model';
import type { FieldsSnapshot } from './status/fileFields';
import type { KeptMeasurement, MeasurementDraft, OutcomeReading } from './status/measurement';
import type { FieldConflict } from './status/merge';
import type { Unwritten } from './status/unwritten';
import type { BlockerDraft, DecisionDraft, InitiativeStatusDraft, WeeklyStatus } from './status/types';

/** Open the diff, reload the file (dropping the form's changes), or save with the lead's choice per conflicting field. */
export type ConflictChoice = 'reload' | 'merge' | 'diff';

/** The form's work in progress as it travels and is kept: what it started from and what the lead made of it. */
export interface DraftState {
  status: WeeklyStatus;
  loaded: WeeklyStatus;
  /** The version the form was loaded from (null when the file did not exist), and what the file said then. */
  base: string | null;
  fields: FieldsSnapshot;
  confirmed: string[];
  /** One per card whose outcome names a metric (absent in drafts kept by an older version, or without the day offered). */
  measurements?: KeptMeasurement[];
  /** ms since epoch, the webview's clock: tells the newer of two kept drafts. */
  savedAt: number;
}

export type WebviewMessage =
  | { type: 'ready' }
  | ({ type: 'save'; updateInitiatives: boolean; measurements: MeasurementDraft[] } & Omit<
      DraftState,
      'savedAt' | 'measurements'
    >)
  | { type: 'changeWeek'; week: string }
  | { type: 'revert' }
  | ({ type: 'draft'; dirty: boolean } & DraftState)
  /** `useMine`: the conflicting fields where the form's value wins (with `merge`). */
  | { type: 'resolveConflict'; choice: ConflictChoice; useMine: string[] }
  /** Opens the week's status file at the problem that keeps the form read-only, or an initiative's file at a line. */
  | { type: 'openFile'; initiative?: string; line?: number }
  /** Asks for the owner of a blocker written in the initiative file, and writes it there. */
  | { type: 'setBlockerOwner'; initiative: string; blocker: string };

export interface InitiativeCard {
  id: string;
  title: string;
  owner: string;
  /** The status written in the initiative file today. */
  status: InitiativeStatus | '';
  /** The initiative's file, relative to the workspace folder. */
  file?: string;
  /** Open blockers written in the initiative file (not in a status): shown on the card, edited in that file. */
  fileBlockers?: (BlockerDraft & { line: number })[];
  /** The outcome, when it names a metric: what the file says was measured last. */
  outcome?: { metric: string } & OutcomeReading;
}

export interface ShippedEntry {
  sha: string;
  subject: string;
  pr?: number;
}

export interface ShippedReport {
  state: 'loading' | 'ready' | 'restricted' | 'unavailable';
  /** Why the list is empty or hidden, in words for the author. */
  message?: string;
  byInitiative: Record<string, ShippedEntry[]>;
}

export type HostMessage =
  | {
      type: 'load';
      /** The workspace folder (URI) the form edits, kept so a restored panel reopens on it. */
      folder: string;
      week: string;
      /** Today in the configured time zone, `YYYY-MM-DD`: the default `since` of a new blocker. */
      today: string;
      /** The plan's time zone, so the form's today moves on at midnight; absent when today is pinned. */
      timeZone?: string;
      status: WeeklyStatus;
      base: string | null;
      /** What the file says, field by field, with the values the form cannot edit. */
      fields: FieldsSnapshot;
      /** Where the prefill came from. */
      source: 'file' | 'previous' | 'initiatives';
      initiatives: InitiativeCard[];
      /** An unsaved draft kept when the form was closed; it wins over `status`. */
      draft?: DraftState;
      /** Said instead of where the values came from, after the extension changed the plan for the form. */
      note?: string;
      /** The week's file cannot be read as YAML: where and why. The form stays read-only until it is fixed. */
      broken?: { file: string; line: number; message: string };
    }
  | { type: 'shipped'; week: string; report: ShippedReport }
  /** `inEditor`: written into an editor that holds unsaved changes of the user's, which they save themselves. */
  | {
      type: 'saved';
      week: string;
      /** The file's version now: null when the week still has no file (the save only recorded measurements). */
      base: string | null;
      file: string;
      fields: FieldsSnapshot;
      inEditor: boolean;
      /** The initiative files a measurement was recorded in. */
      measured: string[];
      /** What was left unwritten in the initiative files, everything else being saved. */
      unwritten: Unwritten[];
    }
  /** Nothing was written: these fields changed both in the form and in the file. */
  | { type: 'conflict'; week: string; conflicts: FieldConflict[] }
  | { type: 'error'; message: string };

/** What the form keeps with `setState`, so a reload or a restored panel gets the draft back. */
export interface FormState {
  folder?: string;
  week: string;
  status: WeeklyStatus;
  /** Absent in state kept by an older version: the form then starts from the week as loaded. */
  loaded?: WeeklyStatus;
  base: string | null;
  fields?: FieldsSnapshot;
  confirmed?: string[];
  measurements?: KeptMeasurement[];
  dirty: boolean;
  updateInitiatives: boolean;
  savedAt?: number;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const MAX_TEXT = 4000;
const MAX_ITEMS = 200;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const text: Check = (v, at) =>
  typeof v === 'string' && v.length <= MAX_TEXT ? undefined : `${at} must be text of at most ${MAX_TEXT} characters`;
const time: Check = (v, at) => (typeof v === 'number' && Number.isFinite(v) ? undefined : `${at} must be a time`);
const optionalText: Check = (v, at) => (v === undefined ? undefined : text(v, at));
const optionalTime: Check = (v, at) => (v === undefined ? undefined : time(v, at));
const bool: Check = (v, at) => (typeof v === 'boolean' ? undefined : `${at} must be true or false`);
const base: Check = (v, at) => (v === null ? undefined : text(v, at));
const id: Check = (v, at) =>
  typeof v === 'string' && ID_PATTERN.test(v) ? undefined : `${at} must be an initiative id`;
const health: Check = (v, at) =>
  v === '' || (STATUSES as readonly unknown[]).includes(v) ? undefined : `${at} must be a known status`;

/** A list of at most MAX_ITEMS items. */
const list = (item: Check): Check => listOf(item, MAX_ITEMS);

const blocker = record({ blocker: text, since: text, owner: text } satisfies Record<keyof BlockerDraft, Check>);
const decision = record({ decision: text, by: text } satisfies Record<keyof DecisionDraft, Check>);
const entry = record({
  id,
  status: health,
  progress: text,
  next: text,
  blockers: list(blocker),
  decisions: list(decision),
} satisfies Record<keyof InitiativeStatusDraft, Check>);
const status = record({
  week: text,
  author: text,
  headline: text,
  backlog: text,
  initiatives: list(entry),
} satisfies Record<keyof WeeklyStatus, Check>);

const MAX_FIELDS = 5000;
const MAX_FIELD_TEXT = 1_000_000;

function textMap(v: unknown, at: string): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${at} must be an object`;
  const entries = Object.entries(v);
  if (entries.length > MAX_FIELDS) return `${at} must have at most ${MAX_FIELDS} fields`;
  const bad = entries.find(
    ([key, value]) => key.length > 300 || typeof value !== 'string' || value.length > MAX_FIELD_TEXT,
  );
  return bad ? `${at}.${bad[0].slice(0, 40)} must be text` : undefined;
}

const reading = record({ current: text, measured: text } satisfies Record<keyof OutcomeReading, Check>);
const measurementChecks = {
  id,
  value: text,
  measured: text,
  offered: text,
  seen: reading,
} satisfies Record<keyof MeasurementDraft, Check>;
const measurements = list(record(measurementChecks));
// A draft kept by an older version has no day offered: the form then counts the day as offered.
const keptMeasurements = list(record({ ...measurementChecks, offered: optionalText }));

const fields = record({ values: textMap, readonly: textMap, entries: list(id) });
const ids = list(id);
const fieldNames = list((v, at) =>
  typeof v === 'string' && v.length <= 300 ? undefined : `${at} must be a field name`,
);
const optional =
  (check: Check): Check =>
  (v, at) =>
    v === undefined ? undefined : check(v, at);
const draftState = {
  status,
  loaded: status,
  base,
  fields,
  confirmed: ids,
  measurements: optional(keptMeasurements),
  savedAt: time,
};

const messages: Record<WebviewMessage['type'], Record<string, Check>> = {
  ready: {},
  save: { status, loaded: status, base, fields, confirmed: ids, measurements, updateInitiatives: bool },
  changeWeek: { week: text },
  revert: {},
  draft: { ...draftState, dirty: bool },
  resolveConflict: {
    choice: (v, at) =>
      v === 'reload' || v === 'merge' || v === 'diff' ? undefined : `${at} must be reload, merge or diff`,
    useMine: fieldNames,
  },
  setBlockerOwner: { initiative: id, blocker: text },
  openFile: {
    initiative: optional(id),
    line: optional((v, at) => (Number.isInteger(v) && (v as number) > 0 ? undefined : `${at} must be a line number`)),
  },
};

/** Checks a message from the webview at runtime; anything malformed comes back with the reason. */
export function parseWebviewMessage(value: unknown): Parsed<WebviewMessage> {
  const type = (value as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(messages, type)) {
    return { ok: false, reason: `unknown message type ${JSON.stringify(type)}` };
  }
  const problem = record(messages[type as WebviewMessage['type']])(value, type);
  return problem ? { ok: false, reason: problem } : { ok: true, value: value as WebviewMessage };
}

/** Checks state restored by a panel serializer (it comes from the webview, so it is not trusted). */
export function parseFormState(value: unknown): Parsed<FormState> {
  const problem = record({
    folder: optionalText,
    week: text,
    status,
    loaded: optional(status),
    base,
    fields: optional(fields),
    confirmed: optional(ids),
    measurements: optional(keptMeasurements),
    dirty: bool,
    updateInitiatives: bool,
    savedAt: optionalTime,
  })(value, 'state');
  return problem ? { ok: false, reason: problem } : { ok: true, value: value as FormState };
}

/** Checks a draft kept in the workspace state. */
export function parseDraftState(value: unknown): Parsed<DraftState> {
  const problem = record(draftState)(value, 'draft');
  return problem ? { ok: false, reason: problem } : { ok: true, value: value as DraftState };
}
