// Writes a multi-line value as a YAML block scalar that fits where the old value stood: the old
// header's style, indentation indicator and chomping are kept whenever they still read back as the value.
import { Document, isScalar, parseDocument, Scalar } from 'yaml';

export interface BlockHeader {
  style: '|' | '>';
  /** The indentation indicator, when the header has one. */
  indent?: number;
  chomp: '' | '-' | '+';
  /** Whatever followed the indicators on the header line, e.g. `  # by Friday`. */
  comment: string;
}

const HEADER = /^([|>])(?:([1-9])([-+]?)|([-+])([1-9]?))?((?:[ \t]+#.*)?)[ \t]*$/;

/** Reads the header line of a block scalar (`|`, `>2-`, `|+  # note`); undefined when it is not one. */
export function readHeader(line: string): BlockHeader | undefined {
  const match = HEADER.exec(line);
  if (!match) return undefined;
  const digit = match[2] || match[5];
  const chomp = (match[3] || match[4] || '') as BlockHeader['chomp'];
  return {
    style: match[1] as BlockHeader['style'],
    indent: digit ? Number(digit) : undefined,
    chomp,
    comment: match[6],
  };
}

/** The block body `yaml` would write for `value` (lines at indent 0), with the chomping it chose. */
function libraryBody(
  value: string,
  style: BlockHeader['style'],
): { chomp: BlockHeader['chomp']; lines: string[] } | undefined {
  const doc = new Document({ k: '' });
  const node = doc.get('k', true) as Scalar;
  node.value = value;
  node.type = style === '|' ? Scalar.BLOCK_LITERAL : Scalar.BLOCK_FOLDED;
  const [head, ...rest] = doc.toString({ lineWidth: 0 }).replace(/\n$/, '').split('\n');
  const header = readHeader(head.slice('k: '.length));
  if (!header || header.style !== style) return undefined;
  return { chomp: header.chomp, lines: rest.map((line) => line.slice(2)) };
}

function headerText(style: string, indent: number | undefined, chomp: string, comment: string): string {
  return `${style}${indent ?? ''}${chomp}${comment}`;
}

function readsBack(header: string, lines: string[], depth: number, value: string): boolean {
  const pad = ' '.repeat(depth);
  const doc = parseDocument(`k: ${header}\n${lines.map((line) => (line === '' ? '' : pad + line)).join('\n')}\n`);
  const node = doc.get('k', true);
  return doc.errors.length === 0 && isScalar(node) && node.value === value;
}

export interface BlockPlace {
  /** Column of the key (or list dash) the block belongs to. */
  parentIndent: number;
  /** Column of the content lines. */
  contentIndent: number;
}

/**
 * `value` as a block scalar in the spirit of `header`: the header line (no leading space) and
 * the content lines, each ending in a newline. Undefined when no block scalar can hold the value.
 */
export function renderBlock(value: string, header: BlockHeader, place: BlockPlace): string | undefined {
  const body = libraryBody(value, header.style);
  if (!body) return undefined;
  const depth = place.contentIndent - place.parentIndent;
  const needsIndicator = /^[ \t]/.test(body.lines.find((line) => line !== '') ?? '');
  const indent = header.indent !== undefined || needsIndicator ? depth : undefined;
  if (depth < 1 || (indent !== undefined && indent > 9)) return undefined;
  const candidates = [header.chomp, body.chomp].map((chomp) => headerText(header.style, indent, chomp, header.comment));
  const chosen = candidates.find((candidate) => readsBack(candidate, body.lines, depth, value));
  if (chosen === undefined) return undefined;
  const pad = ' '.repeat(place.contentIndent);
  return [chosen, ...body.lines.map((line) => (line === '' ? '' : pad + line))].join('\n') + '\n';
}
