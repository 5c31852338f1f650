// What the weekly status form changes in the initiative files rather than in the week's status:
// a health copied there when asked, the owner of a blocker written there; and opening one at a line.
import * as vscode from 'vscode';
import type { AuthorSource } from '../authors';
import { pickOwner, validateOwner } from '../commands/pickOwner';
import { applyBlockerOwner, applyInitiativeStatus } from '../core/status/initiativeStatus';
import type { WeeklyStatus } from '../core/status/types';
import { fileGone, NOT_IN_PLAN, type Unwritten } from '../core/status/unwritten';
import { blockerKey } from '../core/view/blockers';
import type { FolderState } from '../workspaceModel';
import { readCurrent, writeText } from './files';
import type { PlannedWrite } from './measurements';

/**
 * Adds to `planned` (the measurements' writes, which a health in the same file builds on) each
 * health the lead set or confirmed into its initiative file; `fields` are the saved health fields.
 * Only plans: a file that refuses the change throws before any file of the save is written. A card
 * whose initiative left the plan (or whose file is gone) is added to `unwritten`, the lead is told.
 */
export async function planInitiativeStatuses(
  state: FolderState,
  status: WeeklyStatus,
  fields: readonly string[],
  planned: Map<string, PlannedWrite>,
  unwritten: Unwritten[],
): Promise<Map<string, PlannedWrite>> {
  for (const entry of status.initiatives) {
    if (!fields.includes(`initiatives.${entry.id}.status`) || entry.status === '') continue;
    const initiative = state.model.initiatives.find((i) => i.id === entry.id);
    if (!initiative) {
      unwritten.push({ id: entry.id, kind: 'health', reason: NOT_IN_PLAN });
      continue;
    }
    if (initiative.status?.value === entry.status) continue;
    const uri = vscode.Uri.joinPath(state.folder.uri, initiative.file);
    const known = planned.get(uri.toString());
    const text = known?.next ?? (await readCurrent(uri));
    if (text === undefined) {
      unwritten.push({ id: entry.id, kind: 'health', reason: fileGone(initiative.file) });
      continue;
    }
    const next = applyInitiativeStatus(text, entry.id, entry.status, initiative.file);
    planned.set(uri.toString(), { uri, file: initiative.file, text: known?.text ?? text, next });
  }
  return planned;
}

/**
 * Asks for the owner of a blocker written in the initiative file and writes it in that file (the
 * plan's own record of it). Returns what to tell the lead, or an error to show; undefined when cancelled.
 */
export async function setBlockerOwner(
  state: FolderState,
  authors: AuthorSource,
  id: string,
  blocker: string,
): Promise<{ note: string } | { error: string } | undefined> {
  const initiative = state.model.initiatives.find((i) => i.id === id);
  const written = initiative?.blockers.find((b) => blockerKey(b.blocker?.value) === blockerKey(blocker));
  if (!initiative || !written)
    return { error: `The blocker "${blocker}" is no longer in the plan: Revert to see it as it is.` };
  const contributors = initiative.contributors.map((c) => c.value);
  const owner = await pickOwner(await authors.get(state.folder), written.owner?.value, contributors);
  if (owner === undefined) return undefined;
  const problem = validateOwner(owner);
  if (problem) return { error: problem };
  const uri = vscode.Uri.joinPath(state.folder.uri, initiative.file);
  const text = await readCurrent(uri);
  if (text === undefined) return { error: `${initiative.file} is gone: Revert to see the plan as it is.` };
  await writeText(uri, text, applyBlockerOwner(text, id, blocker, owner, initiative.file));
  return { note: `${owner} now owns “${blocker}” in ${initiative.file}.` };
}

/** An initiative's own file at a line (a blocker written there), beside the form. */
export async function openInitiative(state: FolderState, id: string, line: number): Promise<void> {
  const initiative = state.model.initiatives.find((i) => i.id === id);
  if (!initiative) return;
  const at = new vscode.Position(line - 1, 0);
  const uri = vscode.Uri.joinPath(state.folder.uri, initiative.file);
  await vscode.window.showTextDocument(uri, {
    selection: new vscode.Range(at, at),
    viewColumn: vscode.ViewColumn.Beside,
  });
}
