// The measurements a save records in the initiative files: all planned (and checked against the
// file as it is now) before anything is written, so a refused one leaves every file as it was.
import * as vscode from 'vscode';
import type { MeasurementDraft } from '../core/status/measurement';
import { recordMeasurement } from '../core/status/outcomeMeasurement';
import { fileGone, NOT_IN_PLAN, outcomeChanged, type Unwritten } from '../core/status/unwritten';
import type { FolderState } from '../workspaceModel';
import { readCurrent } from './files';

export interface PlannedWrite {
  uri: vscode.Uri;
  file: string;
  text: string;
  next: string;
}

/**
 * The new text of each initiative file a measurement goes into (several into one initiatives.yaml
 * build on each other). A measurement on a card whose initiative left the plan (or whose file is
 * gone), or whose outcome changed since the form loaded (it would silently replace one recorded
 * meanwhile), is added to `unwritten` and the rest still saves.
 */
export async function planMeasurements(
  state: FolderState,
  measurements: readonly MeasurementDraft[],
  unwritten: Unwritten[],
  planned = new Map<string, PlannedWrite>(),
): Promise<Map<string, PlannedWrite>> {
  for (const m of measurements) {
    const initiative = state.model.initiatives.find((i) => i.id === m.id);
    if (!initiative) {
      unwritten.push({ id: m.id, kind: 'measurement', reason: NOT_IN_PLAN });
      continue;
    }
    const uri = vscode.Uri.joinPath(state.folder.uri, initiative.file);
    const file = initiative.file;
    const known = planned.get(uri.toString());
    const text = known?.next ?? (await readCurrent(uri));
    if (text === undefined) {
      unwritten.push({ id: m.id, kind: 'measurement', reason: fileGone(file) });
      continue;
    }
    const recorded = recordMeasurement(text, m, file);
    if ('changed' in recorded) {
      unwritten.push({
        id: m.id,
        kind: 'measurement',
        reason: outcomeChanged(file, recorded.changed),
        now: recorded.changed,
      });
      continue;
    }
    planned.set(uri.toString(), { uri, file, text: known?.text ?? text, next: recorded.next });
  }
  return planned;
}
