// Labelled form fields from @vscode-elements, each with a message slot for its validation error
// that screen readers also hear on the control itself.
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
    // vscode-label's `for` finds its control with a CSS id selector, which the dotted ids defeat.
    h('vscode-label', { click: () => control.focus() }, options.label),
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
    // The accessible name is set here, as the label cannot find a control with a dotted id.
    {
      id: options.id,
      name: options.name,
      label: options.label,
      change: (event: Event) => options.onInput((event.target as VscodeSingleSelect).value),
    },
    ...options.choices.map((choice) =>
      h('vscode-option', { value: choice.value, selected: choice.value === options.value }, choice.label),
    ),
  );
  return wrap(options, select);
}

type Control = HTMLElement & { invalid?: boolean; updateComplete?: Promise<unknown> };

/** The element inside a component's shadow root that takes the focus and carries the role. */
function innerControl(control: Control): HTMLElement | null {
  return control.shadowRoot?.querySelector<HTMLElement>('input, textarea, [role="combobox"]') ?? null;
}

/** Describes the focusable element by `message`, which screen readers read on focus; an error also marks it invalid. */
function describe(inner: HTMLElement, message: string, invalid: boolean): void {
  // Host attributes never reach the inner control, an id reference cannot leave its shadow root, and element reflection needs a newer Chromium than VS Code 1.100's: so the text itself goes in.
  if (invalid) inner.setAttribute('aria-invalid', 'true');
  else inner.removeAttribute('aria-invalid');
  if (message) inner.setAttribute('aria-description', message);
  else inner.removeAttribute('aria-description');
}

/**
 * Shows `message` under the field `id` (or clears it). An error marks the control invalid, on
 * screen and for screen readers; a warning is said the same way but leaves the control valid.
 */
export function showError(id: string, message: string | undefined, severity: 'error' | 'warning' = 'error'): void {
  const slot = document.getElementById(`${id}-error`);
  if (slot && slot.textContent !== (message ?? '')) slot.textContent = message ?? '';
  slot?.classList.toggle('warning', message !== undefined && severity === 'warning');
  const control = document.getElementById(id) as Control | null;
  if (!control) return;
  const invalid = message !== undefined && severity === 'error';
  if ('invalid' in control) control.invalid = invalid;
  const inner = innerControl(control);
  if (inner) return describe(inner, message ?? '', invalid);
  // A control attached a moment ago draws its inner element on its first update; the slot then holds the latest message.
  void Promise.resolve(control.updateComplete).then(() => {
    const drawn = innerControl(control);
    if (drawn) describe(drawn, slot?.textContent ?? message ?? '', invalid);
  });
}
