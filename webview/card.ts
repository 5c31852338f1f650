// One initiative's card: health, progress, next, blockers, decisions, and what shipped this week.
import { HEALTH_LABELS, STATUSES } from '../src/core/model';
import type { InitiativeCard, ShippedReport } from '../src/core/protocol';
import type { BlockerDraft, DecisionDraft, InitiativeStatusDraft } from '../src/core/status/types';
import { h } from './dom';
import { FIELD_LABELS } from './labels';
import { selectField, textField } from './fields';
import { type OutcomeContext, outcomeSection } from './outcome';

export interface CardContext {
  shipped: ShippedReport;
  /** Values of the file the form cannot edit, by field key: shown as written, read-only. */
  readonly: Record<string, string>;
  /** The lead changed this card (or confirmed it): Save writes it. */
  touched: boolean;
  /** The lead chose "No change this week" for this card. */
  confirmed: boolean;
  /** Sets a value by its field id. */
  set(field: string, value: string): void;
  /** Adds or removes an item; the form renders again with the focus on `focus` (an element id). */
  add(list: 'blockers' | 'decisions', focus: string): void;
  remove(list: 'blockers' | 'decisions', index: number, focus: string): void;
  confirm(): void;
  /** Opens the initiative's own file at a line. */
  openFile(line: number): void;
  /** Asks for the owner of a blocker written in the initiative file. */
  setOwner(blocker: string): void;
  /** The card's measurement to record, when its outcome names a metric. */
  outcome?: OutcomeContext;
}

function removeButton(label: string, onClick: () => void): HTMLElement {
  return h(
    'vscode-button',
    { secondary: true, class: 'remove', 'aria-label': label, title: label, click: onClick },
    'Remove',
  );
}

/** One kind of list on the card (blockers or decisions): its fields, and what a new item holds. */
interface ItemList<T extends { [K in keyof T]: string }> {
  key: 'blockers' | 'decisions';
  noun: string;
  legend: string;
  fields: { key: keyof T & string; label: string; placeholder?: string; className?: string }[];
}

/** A value the form cannot edit: what the file says, and where to change it. */
export function readonlyValue(id: string, label: string, raw: string): HTMLElement {
  return h(
    'div',
    { class: 'field readonly', id: `${id}-readonly`, 'data-field': id },
    h('span', { class: 'label' }, label),
    h('pre', { tabindex: '0', 'aria-label': `${label}, as written in the file` }, raw),
    h('span', { class: 'note' }, 'Kept as written — edit it in the file.'),
  );
}

function itemRows<T extends { [K in keyof T]: string }>(
  items: T[],
  list: ItemList<T>,
  base: string,
  ctx: CardContext,
): HTMLElement {
  const path = `${base}.${list.key}`;
  const raw = ctx.readonly[path];
  if (raw !== undefined)
    return h('fieldset', { class: list.key }, h('legend', {}, list.legend), readonlyValue(path, list.legend, raw));
  const rows = items.map((item, i) =>
    h(
      'div',
      { class: 'item', role: 'group', 'aria-label': `${list.noun} ${i + 1}` },
      ...list.fields.map(({ key, ...field }) => {
        const id = `${path}.${i}.${key}`;
        return textField({ ...field, id, name: key, value: item[key], onInput: (value) => ctx.set(id, value) });
      }),
      removeButton(`Remove ${list.noun.toLowerCase()} ${i + 1}`, () => ctx.remove(list.key, i, `${path}.add`)),
    ),
  );
  const add = h(
    'vscode-button',
    {
      id: `${path}.add`,
      secondary: true,
      class: 'add',
      click: () => ctx.add(list.key, `${path}.${items.length}.${list.fields[0].key}`),
    },
    `Add ${list.noun}`,
  );
  return h('fieldset', { class: list.key }, h('legend', {}, list.legend), ...rows, add);
}

const BLOCKERS: ItemList<BlockerDraft> = {
  key: 'blockers',
  noun: 'Blocker',
  legend: FIELD_LABELS.blockers,
  fields: [
    { key: 'blocker', label: 'Blocker', className: 'wide' },
    { key: 'since', label: 'Since', placeholder: 'YYYY-MM-DD' },
    { key: 'owner', label: 'Owner', placeholder: 'One person' },
  ],
};

const DECISIONS: ItemList<DecisionDraft> = {
  key: 'decisions',
  noun: 'Decision',
  legend: FIELD_LABELS.decisions,
  fields: [
    { key: 'decision', label: 'Decision needed', className: 'wide' },
    { key: 'by', label: 'By', placeholder: 'YYYY-MM-DD' },
  ],
};

export function shippedList(id: string, report: ShippedReport): HTMLElement {
  const items = report.byInitiative[id] ?? [];
  const body =
    report.state !== 'ready'
      ? h('p', { class: 'note' }, report.message ?? 'Reading git…')
      : items.length === 0
        ? h('p', { class: 'note' }, 'Nothing mapped to this initiative reached the branch this week.')
        : h(
            'ul',
            {},
            ...items.map((item) =>
              h('li', {}, h('code', {}, item.sha.slice(0, 7)), ` ${item.subject}`, item.pr ? ` (#${item.pr})` : ''),
            ),
          );
  const attributes = {
    class: 'shipped',
    'aria-label': 'Shipped this week',
    'data-state': report.state,
    'data-initiative': id,
  };
  return h('section', attributes, h('h4', {}, 'Shipped this week'), body);
}

/**
 * Untouched cards are left out of the save; "No change this week" records the health as confirmed.
 * A measurement entered on an otherwise untouched card is written alone, and the note says so.
 */
export function saveNoteText(state: { touched: boolean; confirmed: boolean; measuring?: boolean }): string {
  if (state.confirmed) return 'No change this week: Save records this health for the week.';
  if (state.touched) return 'Changed: Save writes this initiative.';
  return state.measuring
    ? "Status untouched: Save records only the outcome's measurement."
    : 'Untouched: Save leaves this initiative as it is.';
}

function saveNote(draft: InitiativeStatusDraft, ctx: CardContext): HTMLElement {
  const id = `initiatives.${draft.id}.confirm`;
  return h(
    'div',
    { class: 'save-note' },
    h(
      'vscode-button',
      {
        id,
        secondary: true,
        'aria-pressed': String(ctx.confirmed),
        'aria-describedby': `${id}-note`,
        click: () => ctx.confirm(),
      },
      ctx.confirmed ? 'Undo No Change' : 'No Change This Week',
    ),
    h('span', { class: 'note', id: `${id}-note` }, saveNoteText(ctx)),
  );
}

/** Blockers written in the initiative file: open like the others, changed in that file. */
function fileBlockers(card: InitiativeCard, ctx: CardContext): HTMLElement | null {
  const items = card.fileBlockers ?? [];
  if (items.length === 0) return null;
  const name = card.file ?? 'the initiative file';
  return h(
    'fieldset',
    { class: 'file-blockers' },
    h('legend', {}, `Blockers in ${name}`),
    h(
      'ul',
      {},
      ...items.map((b, i) =>
        h(
          'li',
          {},
          h('span', {}, `${b.blocker} · ${b.since ? `since ${b.since}` : 'no start date'} · ${b.owner || 'no owner'}`),
          ' ',
          h(
            'vscode-button',
            {
              secondary: true,
              id: `initiatives.${card.id}.fileBlockers.${i}.owner`,
              'aria-label': `Set the owner of “${b.blocker}”`,
              click: () => ctx.setOwner(b.blocker),
            },
            'Set Owner…',
          ),
          ' ',
          h(
            'vscode-button',
            {
              secondary: true,
              id: `initiatives.${card.id}.fileBlockers.${i}.open`,
              'aria-label': `Open “${b.blocker}” in ${name}`,
              click: () => ctx.openFile(b.line),
            },
            'Open in File',
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'note' },
      'Written in the initiative file: Set Owner writes the owner there at once; they stay open until removed from that file.',
    ),
  );
}

export function renderCard(card: InitiativeCard, draft: InitiativeStatusDraft, ctx: CardContext): HTMLElement {
  const base = `initiatives.${draft.id}`;
  const field = (key: 'status' | 'progress' | 'next', label: string, make: (id: string) => HTMLElement) =>
    ctx.readonly[`${base}.${key}`] !== undefined
      ? readonlyValue(`${base}.${key}`, label, ctx.readonly[`${base}.${key}`])
      : make(`${base}.${key}`);
  const set = (id: string) => (value: string) => ctx.set(id, value);
  const choices = [
    { value: '', label: 'Choose a health…' },
    ...STATUSES.map((s) => ({ value: s, label: HEALTH_LABELS[s] })),
  ];
  return h(
    'section',
    { class: ctx.touched ? 'card touched' : 'card', 'data-initiative': draft.id, 'aria-labelledby': `${base}-title` },
    h('h3', { id: `${base}-title` }, card.title, card.owner ? h('span', { class: 'owner' }, ` · ${card.owner}`) : null),
    field('status', FIELD_LABELS.status, (id) =>
      selectField({ id, name: 'status', label: FIELD_LABELS.status, value: draft.status, onInput: set(id), choices }),
    ),
    saveNote(draft, ctx),
    field('progress', FIELD_LABELS.progress, (id) =>
      textField({
        id,
        name: 'progress',
        label: FIELD_LABELS.progress,
        value: draft.progress,
        onInput: set(id),
        multiline: true,
      }),
    ),
    field('next', FIELD_LABELS.next, (id) =>
      textField({ id, name: 'next', label: FIELD_LABELS.next, value: draft.next, onInput: set(id) }),
    ),
    itemRows(draft.blockers, BLOCKERS, base, ctx),
    fileBlockers(card, ctx),
    itemRows(draft.decisions, DECISIONS, base, ctx),
    ctx.outcome ? outcomeSection(card, ctx.outcome) : null,
    shippedList(draft.id, ctx.shipped),
  );
}
