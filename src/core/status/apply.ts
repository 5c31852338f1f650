// Writes a weekly status into its YAML file without losing anything the form does not edit.
import { Document, parseDocument } from 'yaml';
import { DeliveryError } from '../errors';
import type { FieldKey } from './fieldKeys';
import { applyToDocument } from './mutate';
import { changedSpan } from './span';
import { RENDER, Splicer } from './splice';
import { statusFilePath, type WeeklyStatus } from './types';

export function parseOrExplain(text: string, file: string) {
  const doc = parseDocument(text);
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line;
    throw new DeliveryError(
      `${file}${line ? ` line ${line}` : ''}: ${error.message.split('\n')[0]}`,
      'Fix the YAML in the file (or undo your edit there), then save the form again.',
      file,
    );
  }
  return doc;
}

/** Same data read back, or else the splice went wrong and the plain rendering is the safe answer. */
export function sameData(a: string, b: string): boolean {
  const [left, right] = [parseDocument(a), parseDocument(b)];
  return left.errors.length === 0 && JSON.stringify(left.toJS()) === JSON.stringify(right.toJS());
}

export interface Applied {
  text: string;
  /** False when the splice read back wrong and the plain rendering was returned instead. */
  spliced: boolean;
}

/** Lines added to a CRLF file get CRLF too, so an edit does not mix line endings. */
function keepLineEndings(source: string, next: string): string {
  if (!source.includes('\r\n')) return next;
  const span = changedSpan(source, next);
  return next.slice(0, span.start) + span.text.replace(/\r?\n/g, '\r\n') + next.slice(span.start + span.text.length);
}

/**
 * The new text of the week's status file: `originalText` with only the form's fields changed
 * (comments, key order, quoting and unknown keys kept), or a new file when there is none.
 * With `only`, just those fields are written (see fieldKeys.ts); without it, every field.
 */
export function spliceWeeklyStatus(
  originalText: string | undefined,
  status: WeeklyStatus,
  only?: ReadonlySet<FieldKey>,
): Applied {
  const file = statusFilePath(status.week);
  const source = originalText ?? '';
  const original = parseOrExplain(source, file);
  const edited = parseOrExplain(source, file);
  applyToDocument(edited, status, file, only);
  if (original.contents === null) {
    const fresh = new Document();
    fresh.contents = edited.contents;
    const head = source.trim() === '' ? '' : source.endsWith('\n') ? source : `${source}\n`;
    return {
      text: keepLineEndings(source, head + (fresh.contents === null ? '' : fresh.toString(RENDER))),
      spliced: true,
    };
  }
  const splicer = new Splicer(source);
  splicer.diff(original.contents, edited.contents, false);
  const spliced = keepLineEndings(source, splicer.apply());
  const expected = edited.toString(RENDER);
  return sameData(spliced, expected) ? { text: spliced, spliced: true } : { text: expected, spliced: false };
}

export function applyWeeklyStatus(
  originalText: string | undefined,
  status: WeeklyStatus,
  only?: ReadonlySet<FieldKey>,
): string {
  return spliceWeeklyStatus(originalText, status, only).text;
}
