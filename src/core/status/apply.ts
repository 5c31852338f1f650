// Writes a weekly status into its YAML file without losing anything the form does not edit.
import { Document, parseDocument } from 'yaml';
import { DeliveryError } from '../errors';
import { applyToDocument } from './mutate';
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

/**
 * Returns the new text of the week's status file: `originalText` with only the form's fields
 * changed (comments, key order, quoting and unknown keys kept), or a new file when there is none.
 */
export function applyWeeklyStatus(originalText: string | undefined, status: WeeklyStatus): string {
  const file = statusFilePath(status.week);
  const source = originalText ?? '';
  const original = parseOrExplain(source, file);
  const edited = parseOrExplain(source, file);
  applyToDocument(edited, status, file);
  if (original.contents === null) {
    const fresh = new Document();
    fresh.contents = edited.contents;
    const head = source.trim() === '' ? '' : source.endsWith('\n') ? source : `${source}\n`;
    return head + (fresh.contents === null ? '' : fresh.toString(RENDER));
  }
  const splicer = new Splicer(source);
  splicer.diff(original.contents, edited.contents, false);
  const spliced = splicer.apply();
  const expected = edited.toString(RENDER);
  return sameData(spliced, expected) ? spliced : expected;
}
