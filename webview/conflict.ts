// Shown when Save found fields that changed both in the form and in the file since it loaded:
// each such field side by side, with the lead's choice per field. Everything else was merged.
import type { ConflictChoice } from '../src/core/protocol';
import type { FieldConflict } from '../src/core/status/merge';
import { h } from './dom';

export interface ConflictView {
  fields: FieldConflict[];
  useMine: string[];
  /** A field's name in words, e.g. "Fraud scoring · Progress this week". */
  label(field: string): string;
  /** `focus`: the id of the button pressed, which keeps the focus after the redraw. */
  choose(field: string, mine: boolean, focus: string): void;
  resolve(choice: ConflictChoice): void;
}

/** A list travels as JSON; shown as one line per item, the way the card shows it. */
function shown(value: string): string {
  if (!value.startsWith('[')) return value === '' ? '(empty)' : value;
  try {
    const items = JSON.parse(value) as Record<string, string>[];
    if (items.length === 0) return '(none)';
    return items
      .map((item) =>
        Object.values(item)
          .filter((v) => v !== '')
          .join(' · '),
      )
      .join('\n');
  } catch {
    return value;
  }
}

function row(conflict: FieldConflict, i: number, view: ConflictView): HTMLElement {
  const mine = view.useMine.includes(conflict.field);
  const id = `conflict-${i}`;
  const choice = (label: string, pressed: boolean, useMine: boolean) => {
    const button = `${id}-${useMine ? 'mine' : 'file'}`;
    return h(
      'vscode-button',
      {
        id: button,
        secondary: !pressed,
        'aria-pressed': String(pressed),
        click: () => view.choose(conflict.field, useMine, button),
      },
      label,
    );
  };
  return h(
    'div',
    { class: 'conflict-field', role: 'group', 'aria-labelledby': `${id}-title`, 'data-field': conflict.field },
    h('h3', { id: `${id}-title` }, view.label(conflict.field)),
    h(
      'div',
      { class: 'versions' },
      h(
        'figure',
        {},
        h('figcaption', {}, 'In the file now'),
        h('pre', { class: 'disk', tabindex: '0' }, shown(conflict.disk)),
      ),
      h('figure', {}, h('figcaption', {}, 'Yours'), h('pre', { class: 'mine', tabindex: '0' }, shown(conflict.mine))),
    ),
    h(
      'div',
      { class: 'buttons', role: 'group', 'aria-label': 'Keep' },
      choice('Keep the File’s', !mine, false),
      choice('Use Mine', mine, true),
    ),
  );
}

export function renderConflict(view: ConflictView): HTMLElement {
  const count = view.fields.length;
  return h(
    'section',
    { class: 'conflict', role: 'alert', 'aria-labelledby': 'conflict-title' },
    h(
      'h2',
      { id: 'conflict-title' },
      count === 1 ? 'One field changed in the file too' : `${count} fields changed in the file too`,
    ),
    h(
      'p',
      {},
      'Nothing was written yet. Your other changes merge with the file as it is now; for each field below, choose which value to keep.',
    ),
    ...view.fields.map((conflict, i) => row(conflict, i, view)),
    h(
      'div',
      { class: 'buttons' },
      h('vscode-button', { id: 'conflict-save', click: () => view.resolve('merge') }, 'Save With These Choices'),
      h('vscode-button', { secondary: true, click: () => view.resolve('diff') }, 'Open Diff'),
      h('vscode-button', { secondary: true, click: () => view.resolve('reload') }, 'Reload From File'),
    ),
  );
}
