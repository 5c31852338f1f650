// One initiative's card: health, progress, next, blockers, decisions, and what shipped this week.
import { HEALTH_LABELS, STATUSES } from '../src/core/model';
import type { InitiativeCard, ShippedReport } from '../src/core/protocol';
import type { BlockerDraft, DecisionDraft, InitiativeStatusDraft } from '../src/core/status/types';
import { h } from './dom';
import { selectField, textField } from './fields';

export interface CardContext {
  today: string;
  shipped: ShippedReport;
  /** A value changed: save the draft and validate. */
  changed(): void;
  /** An item was added or removed: render again, with the keyboard focus on `focus` (an element id). */
  restructured(focus: string): void;
}

function removeButton(label: string, onClick: () => void): HTMLElement {
  return h('vscode-button', { secondary: true, class: 'remove', 'aria-label': label, title: label, click: onClick }, 'Remove');
}

/** One kind of list on the card (blockers or decisions): its fields, and what a new item holds. */
interface ItemList<T extends { [K in keyof T]: string }> {
  key: 'blockers' | 'decisions';
  noun: string;
  legend: string;
  fields: { key: keyof T & string; label: string; placeholder?: string; className?: string }[];
  blank(ctx: CardContext): T;
}

function itemRows<T extends { [K in keyof T]: string }>(items: T[], list: ItemList<T>, base: string, ctx: CardContext): HTMLElement {
  const path = `${base}.${list.key}`;
  const rows = items.map((item, i) => {
    const set = (key: keyof T & string) => (value: string) => {
      (item as Record<string, string>)[key] = value;
      ctx.changed();
    };
    return h(
      'div',
      { class: 'item', role: 'group', 'aria-label': `${list.noun} ${i + 1}` },
      ...list.fields.map(({ key, ...field }) => textField({ ...field, id: `${path}.${i}.${key}`, name: key, value: item[key], onInput: set(key) })),
      removeButton(`Remove ${list.noun.toLowerCase()} ${i + 1}`, () => {
        items.splice(i, 1);
        ctx.restructured(`${path}.add`);
      }),
    );
  });
  const add = h('vscode-button', { id: `${path}.add`, secondary: true, class: 'add', click: () => {
    items.push(list.blank(ctx));
    ctx.restructured(`${path}.${items.length - 1}.${list.fields[0].key}`);
  } }, `Add ${list.noun}`);
  return h('fieldset', {}, h('legend', {}, list.legend), ...rows, add);
}

const BLOCKERS: ItemList<BlockerDraft> = {
  key: 'blockers',
  noun: 'Blocker',
  legend: 'Blockers',
  fields: [
    { key: 'blocker', label: 'Blocker', className: 'wide' },
    { key: 'since', label: 'Since', placeholder: 'YYYY-MM-DD' },
    { key: 'owner', label: 'Owner', placeholder: 'One person' },
  ],
  blank: (ctx) => ({ blocker: '', since: ctx.today, owner: '' }),
};

const DECISIONS: ItemList<DecisionDraft> = {
  key: 'decisions',
  noun: 'Decision',
  legend: 'Decisions needed',
  fields: [
    { key: 'decision', label: 'Decision needed', className: 'wide' },
    { key: 'by', label: 'By', placeholder: 'YYYY-MM-DD' },
  ],
  blank: () => ({ decision: '', by: '' }),
};

export function shippedList(id: string, report: ShippedReport): HTMLElement {
  const items = report.byInitiative[id] ?? [];
  const body =
    report.state !== 'ready'
      ? h('p', { class: 'note' }, report.message ?? 'Reading git…')
      : items.length === 0
        ? h('p', { class: 'note' }, 'Nothing mapped to this initiative reached the branch this week.')
        : h('ul', {}, ...items.map((item) => h('li', {}, h('code', {}, item.sha.slice(0, 7)), ` ${item.subject}`, item.pr ? ` (#${item.pr})` : '')));
  const attributes = { class: 'shipped', 'aria-label': 'Shipped this week', 'data-state': report.state, 'data-initiative': id };
  return h('section', attributes, h('h4', {}, 'Shipped this week'), body);
}

export function renderCard(card: InitiativeCard, draft: InitiativeStatusDraft, ctx: CardContext): HTMLElement {
  const base = `initiatives.${draft.id}`;
  const set = (key: 'status' | 'progress' | 'next') => (value: string) => {
    (draft as unknown as Record<string, string>)[key] = value;
    ctx.changed();
  };
  const choices = [{ value: '', label: 'Choose a health…' }, ...STATUSES.map((s) => ({ value: s, label: HEALTH_LABELS[s] }))];
  return h(
    'section',
    { class: 'card', 'data-initiative': draft.id, 'aria-labelledby': `${base}-title` },
    h('h3', { id: `${base}-title` }, card.title, card.owner ? h('span', { class: 'owner' }, ` · ${card.owner}`) : null),
    selectField({ id: `${base}.status`, name: 'status', label: 'Health', value: draft.status, onInput: set('status'), choices }),
    textField({ id: `${base}.progress`, name: 'progress', label: 'Progress this week', value: draft.progress, onInput: set('progress'), multiline: true }),
    textField({ id: `${base}.next`, name: 'next', label: 'Next', value: draft.next, onInput: set('next') }),
    itemRows(draft.blockers, BLOCKERS, base, ctx),
    itemRows(draft.decisions, DECISIONS, base, ctx),
    shippedList(draft.id, ctx.shipped),
  );
}
