// One YAML file parsed with its line table: turns node offsets into ranges and collects problems.

import { isAlias, isMap, parseDocument, type Document, type Node } from 'yaml';
import { readPlainYaml } from './plainYaml';
import type { Finding, Range, Severity } from '../model';
import { oneLine } from './oneLine';

/** Far above any real plan file, low enough to stop a "billion laughs" document. */
const MAX_ALIAS_COUNT = 100;
/** `*name` after a space, a line start or a flow indicator: a cheap test before the costly one. */
const ALIAS = /(^|[\s,[{:-])\*[^\s,[\]{}*]/m;

const FRIENDLY: Record<string, string> = {
  TAB_AS_INDENT: 'Tabs are not allowed as indentation: indent with spaces',
  DUPLICATE_KEY: 'This key appears twice in the same mapping: keep one',
  MULTIPLE_DOCS: 'The file holds several YAML documents: keep one (remove the extra `---`)',
};

export class YamlFile {
  readonly problems: Finding[] = [];
  /** The document's top node; null when empty or cleared after an alias bomb. */
  private contents: Node | null;
  /** The full parse, absent when the fast reader read the file (it has no aliases to resolve then). */
  private readonly doc?: Document.Parsed;
  private readonly hasErrors: boolean;
  /** Offsets where each line starts: our own table, since the parser's skips lines inside bad tokens. */
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly path: string,
    readonly text: string,
  ) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    // Plan files are nearly always plain YAML: the fast reader takes them, the full parser the rest.
    const plain = readPlainYaml(text);
    if (plain !== undefined) {
      this.contents = plain;
      this.hasErrors = false;
      return;
    }
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    this.doc = doc;
    this.contents = doc.contents;
    this.hasErrors = doc.errors.length > 0;
    for (const error of doc.errors) this.syntaxProblem(error.code, error.message, error.pos, 'error');
    for (const warning of doc.warnings) this.syntaxProblem(warning.code, warning.message, warning.pos, 'warning');
    this.checkAliases(doc);
  }

  /** The top-level mapping, or undefined (reported) when the document is something else. */
  topMap(what: string, example = 'title: …'): Node | undefined {
    const contents = this.contents;
    if (contents === null || (this.hasErrors && !isMap(contents))) return undefined;
    if (!isMap(contents)) {
      this.problem(this.range(contents), `${what} must be a mapping of keys to values (like \`${example}\`)`);
      return undefined;
    }
    return contents;
  }

  /** The node an alias points to; other nodes unchanged. */
  resolve(node: unknown): unknown {
    return isAlias(node) && this.doc ? node.resolve(this.doc) : node;
  }

  position(offset: number): Range['start'] {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let [low, high] = [0, this.lineStarts.length - 1];
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low, column: at - this.lineStarts[low] };
  }

  fromOffsets(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  range(node: unknown): Range {
    const offsets = (node as { range?: [number, number, number] } | null)?.range;
    return offsets ? this.fromOffsets(offsets[0], offsets[1]) : this.fromOffsets(0, 0);
  }

  /** The first line of the file: where a whole-file finding points. */
  firstLine(): Range {
    const end = this.text.search(/\r?\n|$/);
    return this.fromOffsets(0, end);
  }

  /** Reports a problem of the content; after a syntax error those wait until the syntax is fixed. */
  problem(range: Range, message: string, severity: Severity = 'error', initiative?: string): void {
    if (this.hasErrors) return;
    this.push(range, message, severity, initiative);
  }

  private push(range: Range, message: string, severity: Severity, initiative?: string): void {
    this.problems.push({
      file: this.path,
      range,
      severity,
      code: 'schema',
      message: oneLine(message),
      ...(initiative ? { initiative } : {}),
    });
  }

  private syntaxProblem(code: string, message: string, pos: [number, number], severity: Severity): void {
    const detail = message.replace(/\s+/g, ' ').replace(/ at line \d+, column \d+:?.*$/, '');
    // The parser gives up on thousands of nested brackets with the engine's own words: say what it means.
    const tooDeep = /Maximum call stack size exceeded/.test(detail)
      ? 'Lists or mappings are nested too deeply to read here: a plan file needs only a few levels'
      : undefined;
    // How many times the parser runs out of stack depends on the engine's state: say it once.
    if (tooDeep && this.problems.some((p) => p.message === tooDeep)) return;
    const text =
      FRIENDLY[code] ??
      tooDeep ??
      `Invalid YAML (${detail.length > 120 ? `${detail.slice(0, 117)}...` : detail}): correct the syntax here`;
    this.push(this.fromOffsets(pos[0], pos[1]), text, severity);
  }

  // The reader's walk is bounded by the schema, but a bomb still deserves a clear finding.
  private checkAliases(doc: Document.Parsed): void {
    if (!ALIAS.test(this.text) || this.hasErrors) return;
    try {
      doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      this.push(
        this.firstLine(),
        `Too many aliases (${error instanceof Error ? error.message : 'alias limit'}): write the values out`,
        'error',
      );
      this.contents = null;
    }
  }
}
