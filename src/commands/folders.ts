// Which workspace folder a command works on: the only one with .delivery/, or the user's pick.
import * as vscode from 'vscode';
import type { DeliveryWorkspace, FolderState } from '../workspaceModel';

export async function pickDeliveryFolder(workspace: DeliveryWorkspace, action: string): Promise<FolderState | undefined> {
  const states = await workspace.ready();
  if (states.length === 1) return states[0];
  if (!states.length) {
    const create = 'Create Delivery Folder';
    const choice = await vscode.window.showWarningMessage(`${action} needs a .delivery/ folder, and this workspace has none.`, create);
    if (choice === create) await vscode.commands.executeCommand('deliveryRhythm.init');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    states.map((state) => ({ label: state.folder.name, description: state.folder.uri.fsPath, state })),
    { title: action, placeHolder: 'Which workspace folder?' },
  );
  return picked?.state;
}
