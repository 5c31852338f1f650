// A plan file the reader could not take in full (not UTF-8, too large, a link, broken YAML, a
// wrong value) gives the report less than it says: one stray byte would make an off-track
// initiative or a week's status vanish from it. The report names such files, so its reader knows.
import type { DeliveryModel } from '../model';
import { classify } from '../parse/files';

const PLAN_FOLDERS = new Set(['.delivery', '.delivery/initiatives', '.delivery/status', '.delivery/investments']);
/** Enough to act on; lint lists every one. */
const NAMED = 5;

const isPlanPath = (path: string) => PLAN_FOLDERS.has(path) || !['generated', 'other'].includes(classify(path));

/** One line naming the plan files with errors, or undefined when every file was read as written. */
export function planFileNote(model: DeliveryModel): string | undefined {
  const files = [
    ...new Set(
      model.problems
        .filter((f) => f.code === 'schema' && f.severity === 'error' && isPlanPath(f.file))
        .map((f) => f.file),
    ),
  ].sort();
  if (files.length === 0) return undefined;
  const more = files.length > NAMED ? ` and ${files.length - NAMED} more` : '';
  const which = files.length === 1 ? 'This plan file has' : `${files.length} plan files have`;
  return `${which} errors, so this report may leave out or misread what ${files.length === 1 ? 'it says' : 'they say'}: ${files.slice(0, NAMED).join(', ')}${more}. The lint findings say where and why.`;
}
