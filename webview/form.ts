// The weekly status form: holds the draft, renders it, validates as the author types, and
// talks to the extension only through the typed protocol.
import { addDays, isoWeekOf, parseIsoWeek, weekRange } from '../src/core/dates';
import type { ConflictChoice, FormState, HostMessage, InitiativeCard, ShippedReport, WebviewMessage } from '../src/core/protocol';
import { statusFilePath, type WeeklyStatus } from '../src/core/status/types';
import { blocking, validateWeeklyStatus, type FieldError } from '../src/core/status/validate';
import { renderCard, shippedList } from './card';
import { renderConflict } from './conflict';
import { h } from './dom';
import { showError, textField } from './fields';

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
function draftNote(week: string, draftBase: string | null, fileBase: string | null): { text: string; warning: boolean } {
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

export class WeeklyForm {
  private state?: FormState;
  private loaded = '';
  private load?: Load;
  private cards: InitiativeCard[] = [];
  private shipped: ShippedReport = { state: 'loading', byInitiative: {} };
  private conflict?: { disk: string; mine: string };
  private notice = '';
  private noticeWarns = false;
  /** A week typed but not opened, and its error: both outlive redraws until the week field is fixed or a week opens. */
  private weekTyped?: { text: string; error?: string };

  constructor(
    private readonly root: HTMLElement,
    private readonly channel: Channel,
    restored: FormState | undefined,
  ) {
    this.state = restored;
  }

  receive(message: HostMessage): void {
    switch (message.type) {
      case 'load':
        return this.onLoad(message);
      case 'shipped':
        if (message.week !== this.state?.week) return;
        this.shipped = message.report;
        // Only the lists change, so whatever the author is typing keeps its focus and caret.
        for (const list of this.root.querySelectorAll<HTMLElement>('section.shipped')) {
          list.replaceWith(shippedList(list.dataset.initiative ?? '', message.report));
        }
        return;
      case 'saved':
        this.conflict = undefined;
        this.say(`Saved to ${message.file}.`);
        this.loaded = JSON.stringify(this.state?.status);
        if (this.state) this.state = { ...this.state, base: message.base, dirty: false };
        this.render();
        return this.changed();
      case 'conflict':
        this.conflict = { disk: message.disk, mine: message.mine };
        this.say('Not saved: the file changed since the form loaded.');
        return this.render();
      case 'error':
        this.say(message.message);
        return this.render();
    }
  }

  private onLoad(message: Load): void {
    const local = this.state?.dirty && this.state.week === message.week ? { ...this.state, savedAt: this.state.savedAt ?? 0 } : undefined;
    const draft = local && local.savedAt >= (message.draft?.savedAt ?? 0) ? local : message.draft;
    this.load = message;
    this.cards = message.initiatives;
    this.shipped = { state: 'loading', byInitiative: {} };
    this.conflict = undefined;
    this.weekTyped = undefined;
    this.loaded = JSON.stringify(message.status);
    const status: WeeklyStatus = structuredClone(draft?.status ?? message.status);
    this.state = {
      folder: message.folder,
      week: message.week,
      status,
      base: draft ? draft.base : message.base,
      dirty: draft !== undefined,
      updateInitiatives: this.state?.updateInitiatives ?? false,
      savedAt: draft?.savedAt,
    };
    const note = message.broken
      ? { text: `${message.broken.file} cannot be read, line ${message.broken.line}: ${message.broken.message}. Fix it in the file, then Revert to load it: until then the form saves nothing.`, warning: true }
      : draft
        ? draftNote(message.week, draft.base, message.base)
        : { text: SOURCE_NOTE[message.source], warning: false };
    this.say(note.text, note.warning);
    this.render();
    this.changed();
  }

  private say(text: string, warning = false): void {
    this.notice = text;
    this.noticeWarns = warning;
  }

  /** Keeps the draft (webview state and the extension) and refreshes validation. */
  private changed(): void {
    if (!this.state) return;
    this.state.dirty = JSON.stringify(this.state.status) !== this.loaded;
    const savedAt = Date.now();
    this.state.savedAt = savedAt;
    this.channel.persist(this.state);
    // At once, not after a pause in typing: a panel closed (or a week left) right after a keystroke keeps it too.
    const { status, base, dirty } = this.state;
    this.channel.post({ type: 'draft', status, base, dirty, savedAt });
    this.validate();
  }

  /** Shows every problem on its field; returns those that stop the save (warnings do not). */
  private validate(): FieldError[] {
    if (!this.state) return [];
    const problems = validateWeeklyStatus(this.state.status);
    const errors = blocking(problems);
    const byField = new Map(problems.map((e) => [e.field, e]));
    for (const slot of this.root.querySelectorAll<HTMLElement>('.error')) {
      const id = slot.id.replace(/-error$/, '');
      const problem = byField.get(id);
      if (id === 'week') showError(id, this.weekTyped?.error);
      else showError(id, problem?.message, problem?.severity);
    }
    const save = this.root.querySelector('#save');
    const reason = this.root.querySelector('#save-reason');
    // Announced as unavailable rather than disabled, so Save stays in the Tab order and a keyboard user can hear why.
    save?.setAttribute('aria-disabled', String(errors.length > 0 || !!this.conflict || !!this.load?.broken));
    if (reason) reason.textContent = this.reasonText(errors);
    const dirty = this.root.querySelector('#dirty');
    if (dirty) dirty.textContent = this.state.dirty ? 'Unsaved changes' : '';
    return errors;
  }

  private reasonText(errors: FieldError[]): string {
    if (this.conflict) return 'Choose how to resolve the conflict above first.';
    if (this.load?.broken) return `Cannot save yet — ${this.load.broken.file} cannot be read: fix it first.`;
    if (errors.length === 0) return '';
    const [first] = errors;
    const id = /^initiatives\.([^.]+)\./.exec(first.field)?.[1];
    const where = id ? `${this.cards.find((c) => c.id === id)?.title ?? id}: ` : '';
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    return `Cannot save yet — ${where}${first.message}${more}`;
  }

  /** Draws the form again; the keyboard focus stays where it was, or moves to `focus`. */
  render(focus?: string): void {
    if (!this.state) {
      this.root.replaceChildren(h('p', { class: 'note' }, 'Loading the weekly status…'));
      return;
    }
    const focused = focus ?? document.activeElement?.id;
    const parts: (HTMLElement | null)[] = [
      h('h1', {}, `Weekly status · ${this.state.week}`),
      this.weekPicker(),
      this.notice ? h('p', { class: this.noticeWarns ? 'notice warning' : 'notice', role: 'status' }, this.notice) : null,
      this.load?.broken ? h('vscode-button', { id: 'open-file', secondary: true, click: () => this.channel.post({ type: 'openFile' }) }, 'Open File') : null,
      this.conflict ? renderConflict(this.conflict, (choice) => this.resolve(choice)) : null,
      this.state.status.initiatives.length === 0 ? noInitiatives() : null,
      this.summary(),
      ...this.state.status.initiatives.map((draft) => {
        const card = this.cards.find((c) => c.id === draft.id) ?? { id: draft.id, title: draft.id, owner: '', status: '' as const };
        return renderCard(card, draft, {
          today: this.load?.today ?? '',
          shipped: this.shipped,
          changed: () => this.changed(),
          restructured: (focus) => {
            this.render(focus);
            this.changed();
          },
        });
      }),
      this.actions(),
    ];
    this.root.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
    const target = focused ? document.getElementById(focused) : null;
    // The components draw their inner input a moment after they are attached; focus lands there once it exists.
    if (target) void Promise.resolve((target as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete).then(() => target.focus());
    this.validate();
  }

  private weekPicker(): HTMLElement {
    const week = this.state!.week;
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
      h('vscode-button', { secondary: true, 'aria-label': 'Previous week', click: () => go(shiftWeek(week, -1)) }, '‹ Previous'),
      h('div', { class: 'field' }, h('vscode-label', { for: 'week' }, 'Week'), input, h('div', { class: 'error', id: 'week-error', 'aria-live': 'polite' })),
      h('vscode-button', { secondary: true, click: () => go(parseIsoWeek(String((input as unknown as { value: string }).value))) }, 'Open Week'),
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
    this.weekTyped = { text: this.weekTyped?.text ?? this.state!.week, error };
    showError('week', error);
  }

  private summary(): HTMLElement {
    const status = this.state!.status;
    const set = (key: 'headline' | 'author' | 'backlog') => (value: string) => {
      status[key] = value;
      this.changed();
    };
    return h(
      'section',
      { class: 'summary', 'aria-label': 'Summary' },
      textField({ id: 'headline', name: 'headline', label: 'Headline', value: status.headline, onInput: set('headline'), placeholder: 'One line for the executive team', className: 'wide' }),
      h(
        'div',
        { class: 'row' },
        textField({ id: 'author', name: 'author', label: 'Author', value: status.author, onInput: set('author') }),
        textField({ id: 'backlog', name: 'backlog', label: 'Open backlog items', value: status.backlog, onInput: set('backlog'), placeholder: 'e.g. 134' }),
      ),
    );
  }

  private actions(): HTMLElement {
    const state = this.state!;
    return h(
      'footer',
      { class: 'actions' },
      h(
        'vscode-checkbox',
        {
          name: 'updateInitiatives',
          label: 'Also write each health into its initiative file',
          checked: state.updateInitiatives,
          change: (event: Event) => {
            state.updateInitiatives = (event.target as HTMLInputElement).checked;
            this.channel.persist(state);
          },
        },
      ),
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
    if (!this.state) return;
    const errors = this.validate();
    // A Save that cannot save takes the author to what stops it, the place its reason line names.
    if (this.conflict) return this.root.querySelector<HTMLElement>('.conflict vscode-button')?.focus();
    // A file that cannot be read is never overwritten from the form: Save takes the author to it.
    if (this.load?.broken) return document.getElementById('open-file')?.focus();
    if (errors.length > 0) return document.getElementById(errors[0].field)?.focus();
    this.say('Saving…');
    this.render();
    this.channel.post({ type: 'save', status: this.state.status, base: this.state.base, updateInitiatives: this.state.updateInitiatives });
  }

  private revert(): void {
    if (this.state) this.state.dirty = false;
    this.channel.post({ type: 'revert' });
  }

  private resolve(choice: ConflictChoice): void {
    if (choice === 'reload' && this.state) this.state.dirty = false;
    if (choice !== 'diff') this.conflict = undefined;
    if (choice === 'overwrite') this.say('Saving…');
    this.channel.post({ type: 'resolveConflict', choice });
    this.render();
  }
}
