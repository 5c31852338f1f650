// The folders of the multi-root test workspace as VS Code opened them, and what each one holds.
import * as vscode from 'vscode';
import { MULTI_ROOT } from '../../host/multiRootWorkspace';

export function workspaceFolder(name: string): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.name === name);
  if (!folder) throw new Error(`No workspace folder "${name}" is open`);
  return folder;
}

export const exampleFolder = () => workspaceFolder(MULTI_ROOT.example);
export const secondFolder = () => workspaceFolder(MULTI_ROOT.second);
export const plainFolder = () => workspaceFolder(MULTI_ROOT.plain);

export function fileIn(folder: vscode.WorkspaceFolder, path: string): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, path);
}

/** The delivery diagnostic codes of every file inside `folder`, by path relative to it. */
export function codesIn(folder: vscode.WorkspaceFolder): Record<string, string[]> {
  const codes: Record<string, string[]> = {};
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    const ours = diagnostics.filter((d) => d.source === 'delivery').map((d) => String(d.code));
    if (ours.length && uri.path.startsWith(`${folder.uri.path}/`))
      codes[uri.path.slice(folder.uri.path.length + 1)] = ours.sort();
  }
  return codes;
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The host cannot see when the quick pick shows, so it accepts the first entry until the command returns. */
export async function acceptFirstPick<T>(running: Promise<T>, settled: () => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  while (!settled() && Date.now() < deadline) {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!settled()) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  return running;
}
