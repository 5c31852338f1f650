// "Set Owner…" from an initiative row or a quick fix: pick one person, edit only the owner.
import * as vscode from 'vscode';
import type { AuthorSource } from '../authors';
import { setOwnerEdit } from '../core/quickfix';
import { initiativesIn, toWorkspaceEdit } from '../diagnostics/documentInitiatives';
import { InitiativeNode } from '../tree/initiativeNodes';
import type { DeliveryWorkspace } from '../workspaceModel';
import { pickOwner, validateOwner } from './pickOwner';

interface Target {
  uri: vscode.Uri;
  id: string;
  /** Given by tests or other callers: skips the prompt. */
  owner?: string;
}

function targetOf(arg: unknown): Target | undefined {
  if (arg instanceof InitiativeNode) {
    return { uri: vscode.Uri.joinPath(arg.state.folder.uri, arg.initiative.file), id: arg.initiative.id };
  }
  const raw = arg as { uri?: unknown; id?: unknown; owner?: unknown } | undefined;
  if (typeof raw?.uri !== 'string' || typeof raw.id !== 'string') return undefined;
  return { uri: vscode.Uri.parse(raw.uri, true), id: raw.id, owner: typeof raw.owner === 'string' ? raw.owner : undefined };
}

export function registerSetOwner(context: vscode.ExtensionContext, workspace: DeliveryWorkspace, authors: AuthorSource): void {
  const run = async (arg: unknown) => {
    const target = targetOf(arg);
    const folder = target && workspace.deliveryFolderOf(target.uri);
    if (!target || !folder) return void vscode.window.showErrorMessage('Set Owner needs an initiative: use it from the Initiatives view or a quick fix.');
    const document = await vscode.workspace.openTextDocument(target.uri);
    const initiative = initiativesIn(document, folder).find((i) => i.id === target.id);
    if (!initiative) return void vscode.window.showErrorMessage(`Initiative "${target.id}" is no longer in ${vscode.workspace.asRelativePath(target.uri)}.`);
    const owner = target.owner ?? (await pickOwner(await authors.get(folder), initiative.owner?.value, initiative.contributors.map((c) => c.value)));
    if (owner === undefined) return;
    const problem = validateOwner(owner);
    if (problem) return void vscode.window.showErrorMessage(problem);
    const applied = await vscode.workspace.applyEdit(toWorkspaceEdit(target.uri, setOwnerEdit(document.getText(), initiative, owner)));
    if (!applied) return void vscode.window.showErrorMessage(`Could not edit ${vscode.workspace.asRelativePath(target.uri)}.`);
    await vscode.window.showTextDocument(document, { preview: false });
  };
  context.subscriptions.push(vscode.commands.registerCommand('deliveryRhythm.setOwner', run));
}
