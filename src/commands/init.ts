// "Create Delivery Folder": a config, one example initiative and this week's status; never overwrites.
import * as vscode from 'vscode';
import { todayIn } from '../core/dates';
import { scaffoldFiles } from '../core/scaffold';
import type { OwnWrites } from '../ownWrites';
import type { DeliveryWorkspace } from '../workspaceModel';
import { validateOwner } from './pickOwner';

interface InitOptions {
  team?: string;
  owner?: string;
}

export function registerInit(context: vscode.ExtensionContext, workspace: DeliveryWorkspace, ownWrites: OwnWrites): void {
  context.subscriptions.push(vscode.commands.registerCommand('deliveryRhythm.init', (arg: unknown) => init(workspace, ownWrites, optionsOf(arg))));
}

function optionsOf(arg: unknown): InitOptions {
  const raw = (typeof arg === 'object' && arg !== null ? arg : {}) as Record<string, unknown>;
  return { team: typeof raw.team === 'string' ? raw.team : undefined, owner: typeof raw.owner === 'string' ? raw.owner : undefined };
}

async function init(workspace: DeliveryWorkspace, ownWrites: OwnWrites, options: InitOptions): Promise<string[] | undefined> {
  const folder = await chooseFolder();
  if (!folder) return undefined;
  const existing = await filesUnder(vscode.Uri.joinPath(folder.uri, '.delivery'));
  if (existing.length) {
    void vscode.window.showInformationMessage(`${folder.name}/.delivery already has ${existing.length} file${existing.length > 1 ? 's' : ''}; nothing was created.`);
    await vscode.window.showTextDocument(existing.find((uri) => uri.path.endsWith('/config.yaml')) ?? existing[0]);
    return undefined;
  }
  const team = options.team ?? (await ask('Team name', 'Checkout', (text) => (text.trim() ? undefined : 'Name the team this plan belongs to.')));
  if (team === undefined) return undefined;
  const owner = options.owner ?? (await ask('Owner of the first initiative: one person, not a team', 'Dana Kim <dana@acme.io>', validateOwner));
  if (owner === undefined) return undefined;
  const problem = validateOwner(owner);
  if (problem) return void vscode.window.showErrorMessage(problem);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const files = scaffoldFiles({ team, owner, asOf: todayIn(timeZone), timeZone });
  const uris = files.map((file) => vscode.Uri.joinPath(folder.uri, file.path));
  for (const [index, uri] of uris.entries()) {
    ownWrites.mark(uri);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(files[index].text));
  }
  await workspace.reloadAll();
  await vscode.window.showTextDocument(uris[1]);
  return uris.map((uri) => uri.toString());
}

async function chooseFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0];
  if (folders.length > 1) return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Create .delivery/ in which folder?' });
  const open = 'Open Folder';
  const choice = await vscode.window.showWarningMessage('Open the repository folder first: .delivery/ lives at its top.', open);
  if (choice === open) await vscode.commands.executeCommand('workbench.action.files.openFolder');
  return undefined;
}

async function filesUnder(dir: vscode.Uri): Promise<vscode.Uri[]> {
  const entries = await vscode.workspace.fs.readDirectory(dir).then(
    (list) => list,
    () => [] as [string, vscode.FileType][],
  );
  const nested = await Promise.all(
    entries.map(([name, type]) => {
      const uri = vscode.Uri.joinPath(dir, name);
      return type === vscode.FileType.Directory ? filesUnder(uri) : Promise.resolve([uri]);
    }),
  );
  return nested.flat();
}

function ask(prompt: string, placeHolder: string, validateInput: (text: string) => string | undefined): Thenable<string | undefined> {
  return vscode.window.showInputBox({ title: 'Create Delivery Folder', prompt, placeHolder, validateInput, ignoreFocusOut: true });
}
