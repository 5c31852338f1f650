// "Set Owner…" from an initiative row or a quick fix: pick one person, edit only the owner.
import * as vscode from 'vscode';
import type { AuthorSource } from '../authors';
import type { YamlEdit } from '../core/edit/yamlEdit';
import { describeError } from '../core/errors';
import { ownerlessFirst } from '../core/ownership';
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
  return {
    uri: vscode.Uri.parse(raw.uri, true),
    id: raw.id,
    owner: typeof raw.owner === 'string' ? raw.owner : undefined,
  };
}

/** Without an initiative (the walkthrough's button), asks which one: those without a person first. */
async function pickInitiative(workspace: DeliveryWorkspace): Promise<Target | undefined> {
  const states = await workspace.ready();
  const items = states.flatMap((state) =>
    ownerlessFirst(state.model.initiatives).map((initiative) => ({
      label: initiative.title?.value ?? initiative.id,
      description: initiative.owner?.value ?? 'no owner',
      detail: states.length > 1 ? state.folder.name : undefined,
      target: { uri: vscode.Uri.joinPath(state.folder.uri, initiative.file), id: initiative.id },
    })),
  );
  if (!items.length)
    return void vscode.window.showInformationMessage('There is no initiative yet: create the delivery folder first.');
  if (items.length === 1) return items[0].target;
  return (await vscode.window.showQuickPick(items, { title: 'Set Owner', placeHolder: 'Which initiative?' }))?.target;
}

export function registerSetOwner(
  context: vscode.ExtensionContext,
  workspace: DeliveryWorkspace,
  authors: AuthorSource,
): void {
  const run = async (arg: unknown) => {
    const target = arg === undefined ? await pickInitiative(workspace) : targetOf(arg);
    if (arg === undefined && !target) return;
    const folder = target && workspace.deliveryFolderOf(target.uri);
    if (!target || !folder)
      return void vscode.window.showErrorMessage(
        'Set Owner needs an initiative: use it from the Initiatives view or a quick fix.',
      );
    const document = await vscode.workspace.openTextDocument(target.uri);
    const initiative = initiativesIn(document, folder).find((i) => i.id === target.id);
    if (!initiative)
      return void vscode.window.showErrorMessage(
        `Initiative "${target.id}" is no longer in ${vscode.workspace.asRelativePath(target.uri)}.`,
      );
    const owner =
      target.owner ??
      (await pickOwner(
        await authors.get(folder),
        initiative.owner?.value,
        initiative.contributors.map((c) => c.value),
      ));
    if (owner === undefined) return;
    const problem = validateOwner(owner);
    if (problem) return void vscode.window.showErrorMessage(problem);
    let edit: YamlEdit | undefined;
    try {
      edit = setOwnerEdit(document.getText(), initiative, owner);
    } catch (error) {
      return void vscode.window.showErrorMessage(describeError(error));
    }
    const applied = !edit || (await vscode.workspace.applyEdit(toWorkspaceEdit(document, edit)));
    if (!applied)
      return void vscode.window.showErrorMessage(`Could not edit ${vscode.workspace.asRelativePath(target.uri)}.`);
    await vscode.window.showTextDocument(document, { preview: false });
  };
  context.subscriptions.push(vscode.commands.registerCommand('deliveryRhythm.setOwner', run));
}
