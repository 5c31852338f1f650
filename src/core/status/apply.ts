// Writes a weekly status into its YAML file without losing anything the form does not edit.
import { editedText } from '../edit/yamlEdit';
import type { FieldKey } from './fieldKeys';
import { applyToDocument } from './mutate';
import { statusFilePath, type WeeklyStatus } from './types';

/**
 * The new text of the week's status file: `originalText` with only the form's fields changed
 * (comments, key order, quoting and unknown keys kept), or a new file when there is none.
 * With `only`, just those fields are written (see fieldKeys.ts); without it, every field.
 * Throws a DeliveryError when the file is not valid YAML or cannot be edited faithfully.
 */
export function applyWeeklyStatus(
  originalText: string | undefined,
  status: WeeklyStatus,
  only?: ReadonlySet<FieldKey>,
): string {
  const file = statusFilePath(status.week);
  return editedText(originalText ?? '', file, (doc) => applyToDocument(doc, status, file, only));
}
