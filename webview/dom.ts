// A tiny element builder: strings become attributes, booleans and `value` become properties,
// functions become listeners. Text is always set as text, never parsed as HTML.

type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | boolean | EventListener | undefined>;

const PROPERTIES = new Set(['value', 'label', 'checked', 'disabled', 'invalid', 'secondary', 'open']);

export function h(tag: string, props: Props = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (typeof value === 'function') element.addEventListener(key, value);
    else if (PROPERTIES.has(key) || typeof value === 'boolean')
      (element as unknown as Record<string, unknown>)[key] = value;
    else element.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}
