// What the form is told once a save is written: the week's file as it is now, the starting point
// of whatever the lead types next and of the draft kept if the form closes before the next save.
import type { HostMessage } from '../protocol';
import { readFileFields, toSnapshot } from './fileFields';
import { versionOf } from './version';

export type SavedMessage = Extract<HostMessage, { type: 'saved' }>;

/**
 * `text`: the week's file after the save, undefined when it still does not exist (a save that only
 * recorded measurements). Its version is then "no file", as the form's load says, so a draft kept
 * afterwards does not come back warning that the file was created meanwhile.
 */
export function savedMessage(
  week: string,
  file: string,
  text: string | undefined,
  written: Pick<SavedMessage, 'inEditor' | 'measured' | 'unwritten'>,
): SavedMessage {
  return { type: 'saved', week, base: versionOf(text), file, fields: toSnapshot(readFileFields(text)), ...written };
}
