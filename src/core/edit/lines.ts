// Line arithmetic on a YAML source: where a line starts and ends, and how far a block is indented.

/** Where continuation lines of a block node go: its own column, or one step in from its key. */
export function blockIndent(text: string, offset: number): number {
  const head = text.slice(lineStart(text, offset), offset);
  return head.trim() === '' ? head.length : head.length - head.trimStart().length + 2;
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function afterLine(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/** The offset of the line break that ends the line holding `offset` (before a CR), or the text's end. */
export function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}

export function indentLines(rendered: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return rendered
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n');
}
