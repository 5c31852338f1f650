// Shown when the file changed since the form loaded: both versions side by side and the three ways out.
import type { ConflictChoice } from '../src/core/protocol';
import { h } from './dom';

export function renderConflict(versions: { disk: string; mine: string }, choose: (choice: ConflictChoice) => void): HTMLElement {
  return h(
    'section',
    { class: 'conflict', role: 'alert', 'aria-labelledby': 'conflict-title' },
    h('h2', { id: 'conflict-title' }, 'The status file changed since this form loaded'),
    h('p', {}, 'Nothing was written. Compare the two versions and choose which one to keep.'),
    h(
      'div',
      { class: 'versions' },
      h('figure', {}, h('figcaption', {}, 'In the file now'), h('pre', { class: 'disk', tabindex: '0' }, versions.disk || '(the file was deleted)')),
      h('figure', {}, h('figcaption', {}, 'What Save would write'), h('pre', { class: 'mine', tabindex: '0' }, versions.mine)),
    ),
    h(
      'div',
      { class: 'buttons' },
      h('vscode-button', { click: () => choose('diff') }, 'Open Diff'),
      h('vscode-button', { secondary: true, click: () => choose('reload') }, 'Reload From File'),
      h('vscode-button', { secondary: true, click: () => choose('overwrite') }, 'Overwrite File'),
    ),
  );
}
