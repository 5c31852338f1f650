// The one way a plan file that exists is edited: the change is made on the parsed document (the
// `yaml` Document API), written back as the smallest text edit that keeps every other byte
// (comments, quoting, spacing, CRLF line ends), then read back to check it says what was meant.
import { Document, parseDocument } from 'yaml';
import { DeliveryError } from '../errors';
import { changedSpan } from './span';
import { RENDER } from './render';
import { Splicer } from './splice';

/** Replace `length` characters at `offset` with `text`. */
export interface YamlEdit {
  offset: number;
  length: number;
  text: string;
}

/** Changes the document; false when there is nothing to change. */
export type DocumentChange = (doc: Document.Parsed) => boolean | void;

/** The parsed file, or a DeliveryError that names the file and line of its first syntax error. */
export function parseOrExplain(text: string, file: string): Document.Parsed {
  const doc = parseDocument(text);
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line;
    throw new DeliveryError(
      `${file}${line ? ` line ${line}` : ''}: ${error.message.split('\n')[0]}`,
      'Fix the YAML in the file (or undo your edit there), then try again.',
      file,
    );
  }
  return doc;
}

/**
 * The edit that makes `text` say what `change` made of its document, or undefined when nothing
 * changes. Throws a DeliveryError when the file is not valid YAML, or when the edited text would
 * not read back exactly as the changed document (a value wrong, another one touched): an edit
 * that cannot be made faithfully is refused, never written approximately.
 */
export function editYaml(text: string, file: string, change: DocumentChange): YamlEdit | undefined {
  const original = parseOrExplain(text, file);
  const edited = parseOrExplain(text, file);
  if (change(edited) === false) return undefined;
  const next = keepLineEndings(
    text,
    original.contents === null ? appended(text, edited) : spliced(text, original, edited),
  );
  checkReadsBack(next, edited, file);
  const span = changedSpan(text, next);
  if (span.start === span.end && span.text === '') return undefined;
  return { offset: span.start, length: span.end - span.start, text: span.text };
}

export function applyYamlEdit(text: string, edit: YamlEdit | undefined): string {
  return edit ? text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length) : text;
}

/** `text` as `change` leaves it (see editYaml). */
export function editedText(text: string, file: string, change: DocumentChange): string {
  return applyYamlEdit(text, editYaml(text, file, change));
}

function spliced(text: string, original: Document.Parsed, edited: Document.Parsed): string {
  const splicer = new Splicer(text);
  splicer.diff(original.contents, edited.contents, false);
  return splicer.apply();
}

/** A file with no content (empty, or comments only) keeps what it has, and the content follows it. */
function appended(text: string, edited: Document.Parsed): string {
  const fresh = new Document();
  fresh.contents = edited.contents;
  const head = text.trim() === '' ? '' : text.endsWith('\n') ? text : `${text}\n`;
  return head + (fresh.contents === null ? '' : fresh.toString(RENDER));
}

/** Lines added to a CRLF file get CRLF too, so an edit does not mix line endings. */
function keepLineEndings(source: string, next: string): string {
  if (!source.includes('\r\n')) return next;
  const span = changedSpan(source, next);
  // A line added after a changed value can share its line break with the old "\r\n": take that break in.
  const end = span.start + span.text.length + (next[span.start + span.text.length] === '\n' ? 1 : 0);
  return next.slice(0, span.start) + next.slice(span.start, end).replace(/\r?\n/g, '\r\n') + next.slice(end);
}

function checkReadsBack(next: string, edited: Document.Parsed, file: string): void {
  const read = parseDocument(next);
  const where = read.errors.length > 0 ? null : firstDifference(jsOf(read), jsOf(edited));
  if (where === undefined) return;
  const harm = where === null ? 'breaking its YAML' : where === '' ? 'changing the rest of it' : `changing "${where}"`;
  throw new DeliveryError(
    `The change to ${file} could not be written without ${harm}, so the file was left as it is.`,
    'Make the change by hand in the file.',
    file,
  );
}

function jsOf(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return Symbol('unreadable');
  }
}

/** The dotted path of the first value that differs (empty for the whole document), or undefined when none does. */
function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (Object.is(a, b)) return undefined;
  const objects = typeof a === 'object' && typeof b === 'object' && a !== null && b !== null;
  if (!objects || Array.isArray(a) !== Array.isArray(b)) return path;
  const [left, right] = [Object.entries(a), Object.entries(b)];
  if (left.map(([k]) => k).join('\0') !== right.map(([k]) => k).join('\0')) return path;
  for (const [key, value] of left) {
    const inner = firstDifference(value, (b as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
    if (inner !== undefined) return inner;
  }
  return undefined;
}
