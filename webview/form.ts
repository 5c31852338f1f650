// The weekly status form: renders the state kept by the pure reducer (src/core/status/formState.ts),
// sends each change through it, and talks to the extension only through the typed protocol.
import { addDays, isoWeekOf, parseIsoWeek, weekRange } from '../src/core/dates';
import type {
  ConflictChoice,
  DraftState,
  FormState,
  HostMessage,
  InitiativeCard,
  ShippedReport,
  WebviewMessage,
} from '../src/core/protocol';
import { splitCardKey } from '../src/core/status/fieldKeys';
import { type FormAction, type FormModel, reduce, type SentSave, view } from '../src/core/status/formState';
import { restoredMeasurements } from '../src/core/status/measurement';
import { statusFilePath } from '../src/core/status/types';
import { todayNow } from '../src/core/status/today';
import { unwrittenText } from '../src/core/status/unwritten';
import type { FieldError } from '../src/core/status/validate';
import { readonlyValue, renderCard, saveNoteText, shippedList } from './card';
import { renderConflict } from './conflict';
import { h } from './dom';
import { showError, textField } from './fields';
import { FIELD_LABELS } from './labels';
import type { OutcomeContext } from './outcome';

export interface Channel {
  post(message: WebviewMessage): void;
  persist(state: FormState): void;
}

type Load = Extract<HostMessage, { type: 'load' }>;

const SOURCE_NOTE: Record<Load['source'], string> = {
  file: 'Loaded from this week’s status file.',
  previous: 'New week: blockers and decisions carried over from the last status, health from each initiative.',
  initiatives: 'First status: health, blockers and decisions taken from the initiative files.',
};

const DRAFT_BACK = 'Your unsaved draft is back. Save it, or Revert to the file.';

/** Said when a kept draft comes back; warns at once when its file moved since the draft began, rather than only at Save. */
function draftNote(
  week: string,
  draftBase: string | null,
  fileBase: string | null,
): { text: string; warning: boolean } {
  if (draftBase === fileBase) return { text: DRAFT_BACK, warning: false };
  const moved = fileBase === null ? 'was deleted' : draftBase === null ? 'was created' : 'changed';
  const text = `Your unsaved draft is back, but ${statusFilePath(week)} ${moved} since you started it: Save to compare the two, or Revert to the file.`;
  return { text, warning: true };
}

function shiftWeek(week: string, weeks: number): string {
  return isoWeekOf(addDays(weekRange(week).start, 7 * weeks));
}

/** Said instead of empty cards, so a lead knows why there is nothing to fill in and what to do. */
function noInitiatives(): HTMLElement {
  return h(
    'section',
    { class: 'empty', id: 'no-initiatives', role: 'status', 'aria-labelledby': 'no-initiatives-title' },
    h('h2', { id: 'no-initiatives-title' }, 'No active initiative this week'),
    h(
      'p',
      {},
      'A card appears for every initiative whose status is not-started, on-track, at-risk or off-track (or not set yet). ',
      'Add one under .delivery/initiatives/ or change a status there; the headline and backlog below can still be saved.',
    ),
  );
}

/** A kept draft that knows what it started from: state kept by an older version does not. */
function keptDraft(state: FormState | undefined, week: string): DraftState | undefined {
  if (!state?.dirty || state.week !== week || !state.loaded || !state.fields) return undefined;
  const { status, loaded, base, fields, confirmed = [], measurements, savedAt = 0 } = state;
  return { status, loaded, base, fields, confirmed, measurements, savedAt };
}

export class WeeklyForm {
  private model?: FormModel;
  /** State restored from VS Code before the extension has sent the week. */
  private restored?: FormState;
  private load?: Load;
  private cards: InitiativeCard[] = [];
  private shipped: ShippedReport = { state: 'loading', byInitiative: {} };
  private notice = '';
  private noticeWarns = false;
  /** A week typed but not opened, and its error: both outlive redraws until the week field is fixed or a week opens. */
  private weekTyped?: { text: string; error?: string };
  /** What the last Save sent: the form may change while it is written, and those changes are still to save. */
  private sent?: SentSave;

  constructor(
    private readonly root: HTMLElement,
    private readonly channel: Channel,
    restored: FormState | undefined,
  ) {
    this.restored = restored;
  }

  receive(message: HostMessage): void {
    switch (message.type) {
      case 'load':
        return this.onLoad(message);
      case 'shipped':
        if (message.week !== this.model?.week) return;
        this.shipped = message.report;
        // Only the lists change, so whatever the author is typing keeps its focus and caret.
        for (const list of this.root.querySelectorAll<HTMLElement>('section.shipped')) {
          list.replaceWith(shippedList(list.dataset.initiative ?? '', message.report));
        }
        return;
      case 'saved': {
        // A save of a week the form has since left: that week's form loads fresh when opened again.
        if (!this.model || message.week !== this.model.week) return;
        const sent = this.sent ?? this.model;
        this.sent = undefined;
        const wrote = view({ ...this.model, ...sent }).touched.length > 0;
        const recorded = message.measured.length > 0 ? ` Measurement recorded in ${message.measured.join(', ')}.` : '';
        const unwritten = unwrittenText(message.unwritten, (id) => this.titleOf(id));
        const done = message.inEditor
          ? `Written into the open editor of ${message.file}, which holds unsaved changes of yours: save it there to keep both.${recorded}`
          : wrote || (!recorded && !unwritten)
            ? `Saved to ${message.file}.${recorded}`
            : recorded.trim();
        this.say([done, unwritten].filter((part) => part !== '').join(' '), message.inEditor || unwritten !== '');
        const unrecorded = message.unwritten.filter((u) => u.kind === 'measurement');
        this.model = reduce(this.model, {
          type: 'saved',
          base: message.base,
          fields: message.fields,
          sent,
          unrecorded,
        });
        this.render();
        return this.changed();
      }
      case 'conflict':
        if (!this.model) return;
        this.model = reduce(this.model, { type: 'conflict', fields: message.conflicts });
        this.say('Not saved yet: some fields changed in the file too.');
        return this.render();
      case 'error':
        this.say(message.message);
        return this.render();
    }
  }

  private onLoad(message: Load): void {
    const local = keptDraft(this.model ? this.persisted(this.model) : this.restored, message.week);
    const draft = local && local.savedAt >= (message.draft?.savedAt ?? 0) ? local : message.draft;
    const updateInitiatives = this.model?.updateInitiatives ?? this.restored?.updateInitiatives ?? false;
    this.restored = undefined;
    this.load = message;
    this.cards = message.initiatives;
    this.shipped = { state: 'loading', byInitiative: {} };
    this.weekTyped = undefined;
    this.model = {
      folder: message.folder,
      week: message.week,
      loaded: structuredClone(draft?.loaded ?? message.status),
      status: structuredClone(draft?.status ?? message.status),
      base: draft ? draft.base : message.base,
      fields: draft?.fields ?? message.fields,
      confirmed: draft?.confirmed ?? [],
      today: message.today,
      // What the lead entered comes back; an untouched card offers today again, not the day the draft began.
      measurements: restoredMeasurements(draft?.measurements, message.initiatives, message.today),
      updateInitiatives,
      savedAt: draft?.savedAt,
    };
    const note = message.broken
      ? {
          text: `${message.broken.file} cannot be read, line ${message.broken.line}: ${message.broken.message}. Fix it in the file, then Revert to load it: until then the form saves nothing.`,
          warning: true,
        }
      : message.note
        ? { text: message.note, warning: false }
        : draft
          ? draftNote(message.week, draft.base, message.base)
          : { text: SOURCE_NOTE[message.source], warning: false };
    this.say(note.text, note.warning);
    this.render();
    this.changed();
  }

  /** The plan's today at this moment (the day new blockers start on, the last a measurement may be). */
  private today(): string {
    return this.load ? todayNow(this.load) : '';
  }

  private say(text: string, warning = false): void {
    this.notice = text;
    this.noticeWarns = warning;
  }

  /** What VS Code keeps for the panel (a reload or a restored panel gets the draft back). */
  private persisted(model: FormModel): FormState {
    const { folder, week, status, loaded, base, fields, confirmed, measurements, updateInitiatives, savedAt } = model;
    return {
      folder,
      week,
      status,
      loaded,
      base,
      fields,
      confirmed,
      measurements,
      updateInitiatives,
      savedAt,
      dirty: view(model).dirty,
    };
  }

  /** Every change goes through the reducer; a change of shape draws the form again, focus on `focus`. */
  private dispatch(action: FormAction, focus?: string): void {
    if (!this.model) return;
    this.model = reduce(this.model, action);
    if (focus !== undefined) this.render(focus);
    this.changed();
  }

  /** Keeps the draft (webview state and the extension) and refreshes validation. */
  private changed(): void {
    const model = this.model;
    if (!model) return;
    const state = this.persisted(model);
    this.channel.persist(state);
    // At once, not after a pause in typing: a panel closed (or a week left) right after a keystroke keeps it too.
    const { status, loaded, base, fields, confirmed, measurements } = model;
    this.channel.post({
      type: 'draft',
      status,
      loaded,
      base,
      fields,
      confirmed,
      measurements,
      dirty: state.dirty,
      savedAt: model.savedAt ?? Date.now(),
    });
    this.validate();
  }

  /** Shows every problem on its field and which cards Save writes; returns those that stop the save (warnings do not). */
  private validate(): FieldError[] {
    if (!this.model) return [];
    // Today as it is now: a form left open past midnight accepts a measurement of the new day.
    if (this.load) this.model = { ...this.model, today: this.today() };
    const { problems, blocking, touched, measured, dirty } = view(this.model);
    const byField = new Map(problems.map((e) => [e.field, e]));
    for (const slot of this.root.querySelectorAll<HTMLElement>('.error')) {
      const id = slot.id.replace(/-error$/, '');
      const problem = byField.get(id);
      if (id === 'week') showError(id, this.weekTyped?.error);
      else showError(id, problem?.message, problem?.severity);
    }
    const changedCards = new Set(touched.map((field) => splitCardKey(field)?.id));
    for (const card of this.root.querySelectorAll<HTMLElement>('section.card')) {
      const id = card.dataset.initiative ?? '';
      const state = {
        touched: changedCards.has(id),
        confirmed: this.model.confirmed.includes(id),
        measuring: measured.some((m) => m.id === id),
      };
      card.classList.toggle('touched', state.touched);
      const note = card.querySelector('.save-note .note');
      if (note && note.textContent !== saveNoteText(state)) note.textContent = saveNoteText(state);
    }
    const save = this.root.querySelector('#save');
    const reason = this.root.querySelector('#save-reason');
    // Announced as unavailable rather than disabled, so Save stays in the Tab order and a keyboard user can hear why.
    save?.setAttribute('aria-disabled', String(blocking.length > 0 || !!this.model.conflict || !!this.load?.broken));
    if (reason) reason.textContent = this.reasonText(blocking);
    const mark = this.root.querySelector('#dirty');
    const count = touched.length + 2 * measured.length;
    if (mark) mark.textContent = dirty ? `Unsaved changes (${count} field${count === 1 ? '' : 's'})` : '';
    return blocking;
  }

  private reasonText(errors: FieldError[]): string {
    if (this.model?.conflict) return 'Choose how to resolve the conflict above first.';
    if (this.load?.broken) return `Cannot save yet — ${this.load.broken.file} cannot be read: fix it first.`;
    if (errors.length === 0) return '';
    const [first] = errors;
    const id = /^initiatives\.([^.]+)\./.exec(first.field)?.[1];
    const where = id ? `${this.titleOf(id)}: ` : '';
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    return `Cannot save yet — ${where}${first.message}${more}`;
  }

  private titleOf(id: string): string {
    return this.cards.find((c) => c.id === id)?.title ?? id;
  }

  /** A field key in words: "Fraud scoring · Progress this week". */
  private fieldLabel(field: string): string {
    const split = splitCardKey(field);
    return split
      ? `${this.titleOf(split.id)} · ${FIELD_LABELS[split.field]}`
      : (FIELD_LABELS[field as keyof typeof FIELD_LABELS] ?? field);
  }

  /** Draws the form again; the keyboard focus stays where it was, or moves to `focus`. */
  render(focus?: string): void {
    const model = this.model;
    if (!model) {
      this.root.replaceChildren(h('p', { class: 'note' }, 'Loading the weekly status…'));
      return;
    }
    const focused = focus ?? document.activeElement?.id;
    const { touched } = view(model);
    const changedCards = new Set(touched.map((field) => splitCardKey(field)?.id));
    const parts: (HTMLElement | null)[] = [
      h('h1', {}, `Weekly status · ${model.week}`),
      this.weekPicker(),
      this.notice
        ? h('p', { class: this.noticeWarns ? 'notice warning' : 'notice', role: 'status' }, this.notice)
        : null,
      this.load?.broken
        ? h(
            'vscode-button',
            { id: 'open-file', secondary: true, click: () => this.channel.post({ type: 'openFile' }) },
            'Open File',
          )
        : null,
      model.conflict
        ? renderConflict({
            fields: model.conflict.fields,
            useMine: model.conflict.useMine,
            label: (field) => this.fieldLabel(field),
            choose: (field, mine, focus) => this.dispatch({ type: 'choose', field, mine }, focus),
            resolve: (choice) => this.resolve(choice),
          })
        : null,
      model.status.initiatives.length === 0 ? noInitiatives() : null,
      this.summary(),
      ...model.status.initiatives.map((draft) => {
        const card = this.cards.find((c) => c.id === draft.id) ?? {
          id: draft.id,
          title: draft.id,
          owner: '',
          status: '' as const,
        };
        return renderCard(card, draft, {
          shipped: this.shipped,
          readonly: model.fields.readonly,
          touched: changedCards.has(draft.id),
          confirmed: model.confirmed.includes(draft.id),
          set: (field, value) => this.dispatch({ type: 'set', field, value }),
          add: (list, to) => this.dispatch({ type: 'add', id: draft.id, list, today: this.today() }, to),
          remove: (list, index, to) => this.dispatch({ type: 'remove', id: draft.id, list, index }, to),
          confirm: () => this.dispatch({ type: 'confirm', id: draft.id }, `initiatives.${draft.id}.confirm`),
          openFile: (line) => this.channel.post({ type: 'openFile', initiative: draft.id, line }),
          setOwner: (blocker) => this.channel.post({ type: 'setBlockerOwner', initiative: draft.id, blocker }),
          outcome: this.outcomeContext(draft.id),
        });
      }),
      this.actions(),
    ];
    this.root.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
    const target = focused ? document.getElementById(focused) : null;
    // The components draw their inner input a moment after they are attached; focus lands there once it exists.
    if (target)
      void Promise.resolve((target as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete).then(() =>
        target.focus(),
      );
    this.validate();
  }

  private outcomeContext(id: string): OutcomeContext | undefined {
    const model = this.model!;
    const measurement = model.measurements.find((m) => m.id === id);
    if (!measurement) return undefined;
    return {
      measurement,
      measure: (key, value) => this.dispatch({ type: 'measure', id, key, value }),
    };
  }

  private weekPicker(): HTMLElement {
    const week = this.model!.week;
    const go = (target: string | undefined) => {
      if (target && target !== week) this.channel.post({ type: 'changeWeek', week: target });
      else this.weekError(target ? undefined : 'Use an ISO week such as 2026-W47.');
    };
    const input = h('vscode-textfield', {
      id: 'week',
      name: 'week',
      label: 'Week',
      value: this.weekTyped?.text ?? week,
      input: (event: Event) => this.weekInput((event.target as HTMLInputElement).value),
      keydown: (event: Event) => {
        if ((event as KeyboardEvent).key === 'Enter') go(parseIsoWeek((event.target as HTMLInputElement).value));
      },
    });
    return h(
      'div',
      { class: 'week-picker', role: 'group', 'aria-label': 'Week' },
      h(
        'vscode-button',
        { secondary: true, 'aria-label': 'Previous week', click: () => go(shiftWeek(week, -1)) },
        '‹ Previous',
      ),
      h(
        'div',
        { class: 'field' },
        h('vscode-label', { for: 'week' }, 'Week'),
        input,
        h('div', { class: 'error', id: 'week-error', 'aria-live': 'polite' }),
      ),
      h(
        'vscode-button',
        { secondary: true, click: () => go(parseIsoWeek(String((input as unknown as { value: string }).value))) },
        'Open Week',
      ),
      h('vscode-button', { secondary: true, 'aria-label': 'Next week', click: () => go(shiftWeek(week, 1)) }, 'Next ›'),
    );
  }

  /** Keeps what is typed; an error already shown goes once the text is a week, and none is added before Enter or Open Week. */
  private weekInput(text: string): void {
    const error = parseIsoWeek(text) ? undefined : this.weekTyped?.error;
    this.weekTyped = { text, error };
    showError('week', error);
  }

  private weekError(error: string | undefined): void {
    this.weekTyped = { text: this.weekTyped?.text ?? this.model!.week, error };
    showError('week', error);
  }

  private summary(): HTMLElement {
    const model = this.model!;
    const field = (
      key: 'headline' | 'author' | 'backlog',
      label: string,
      extra: { placeholder?: string; className?: string },
    ) => {
      const raw = model.fields.readonly[key];
      if (raw !== undefined) return readonlyValue(key, label, raw);
      return textField({
        id: key,
        name: key,
        label,
        value: model.status[key],
        onInput: (value) => this.dispatch({ type: 'set', field: key, value }),
        ...extra,
      });
    };
    return h(
      'section',
      { class: 'summary', 'aria-label': 'Summary' },
      field('headline', FIELD_LABELS.headline, { placeholder: 'One line for the executive team', className: 'wide' }),
      h(
        'div',
        { class: 'row' },
        field('author', FIELD_LABELS.author, {}),
        field('backlog', FIELD_LABELS.backlog, { placeholder: 'e.g. 134' }),
      ),
    );
  }

  private actions(): HTMLElement {
    const model = this.model!;
    return h(
      'footer',
      { class: 'actions' },
      h('vscode-checkbox', {
        name: 'updateInitiatives',
        label: 'Also write each health into its initiative file',
        checked: model.updateInitiatives,
        change: (event: Event) =>
          this.dispatch({ type: 'updateInitiatives', value: (event.target as HTMLInputElement).checked }),
      }),
      h(
        'div',
        { class: 'buttons' },
        h('vscode-button', { id: 'save', 'aria-describedby': 'save-reason', click: () => this.save() }, 'Save'),
        h('vscode-button', { id: 'revert', secondary: true, click: () => this.revert() }, 'Revert'),
        h('span', { id: 'dirty', class: 'note' }),
      ),
      h('p', { id: 'save-reason', class: 'reason', 'aria-live': 'polite' }),
    );
  }

  private save(): void {
    const model = this.model;
    if (!model) return;
    const errors = this.validate();
    // A Save that cannot save takes the author to what stops it, the place its reason line names.
    if (model.conflict) return this.root.querySelector<HTMLElement>('.conflict vscode-button')?.focus();
    // A file that cannot be read is never overwritten from the form: Save takes the author to it.
    if (this.load?.broken) return document.getElementById('open-file')?.focus();
    if (errors.length > 0) return document.getElementById(errors[0].field)?.focus();
    if (!view(model).dirty) {
      this.say(
        'Nothing to save: no field changed since the form loaded. Use “No Change This Week” to record a health as it is.',
      );
      return this.render();
    }
    this.say('Saving…');
    this.render();
    const { status, loaded, base, fields, confirmed, measurements, updateInitiatives } = model;
    this.sent = structuredClone({ status, confirmed, measurements });
    this.channel.post({ type: 'save', status, loaded, base, fields, confirmed, measurements, updateInitiatives });
  }

  /**
   * Back to what the form loaded at once, then the file as it is now: anything typed before the file
   * is back is a change of its own, kept over the reload and saved like any other.
   */
  private revert(): void {
    // A save on its way when Revert is pressed no longer describes the form.
    this.sent = undefined;
    this.say('Reverting to the file…');
    this.dispatch({ type: 'revert' }, 'revert');
    this.channel.post({ type: 'revert' });
  }

  private resolve(choice: ConflictChoice): void {
    const model = this.model;
    if (!model?.conflict) return;
    const useMine = model.conflict.useMine;
    if (choice === 'reload') this.model = reduce(model, { type: 'revert' });
    if (choice !== 'diff') this.model = reduce(this.model!, { type: 'conflictClosed' });
    if (choice === 'merge') this.say('Saving…');
    this.channel.post({ type: 'resolveConflict', choice, useMine });
    this.render();
  }
}
