// Turns the difference between the original and the edited YAML tree into text edits on the
// original source, so every byte the edit does not concern (spacing, comments, quoting) stays.
import { isCollection, isMap, isPair, isScalar, isSeq, type Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { type BlockHeader, readHeader, renderBlock } from './blockScalar';
import { afterLine, blockIndent, endOfLine, indentLines, lineStart } from './lines';
import { renderNode, renderScalar } from './render';

interface TextEdit {
  start: number;
  end: number;
  text: string;
}

function isBlock(node: Node): boolean {
  if (isCollection(node)) return !node.flow;
  return isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
}

function sameNode(a: unknown, b: unknown): boolean {
  if (isScalar(a) && isScalar(b)) return a.value === b.value;
  if (isMap(a) && isMap(b)) {
    return (
      a.items.length === b.items.length &&
      a.items.every((p, i) => sameNode(p.key, b.items[i].key) && sameNode(p.value, b.items[i].value))
    );
  }
  if (isSeq(a) && isSeq(b))
    return a.items.length === b.items.length && a.items.every((item, i) => sameNode(item, b.items[i]));
  return a === b;
}

function pairsOf(pairs: Pair[]): YAMLMap {
  const map = new YAMLMap();
  map.items = pairs;
  return map;
}

export class Splicer {
  readonly edits: TextEdit[] = [];

  constructor(private readonly text: string) {}

  /** Replaces the whole of `orig` with `mod`, in a style that fits where `orig` stands. */
  replace(orig: Node, mod: unknown, inFlow: boolean): void {
    const [start, end] = orig.range ?? [0, 0];
    const value = isScalar(mod) && typeof mod.value === 'string' ? mod.value : undefined;
    if (
      value !== undefined &&
      isScalar(orig) &&
      !inFlow &&
      (isBlock(orig) || value.includes('\n')) &&
      this.replaceWithBlock(orig, value)
    )
      return;
    if (start === end && !inFlow && isCollection(mod) && mod.items.length > 0 && this.fillWithBlock(start, mod)) return;
    const block = isBlock(orig);
    if (isScalar(mod) && !(isScalar(orig) && isBlock(orig))) {
      this.push(start, end, renderScalar(mod, inFlow));
      return;
    }
    const flow = inFlow || !block || !isCollection(mod);
    const rendered = renderNode(mod, flow);
    this.push(start, end, block ? indentLines(rendered, blockIndent(this.text, start)) : rendered.trimEnd());
  }

  /** An edit; where a key had no value, a space parts the new one from the colon and from a comment. */
  private push(start: number, end: number, text: string): void {
    if (start !== end) return void this.edits.push({ start, end, text });
    const lead = /[ \t]/.test(this.text[start - 1] ?? '') ? '' : ' ';
    const trail = this.text[start] === '#' ? ' ' : '';
    this.edits.push({ start, end, text: lead + text + trail });
  }

  /** A key with no value that gains a block map or list: its lines go under the key, one step in. */
  private fillWithBlock(at: number, mod: Node): boolean {
    const lineEnd = endOfLine(this.text, at);
    if (!/^[ \t]*(#.*)?$/.test(this.text.slice(at, lineEnd))) return false;
    const head = this.text.slice(lineStart(this.text, at), at);
    const indent = (/^ *(?:- +)*/.exec(head)?.[0].length ?? 0) + 2;
    const lines = indentLines(`\n${renderNode(mod, false).replace(/\n$/, '')}`, indent);
    this.edits.push({ start: lineEnd, end: lineEnd, text: lines });
    return true;
  }

  /**
   * A block list or map that became a single value (or an empty `{}` or `[]`): the value goes
   * back on its key's line (a comment there kept) rather than under it. False when the pair is
   * not written that way.
   */
  private collapse(pair: Pair, twin: Pair, flow: boolean): boolean {
    const value = pair.value as Node | null;
    const keyEnd = (pair.key as Node | null)?.range?.[1];
    const single = isScalar(twin.value) || (isCollection(twin.value) && twin.value.items.length === 0);
    if (flow || !isCollection(value) || value.flow || !single || keyEnd === undefined) return false;
    const colon = this.text.indexOf(':', keyEnd);
    const valueEnd = value.range?.[1];
    if (colon < 0 || valueEnd === undefined) return false;
    const gap = this.text.slice(colon + 1, endOfLine(this.text, colon));
    const comment = gap.trim().startsWith('#') ? gap.trimEnd() : '';
    const end = valueEnd - (/\r?\n$/.exec(this.text.slice(colon, valueEnd))?.[0].length ?? 0);
    const text = isScalar(twin.value) ? renderScalar(twin.value, false) : renderNode(twin.value, true).trimEnd();
    this.edits.push({ start: colon + 1, end, text: ` ${text}${comment}` });
    return true;
  }

  /** A block value stays a block in its own header; a plain value that gained lines becomes a `|` block. */
  private replaceWithBlock(orig: Scalar, value: string): boolean {
    const [start, end] = orig.range ?? [0, 0];
    const head = this.text.slice(lineStart(this.text, start), start);
    const parentIndent = /^ *(?:- +)*/.exec(head)?.[0].length ?? 0;
    if (head.trim() === '') return false;
    if (isBlock(orig)) {
      const headerEnd = afterLine(this.text, start);
      const header = readHeader(this.text.slice(start, headerEnd).replace(/\r?\n$/, ''));
      if (!header) return false;
      const firstLine = /^( *)\S/m.exec(this.text.slice(headerEnd, end))?.[1].length ?? 0;
      const contentIndent = header.indent
        ? parentIndent + header.indent
        : firstLine > parentIndent
          ? firstLine
          : parentIndent + 2;
      const block = renderBlock(value, header, { parentIndent, contentIndent });
      if (block === undefined) return false;
      this.edits.push({
        start,
        end,
        text: this.text.slice(start, end).endsWith('\n') ? block : block.replace(/\n$/, ''),
      });
      return true;
    }
    const lineEnd = afterLine(this.text, end);
    const rest = this.text.slice(end, lineEnd).replace(/\r?\n$/, '');
    if (!/^[ \t]*(#.*)?$/.test(rest)) return false;
    const header: BlockHeader = { style: '|', chomp: '', comment: rest.trimEnd() };
    const block = renderBlock(value, header, { parentIndent, contentIndent: parentIndent + 2 });
    if (block === undefined) return false;
    const lead = start === end && !head.endsWith(' ') ? ' ' : '';
    this.edits.push({ start, end: end + rest.length, text: lead + block.replace(/\n$/, '') });
    return true;
  }

  diff(orig: unknown, mod: unknown, inFlow: boolean): void {
    if (sameNode(orig, mod)) return;
    if (isScalar(orig) && isScalar(mod) && !isBlock(orig)) return this.replace(orig, mod, inFlow);
    if (isMap(orig) && isMap(mod)) return this.diffMap(orig, mod, inFlow);
    if (isSeq(orig) && isSeq(mod) && orig.items.length === mod.items.length) {
      orig.items.forEach((item, i) => this.diff(item, mod.items[i], inFlow || !!orig.flow));
      return;
    }
    if (isSeq(orig) && isSeq(mod) && !inFlow && !orig.flow && this.spliceItems(orig, mod)) return;
    if (isCollection(orig) || isScalar(orig)) this.replace(orig, mod, inFlow);
  }

  /** A block list that only lost items, or only gained some at the end: cut or add those lines alone. */
  private spliceItems(orig: YAMLSeq, mod: YAMLSeq): boolean {
    const ownLine = (item: unknown) => {
      const start = (item as Node).range?.[0];
      return start !== undefined && /^\s*-\s*$/.test(this.text.slice(lineStart(this.text, start), start));
    };
    if (!orig.items.every(ownLine)) return false;
    if (mod.items.length > orig.items.length && orig.items.every((item, i) => sameNode(item, mod.items[i]))) {
      const added = new YAMLSeq();
      added.items = mod.items.slice(orig.items.length);
      this.insertAfter(orig, added);
      return true;
    }
    let next = 0;
    const removed = orig.items.filter((item) => {
      if (next < mod.items.length && sameNode(item, mod.items[next])) {
        next++;
        return false;
      }
      return true;
    });
    if (next !== mod.items.length) return false;
    for (const item of removed as Node[]) {
      const [start, valueEnd, nodeEnd] = item.range ?? [0, 0, 0];
      this.edits.push({
        start: lineStart(this.text, start),
        end: afterLine(this.text, isBlock(item) ? valueEnd : nodeEnd),
        text: '',
      });
    }
    return true;
  }

  private diffMap(orig: YAMLMap, mod: YAMLMap, inFlow: boolean): void {
    const flow = inFlow || !!orig.flow;
    const keyOf = (p: unknown) => (isPair(p) && isScalar(p.key) ? String(p.key.value) : undefined);
    const modKeys = new Map(mod.items.map((p) => [keyOf(p), p]));
    const origKeys = new Set(orig.items.map(keyOf));
    const removed = orig.items.filter((p) => !modKeys.has(keyOf(p)));
    const added = mod.items.filter((p) => !origKeys.has(keyOf(p)));
    const firstKept = orig.items.findIndex((pair) => modKeys.has(keyOf(pair)));
    const lead = removed.some((pair) => this.afterDash(pair as Pair)) ? orig.items.slice(0, firstKept) : [];
    if ((removed.length > 0 || added.length > 0) && (flow || !this.linesOwnedBy(orig) || firstKept < 0))
      return this.replace(orig, mod, inFlow);
    for (const pair of orig.items) {
      const twin = modKeys.get(keyOf(pair));
      if (twin && !this.collapse(pair as Pair, twin as Pair, flow)) this.diff(pair.value, twin.value, flow);
    }
    for (const pair of removed) if (!lead.includes(pair)) this.removePair(pair as Pair<Node, Node>);
    if (lead.length > 0) this.cutLead(lead as Pair<Node, Node>[], orig.items[firstKept] as Pair<Node, Node>);
    if (added.length > 0) this.insertPairs(orig, mod, keyOf);
  }

  /** The text before a pair's key on its line: indentation, and `- ` for a list item's first key. */
  private prefixOf(pair: Pair): string | undefined {
    const start = (pair.key as Node | null)?.range?.[0];
    return start === undefined ? undefined : this.text.slice(lineStart(this.text, start), start);
  }

  private afterDash(pair: Pair): boolean {
    return /-\s/.test(this.prefixOf(pair) ?? '');
  }

  /**
   * True when every key of a block map starts its own line (the first one may follow a list
   * item's `- `), so whole lines can be added; `diffMap` never cuts the line of a key after `- `.
   */
  private linesOwnedBy(map: YAMLMap): boolean {
    return map.items.every((pair) => {
      const prefix = this.prefixOf(pair as Pair);
      return prefix !== undefined && /^ *(?:- +)*$/.test(prefix);
    });
  }

  /**
   * Keys cut from the start of a list item: the next key moves up behind the `- `, or, when
   * comment lines stand between, the `- ` keeps them and the item's keys stay on their lines.
   */
  private cutLead(lead: Pair<Node, Node>[], next: Pair<Node, Node>): void {
    const start = lead[0].key.range?.[0] ?? 0;
    const end = this.afterPair(lead[lead.length - 1]);
    const nextKey = next.key.range?.[0] ?? end;
    this.edits.push({ start, end: this.text.slice(end, nextKey).trim() === '' ? nextKey : end, text: '' });
  }

  private removePair(pair: Pair<Node, Node>): void {
    this.edits.push({ start: lineStart(this.text, pair.key.range?.[0] ?? 0), end: this.afterPair(pair), text: '' });
  }

  /** The offset after the last line of a pair: its value, a trailing comment on that line included. */
  private afterPair(pair: Pair<Node, Node>): number {
    const keyRange = pair.key.range ?? [0, 0, 0];
    const value = pair.value;
    const end = value?.range ? (isBlock(value) ? value.range[1] : value.range[2]) : keyRange[2];
    return afterLine(this.text, end);
  }

  /**
   * New keys go where the edited map has them: on the lines after the key that comes before
   * them, or before the first key; keys after the last one at the end of the map.
   */
  private insertPairs(orig: YAMLMap, mod: YAMLMap, keyOf: (pair: unknown) => string | undefined): void {
    const byKey = new Map(orig.items.map((pair) => [keyOf(pair), pair as Pair<Node, Node>]));
    const last = orig.items[orig.items.length - 1];
    const groups = new Map<Pair<Node, Node> | undefined, Pair[]>();
    let before: Pair<Node, Node> | undefined;
    for (const pair of mod.items) {
      const own = byKey.get(keyOf(pair));
      if (own) before = own;
      else groups.set(before, [...(groups.get(before) ?? []), pair as Pair]);
    }
    const atEnd: Pair[] = [];
    const indent = ' '.repeat(blockIndent(this.text, orig.range?.[0] ?? 0));
    for (const [after, pairs] of groups) {
      const first = orig.items[0] as Pair | undefined;
      const firstKey = (first?.key as Node | undefined)?.range?.[0];
      if (after === undefined && first && firstKey !== undefined && this.afterDash(first)) {
        // Behind the `- `, the item's first key moves down to a line of its own.
        const lines = indentLines(renderNode(pairsOf(pairs), false), indent.length);
        this.edits.push({ start: firstKey, end: firstKey, text: lines + indent });
      } else if (after === undefined && firstKey !== undefined) {
        this.insertLines(lineStart(this.text, firstKey), pairsOf(pairs), indent.length);
      } else if (after === undefined || after === last) atEnd.push(...pairs);
      else this.insertLines(this.afterPair(after), pairsOf(pairs), indent.length);
    }
    if (atEnd.length > 0) this.insertAfter(orig, pairsOf(atEnd));
  }

  /** Adds the block rendering of `items` on new lines after `collection`, at its indent. */
  private insertAfter(collection: Node, items: YAMLMap | YAMLSeq): void {
    const [start, end] = collection.range ?? [0, 0];
    this.insertLines(afterLine(this.text, end), items, blockIndent(this.text, start));
  }

  private insertLines(at: number, items: YAMLMap | YAMLSeq, column: number): void {
    const indent = ' '.repeat(column);
    const lines =
      renderNode(items, false)
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => indent + line)
        .join('\n') + '\n';
    // At the end of a file without a final line break: start a line, and still end without one.
    const text = at > 0 && this.text[at - 1] !== '\n' ? `\n${lines.slice(0, -1)}` : lines;
    this.edits.push({ start: at, end: at, text });
  }

  apply(): string {
    // From the end backwards; at one place a cut goes before an insert (which ends up in front of
    // it), and of two inserts the later one (an outer map's key, found after its inner maps) goes
    // in first, so it ends up after the inner one's lines.
    const sorted = this.edits
      .map((edit, order) => ({ ...edit, order }))
      .sort((a, b) => b.start - a.start || b.end - a.end || b.order - a.order);
    return sorted.reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), this.text);
  }
}
