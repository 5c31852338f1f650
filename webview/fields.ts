// Labelled form fields from @vscode-elements, each with a message slot for its validation error.
import type { VscodeTextfield } from '@vscode-elements/elements/dist/vscode-textfield/vscode-textfield.js';
import type { VscodeTextarea } from '@vscode-elements/elements/dist/vscode-textarea/vscode-textarea.js';
import type { VscodeSingleSelect } from '@vscode-elements/elements/dist/vscode-single-select/vscode-single-select.js';
import { h } from './dom';

export interface FieldOptions {
  /** The validator path; also the element id. */
  id: string;
  /** The YAML key. */
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  placeholder?: string;
  multiline?: boolean;
  className?: string;
}

function wrap(options: FieldOptions, control: HTMLElement): HTMLElement {
  return h(
    'div',
    { class: `field ${options.className ?? ''}`.trim() },
    h('vscode-label', { for: options.id }, options.label),
    control,
    h('div', { class: 'error', id: `${options.id}-error`, 'aria-live': 'polite' }),
  );
}

export function textField(options: FieldOptions): HTMLElement {
  // A one-line input would drop the line breaks of a value written as a block in the file.
  const multiline = options.multiline || options.value.includes('\n');
  const control = h(multiline ? 'vscode-textarea' : 'vscode-textfield', {
    id: options.id,
    name: options.name,
    label: options.label,
    value: options.value,
    placeholder: options.placeholder,
    rows: multiline ? 2 : undefined,
    input: (event: Event) => options.onInput((event.target as VscodeTextfield | VscodeTextarea).value),
  });
  return wrap(options, control);
}

export function selectField(options: FieldOptions & { choices: { value: string; label: string }[] }): HTMLElement {
  const select = h(
    'vscode-single-select',
    { id: options.id, name: options.name, 'aria-label': options.label, change: (event: Event) => options.onInput((event.target as VscodeSingleSelect).value) },
    ...options.choices.map((choice) => h('vscode-option', { value: choice.value, selected: choice.value === options.value }, choice.label)),
  );
  return wrap(options, select);
}

/** Shows `message` under the field `id` (or clears it) and marks the control invalid. */
export function showError(id: string, message: string | undefined): void {
  const slot = document.getElementById(`${id}-error`);
  if (slot && slot.textContent !== (message ?? '')) slot.textContent = message ?? '';
  const control = document.getElementById(id) as (HTMLElement & { invalid?: boolean }) | null;
  if (control && 'invalid' in control) control.invalid = message !== undefined;
}
