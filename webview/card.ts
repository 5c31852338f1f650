// One initiative's card: health, progress, next, blockers, decisions, and what shipped this week.
import { STATUSES } from '../src/core/model';
import type { InitiativeCard, ShippedReport } from '../src/core/protocol';
import type { InitiativeStatusDraft } from '../src/core/status/types';
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

const HEALTH_LABELS: Record<string, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  paused: 'Paused',
  done: 'Done',
  cancelled: 'Cancelled',
};

function removeButton(label: string, onClick: () => void): HTMLElement {
  return h('vscode-button', { secondary: true, class: 'remove', 'aria-label': label, title: label, click: onClick }, 'Remove');
}

function blockerRows(draft: InitiativeStatusDraft, base: string, ctx: CardContext): HTMLElement {
  const rows = draft.blockers.map((blocker, i) => {
    const at = `${base}.blockers.${i}`;
    const set = (key: 'blocker' | 'since' | 'owner') => (value: string) => {
      blocker[key] = value;
      ctx.changed();
    };
    return h(
      'div',
      { class: 'item', role: 'group', 'aria-label': `Blocker ${i + 1}` },
      textField({ id: `${at}.blocker`, name: 'blocker', label: 'Blocker', value: blocker.blocker, onInput: set('blocker'), className: 'wide' }),
      textField({ id: `${at}.since`, name: 'since', label: 'Since', value: blocker.since, onInput: set('since'), placeholder: 'YYYY-MM-DD' }),
      textField({ id: `${at}.owner`, name: 'owner', label: 'Owner', value: blocker.owner, onInput: set('owner'), placeholder: 'One person' }),
      removeButton(`Remove blocker ${i + 1}`, () => {
        draft.blockers.splice(i, 1);
        ctx.restructured(`${base}.blockers.add`);
      }),
    );
  });
  const add = h('vscode-button', { id: `${base}.blockers.add`, secondary: true, class: 'add', click: () => {
    draft.blockers.push({ blocker: '', since: ctx.today, owner: '' });
    ctx.restructured(`${base}.blockers.${draft.blockers.length - 1}.blocker`);
  } }, 'Add Blocker');
  return h('fieldset', {}, h('legend', {}, 'Blockers'), ...rows, add);
}

function decisionRows(draft: InitiativeStatusDraft, base: string, ctx: CardContext): HTMLElement {
  const rows = draft.decisions.map((decision, i) => {
    const at = `${base}.decisions.${i}`;
    const set = (key: 'decision' | 'by') => (value: string) => {
      decision[key] = value;
      ctx.changed();
    };
    return h(
      'div',
      { class: 'item', role: 'group', 'aria-label': `Decision ${i + 1}` },
      textField({ id: `${at}.decision`, name: 'decision', label: 'Decision needed', value: decision.decision, onInput: set('decision'), className: 'wide' }),
      textField({ id: `${at}.by`, name: 'by', label: 'By', value: decision.by, onInput: set('by'), placeholder: 'YYYY-MM-DD' }),
      removeButton(`Remove decision ${i + 1}`, () => {
        draft.decisions.splice(i, 1);
        ctx.restructured(`${base}.decisions.add`);
      }),
    );
  });
  const add = h('vscode-button', { id: `${base}.decisions.add`, secondary: true, class: 'add', click: () => {
    draft.decisions.push({ decision: '', by: '' });
    ctx.restructured(`${base}.decisions.${draft.decisions.length - 1}.decision`);
  } }, 'Add Decision');
  return h('fieldset', {}, h('legend', {}, 'Decisions needed'), ...rows, add);
}

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
    blockerRows(draft, base, ctx),
    decisionRows(draft, base, ctx),
    shippedList(draft.id, ctx.shipped),
  );
}
