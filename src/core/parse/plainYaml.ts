// A fast reader for the plain YAML that plan files are made of: block mappings and lists,
// one-line flow collections, plain and simply quoted scalars, comments. It builds the same
// nodes, values and ranges as the `yaml` package, several times faster, and gives up (returns
// undefined) on anything else — anchors, tags, block scalars, multi-line values, escapes,
// duplicate keys, anything odd — so that the full parser, with its precise errors, takes over.
// It mirrors the nodes of `yaml` 2.9.1, which package.json pins exactly: moving that version
// means running the differential test (test/unit/parse/plainYaml.test.ts) against the new one.

import { Pair, parse, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

/** Thrown (never escapes this module) when the text leaves the subset. */
const OUTSIDE = { outside: true };

/**
 * Characters the subset never holds: controls, tabs, CR, BOM, line or paragraph separators, and
 * the Unicode spaces, which JavaScript trims but YAML keeps as text (its white space is space and tab).
 */
const UNUSUAL = /[\x00-\x09\x0b-\x1f\x7f\x85\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\ufffe\uffff]/;
/** Characters that cannot start a plain scalar (or start one only in ways we leave to the full parser). */
const NOT_PLAIN_START = new Set([...'-?:,[]{}#&*!|>\'"%@`']);
const FLOW_STOP = new Set([...',[]{}']);
const MAX_KEY = 1000;
const MAX_DEPTH = 64;

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under the YAML 1.2 core schema, as the `yaml` package resolves it. */
function resolvePlain(source: string): Scalar {
  const first = source.charCodeAt(0);
  // Most values are words: only these first characters can start a null, bool or number.
  if (!(
    first === 0x7e ||
    first === 0x2e ||
    first === 0x2b ||
    first === 0x2d ||
    (first >= 0x30 && first <= 0x39) ||
    'nNtTfF'.includes(source[0] ?? '')
  )) {
    return new Scalar(source);
  }
  if (NULL.test(source)) return new Scalar(null);
  if (BOOL.test(source)) return new Scalar(source[0] === 't' || source[0] === 'T');
  if (OCT.test(source)) return new Scalar(parseInt(source.substring(2), 8));
  if (INT.test(source)) return new Scalar(parseInt(source, 10));
  if (HEX.test(source)) return new Scalar(parseInt(source.substring(2), 16));
  if (SPECIAL_FLOAT.test(source)) {
    return new Scalar(
      source.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : source[0] === '-'
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY,
    );
  }
  if (EXP_FLOAT.test(source) || FLOAT.test(source)) return new Scalar(parseFloat(source));
  return new Scalar(source);
}

function scalar(value: Scalar, type: Scalar.Type, source: string, start: number, end: number, nodeEnd: number): Scalar {
  value.source = source;
  value.type = type;
  value.range = [start, end, nodeEnd];
  return value;
}

/** One line that holds something other than blanks and a comment. */
interface Line {
  start: number;
  /** Offset of the first character after the indent. */
  content: number;
  /** Offset of the line break, or the text's length. */
  end: number;
  indent: number;
  /** A comment line comes between this line and the content line before it. */
  afterComment: boolean;
}

/**
 * The lines that hold content. A comment line indented deeper than the line after it is taken
 * by the full parser into the range of the value before it: such files are left to that parser.
 */
function contentLines(text: string): Line[] {
  const lines: Line[] = [];
  let commentIndent = 0;
  let commented = false;
  for (let start = 0; start <= text.length;) {
    const brk = text.indexOf('\n', start);
    const end = brk < 0 ? text.length : brk;
    let content = start;
    while (content < end && text.charCodeAt(content) === 0x20) content++;
    if (content < end && text[content] === '#') {
      commentIndent = Math.max(commentIndent, content - start);
      commented = true;
    } else if (content < end) {
      if (commentIndent > content - start) throw OUTSIDE;
      commentIndent = 0;
      lines.push({ start, content, end, indent: content - start, afterComment: commented });
      commented = false;
    }
    if (brk < 0) break;
    start = brk + 1;
  }
  if (commentIndent > 0) throw OUTSIDE;
  return lines;
}

class PlainReader {
  private readonly lines: Line[];
  private next = 0;
  private depth = 0;

  constructor(private readonly text: string) {
    this.lines = contentLines(text);
  }

  document(): Node | null {
    if (this.lines.length === 0) return null;
    for (const line of this.lines) if (line.indent === 0 && this.isMarker(line)) throw OUTSIDE;
    const node = this.block(this.lines[0].indent);
    if (this.next !== this.lines.length) throw OUTSIDE;
    return node;
  }

  // `---`, `...` and `%` directives belong to multi-document streams: not ours.
  private isMarker(line: Line): boolean {
    const head = this.text.slice(line.content, line.content + 4);
    return head[0] === '%' || /^(?:---|\.\.\.)(?: |$)/.test(head);
  }

  /** The mapping or list whose first line is the next line, which has this indent. */
  private block(indent: number): YAMLMap | YAMLSeq {
    if (++this.depth > MAX_DEPTH) throw OUTSIDE;
    const line = this.lines[this.next];
    const node = this.isDash(line.content, line.end) ? this.sequence(indent) : this.mapping(indent, line.content);
    this.depth--;
    return node;
  }

  private isDash(at: number, end: number): boolean {
    return this.text[at] === '-' && (at + 1 === end || this.text[at + 1] === ' ');
  }

  private sequence(indent: number): YAMLSeq {
    const seq = new YAMLSeq();
    const start = this.lines[this.next].content;
    let end = start;
    let last: { line: Line; item: Node } | undefined;
    while (this.next < this.lines.length) {
      const line = this.lines[this.next];
      if (line.indent !== indent || !this.isDash(line.content, line.end)) break;
      const item = this.sequenceItem(line, indent);
      seq.items.push(item);
      end = item.range![2];
      last = { line, item };
    }
    // The full parser stretches the list over the line breaks after a last, empty item that follows a comment line.
    if (last?.line.afterComment && last.item.range![0] === last.item.range![1]) throw OUTSIDE;
    this.checkDedent(indent);
    seq.range = [start, end, end];
    return seq;
  }

  private sequenceItem(line: Line, indent: number): Node {
    let at = line.content + 1;
    while (at < line.end && this.text.charCodeAt(at) === 0x20) at++;
    if (at === line.end || this.text[at] === '#') {
      this.next++;
      return this.nestedOrNull(indent, false, line, at);
    }
    if (this.isDash(at, line.end)) throw OUTSIDE;
    if (this.keyEnd(at, line.end) >= 0) {
      if (++this.depth > MAX_DEPTH) throw OUTSIDE;
      const map = this.mapping(at - line.start, at);
      this.depth--;
      return map;
    }
    this.next++;
    return this.inlineValue(line, at, indent);
  }

  private mapping(indent: number, firstKey: number): YAMLMap {
    const map = new YAMLMap();
    const seen = new Set<unknown>();
    let at = firstKey;
    let end = firstKey;
    while (this.next < this.lines.length) {
      const line = this.lines[this.next];
      if (at < 0) {
        if (line.indent !== indent || this.isDash(line.content, line.end)) break;
        at = line.content;
      }
      const pair = this.entry(line, at, indent);
      const key = (pair.key as Scalar).value;
      if (seen.has(key)) throw OUTSIDE;
      seen.add(key);
      map.items.push(pair);
      end = (pair.value as Node).range![2];
      at = -1;
    }
    this.checkDedent(indent);
    map.range = [firstKey, end, end];
    return map;
  }

  // A line indented deeper than a finished collection continues something we do not read.
  private checkDedent(indent: number): void {
    if (this.next < this.lines.length && this.lines[this.next].indent > indent) throw OUTSIDE;
  }

  /** Where the `:` of an implicit key starting at `at` is, or -1 when the line holds no key. */
  private keyEnd(at: number, end: number): number {
    if (NOT_PLAIN_START.has(this.text[at])) return -1;
    for (let i = at; i < end; i++) {
      const c = this.text[i];
      if (c === '#' && this.text[i - 1] === ' ') return -1;
      if (c === ':' && (i + 1 === end || this.text[i + 1] === ' ')) return i - at > MAX_KEY ? -1 : i;
    }
    return -1;
  }

  private entry(line: Line, at: number, indent: number): Pair {
    const colon = this.keyEnd(at, line.end);
    if (colon < 0) throw OUTSIDE;
    const source = this.text.slice(at, colon).trimEnd();
    const key = scalar(resolvePlain(source), 'PLAIN', source, at, at + source.length, at + source.length);
    let value = colon + 1;
    while (value < line.end && this.text.charCodeAt(value) === 0x20) value++;
    if (value === line.end || this.text[value] === '#') {
      this.next++;
      return new Pair(key, this.nestedOrNull(indent, true, line, value));
    }
    this.next++;
    return new Pair(key, this.inlineValue(line, value, indent));
  }

  /** What follows `key:` or `-` with nothing after it on its line: a deeper block, or null. */
  private nestedOrNull(indent: number, listAtSameIndent: boolean, line: Line, blanksEnd: number): Node {
    const below = this.lines[this.next];
    if (
      below &&
      (below.indent > indent || (listAtSameIndent && below.indent === indent && this.isDash(below.content, below.end)))
    ) {
      return this.block(below.indent);
    }
    const hasComment = blanksEnd < line.end;
    let next = line.end + 1;
    while (this.text[next] === ' ' || this.text[next] === '\n') next++;
    // The full parser lets an empty value take the blank and comment lines after it, in ways not worth copying.
    if (
      this.text[next] === '#' ||
      (hasComment && (next >= this.text.length || this.text.slice(line.end + 1, next).includes('\n')))
    )
      throw OUTSIDE;
    // A comment after it is part of the value, and so is the indent of the next line.
    const nodeEnd = hasComment ? next : blanksEnd;
    return scalar(new Scalar(null), 'PLAIN', '', blanksEnd, blanksEnd, nodeEnd);
  }

  /** The offset after the line's break (or the text's end). */
  private lineEnd(line: Line): number {
    return Math.min(line.end + 1, this.text.length);
  }

  /** A value that starts at `at` and ends on this line, followed by nothing but blanks and a comment. */
  private inlineValue(line: Line, at: number, indent: number): Node {
    const node =
      this.text[at] === '[' || this.text[at] === '{' ? this.flow(at, line.end) : this.blockScalar(at, line.end);
    let after = node.range![1];
    while (after < line.end && this.text.charCodeAt(after) === 0x20) after++;
    if (after < line.end && !(this.text[after] === '#' && after > node.range![1])) throw OUTSIDE;
    node.range![2] = this.lineEnd(line);
    this.checkDedent(indent);
    return node;
  }

  private blockScalar(at: number, end: number): Scalar {
    const quote = this.text[at];
    if (quote === "'" || quote === '"') return this.quoted(at, end);
    if (NOT_PLAIN_START.has(quote)) throw OUTSIDE;
    let stop = end;
    for (let i = at; i < end; i++) {
      const c = this.text[i];
      if (c === '#' && this.text[i - 1] === ' ') {
        stop = i;
        break;
      }
      if (c === ':' && (i + 1 === end || this.text[i + 1] === ' ')) throw OUTSIDE;
    }
    const source = this.text.slice(at, stop).trimEnd();
    return scalar(resolvePlain(source), 'PLAIN', source, at, at + source.length, at + source.length);
  }

  /** A single- or double-quoted scalar closed on its line; escapes are left to the full parser. */
  private quoted(at: number, end: number): Scalar {
    const quote = this.text[at];
    let close = at + 1;
    for (;;) {
      close = this.text.indexOf(quote, close);
      if (close < 0 || close >= end) throw OUTSIDE;
      if (quote === "'" && this.text[close + 1] === "'") close += 2;
      else break;
    }
    const inner = this.text.slice(at + 1, close);
    if (quote === '"' && inner.includes('\\')) throw OUTSIDE;
    const value = quote === "'" ? inner.replace(/''/g, "'") : inner;
    return scalar(new Scalar(value), quote === "'" ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE', value, at, close + 1, close + 1);
  }

  private flow(at: number, end: number): YAMLMap | YAMLSeq {
    if (++this.depth > MAX_DEPTH) throw OUTSIDE;
    const isMap = this.text[at] === '{';
    const node = isMap ? new YAMLMap() : new YAMLSeq();
    node.flow = true;
    const closer = isMap ? '}' : ']';
    const seen = new Set<unknown>();
    let i = this.skipSpaces(at + 1, end);
    if (this.text[i] !== closer) {
      for (;;) {
        if (isMap) {
          const key = this.flowScalar(i, end, true);
          if (seen.has(key.value)) throw OUTSIDE;
          seen.add(key.value);
          const colon = key.range![2];
          key.range![2] = key.range![1];
          if (this.text[colon] !== ':' || this.text[colon + 1] !== ' ') throw OUTSIDE;
          const value = this.flowItem(this.skipSpaces(colon + 1, end), end);
          (node as YAMLMap).items.push(new Pair(key, value));
          i = value.range![2];
        } else {
          const item = this.flowItem(i, end);
          (node as YAMLSeq).items.push(item);
          i = item.range![2];
        }
        if (this.text[i] === closer) break;
        if (this.text[i] !== ',') throw OUTSIDE;
        i = this.skipSpaces(i + 1, end);
        if (this.text[i] === closer || this.text[i] === ',') throw OUTSIDE;
      }
    }
    this.depth--;
    node.range = [at, i + 1, i + 1];
    return node;
  }

  private flowItem(at: number, end: number): Node {
    const c = this.text[at];
    if (c === '[' || c === '{') {
      const node = this.flow(at, end);
      node.range![2] = this.skipSpaces(node.range![1], end);
      return node;
    }
    if (c === "'" || c === '"') {
      const node = this.quoted(at, end);
      node.range![2] = this.skipSpaces(node.range![1], end);
      if (this.text[node.range![2]] === ':') throw OUTSIDE;
      return node;
    }
    return this.flowScalar(at, end, false);
  }

  /** A plain scalar inside `[...]` or `{...}`; nodeEnd covers the blanks before the next indicator. */
  private flowScalar(at: number, end: number, isKey: boolean): Scalar {
    if (at >= end || NOT_PLAIN_START.has(this.text[at])) throw OUTSIDE;
    let i = at;
    for (; i < end; i++) {
      const c = this.text[i];
      if (FLOW_STOP.has(c)) break;
      if (c === '#' && this.text[i - 1] === ' ') throw OUTSIDE;
      if (c === ':') {
        if (isKey && this.text[i + 1] === ' ') break;
        throw OUTSIDE;
      }
    }
    if (i >= end) throw OUTSIDE;
    const source = this.text.slice(at, i).trimEnd();
    return scalar(resolvePlain(source), 'PLAIN', source, at, at + source.length, i);
  }

  private skipSpaces(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === 0x20) at++;
    if (at >= end) throw OUTSIDE;
    return at;
  }
}

/**
 * The document's top node (null for an empty document) when `text` stays inside the plain
 * subset; undefined when it does not, and the full parser must read it.
 */
export function readPlainYaml(text: string): Node | null | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    return new PlainReader(text).document();
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}

/** The text's plain JavaScript value, by the fast reader when it can, else the full parser (which may throw). */
export function parseYamlValue(text: string): unknown {
  const plain = readPlainYaml(text);
  return plain === undefined ? parse(text, { logLevel: 'error' }) : plain?.toJSON();
}
