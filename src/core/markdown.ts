// Markdown that user text cannot break: escaped inline text, table cells and safe links.

import { plainLine } from './plainText';

/** Escapes characters that would start emphasis, links, HTML, code or end a table cell. */
export function inline(text: string): string {
  return plainLine(text).replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/** `inline`, plus a leading list, heading or quote mark, for text that may start a line. */
export function md(text: string): string {
  return inline(text)
    .replace(/^(\s*)([-+#](?=\s|$)|>)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** A table cell: escaped, on one line, never empty. */
export function cell(text: string | undefined): string {
  const value = text?.trim();
  return value ? md(value) : '—';
}

export function table(headers: string[], rows: string[][]): string {
  const head = `| ${headers.join(' | ')} |`;
  const rule = `| ${headers.map(() => '---').join(' | ')} |`;
  return [head, rule, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** A link only for http(s) URLs we built ourselves; anything else is plain escaped text. */
export function link(label: string, url: string | undefined): string {
  if (!url || !/^https:\/\/[^\s()<>]+$/.test(url)) return md(label);
  return `[${inline(label)}](${url})`;
}

/** Sections joined by blank lines, with empty ones left out. */
export function sections(...parts: (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n\n') + '\n';
}
