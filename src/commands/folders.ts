// Which workspace folder a command works on: the one its options name, the only one with .delivery/, or the user's pick.
import * as vscode from 'vscode';
import type { DeliveryWorkspace, FolderState } from '../workspaceModel';

export async function pickDeliveryFolder(
  workspace: DeliveryWorkspace,
  action: string,
  named?: string,
): Promise<FolderState | undefined> {
  const states = await workspace.ready();
  if (named !== undefined) return namedFolder(states, action, named);
  if (states.length === 1) return states[0];
  if (!states.length) {
    const create = 'Create Delivery Folder';
    const choice = await vscode.window.showWarningMessage(
      `${action} needs a .delivery/ folder, and this workspace has none.`,
      create,
    );
    if (choice === create) await vscode.commands.executeCommand('deliveryRhythm.init');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    states.map((state) => ({ label: state.folder.name, description: state.folder.uri.fsPath, state })),
    { title: action, placeHolder: 'Which workspace folder?' },
  );
  return picked?.state;
}

/** An open workspace folder named by an option, whether or not it has .delivery/ yet; an unknown one is refused with the choices. */
export function pickWorkspaceFolder(action: string, named: string): vscode.WorkspaceFolder | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.find((candidate) => isNamed(candidate, named));
  if (!folder)
    void vscode.window.showErrorMessage(
      `${action}: no open workspace folder "${named}". Open folders: ${quoted(folders)}.`,
    );
  return folder;
}

/** A folder named by an option (its name or URI) is never guessed: an unknown one is refused with the choices. */
function namedFolder(states: readonly FolderState[], action: string, named: string): FolderState | undefined {
  const state = states.find(({ folder }) => isNamed(folder, named));
  if (!state) {
    const choices = quoted(states.map(({ folder }) => folder));
    void vscode.window.showErrorMessage(
      `${action}: no workspace folder "${named}" with a .delivery/ folder. Folders with one: ${choices}.`,
    );
  }
  return state;
}

function isNamed(folder: vscode.WorkspaceFolder, named: string): boolean {
  return folder.name === named || folder.uri.toString() === named;
}

function quoted(folders: readonly vscode.WorkspaceFolder[]): string {
  return folders.map((folder) => `"${folder.name}"`).join(', ') || 'none';
}
