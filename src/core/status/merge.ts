// The three-way save: the file as the form loaded it (base), the file as it is now (disk) and
// the form (mine), compared field by field. A field only the lead changed is written; a field
// only someone else changed is kept; a field both changed to different values is a conflict on
// that field alone, for the lead to settle. Nothing the lead did not touch is written.
import { type FieldKey, fieldValues, splitCardKey } from './fieldKeys';
import type { FileFields } from './fileFields';
import type { WeeklyStatus } from './types';

export interface FieldConflict {
  field: FieldKey;
  /** The value as the form loaded it, as it is in the file now, and as the form has it ('' or '[]' for none). */
  base: string;
  disk: string;
  mine: string;
}

export interface MergePlan {
  /** Touched fields to write onto the file as it is now. */
  write: FieldKey[];
  /** Touched fields the file already holds as the form has them (a teammate's same change, or a save tried again). */
  same: FieldKey[];
  conflicts: FieldConflict[];
}

function isList(key: FieldKey): boolean {
  const field = splitCardKey(key)?.field;
  return field === 'blockers' || field === 'decisions';
}

/** What a file says for a field: its value, its text when the form cannot edit it, or nothing. */
export function fileValue(fields: FileFields, key: FieldKey): string {
  return fields.values.get(key) ?? fields.readonly.get(key) ?? (isList(key) ? '[]' : '');
}

export function planMerge(
  touched: readonly FieldKey[],
  mine: WeeklyStatus,
  base: FileFields,
  disk: FileFields,
): MergePlan {
  const values = fieldValues(mine);
  const plan: MergePlan = { write: [], same: [], conflicts: [] };
  for (const key of touched) {
    const [was, now, ours] = [fileValue(base, key), fileValue(disk, key), values.get(key) ?? ''];
    // A value the form cannot edit is never written over without the lead seeing it.
    if (disk.readonly.has(key)) plan.conflicts.push({ field: key, base: was, disk: now, mine: ours });
    else if (now === was) plan.write.push(key);
    // Changed on disk to exactly what the form says: nothing left to write.
    else if (now === ours) plan.same.push(key);
    else plan.conflicts.push({ field: key, base: was, disk: now, mine: ours });
  }
  return plan;
}
