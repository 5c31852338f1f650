// "Create Delivery Folder": a config, one example initiative and this week's status; never overwrites.
import * as vscode from 'vscode';
import { isText, parseCommandOptions, type OptionCheck } from '../core/commandOptions';
import { scaffoldFiles } from '../core/scaffold';
import type { OwnWrites } from '../ownWrites';
import type { DeliveryWorkspace } from '../workspaceModel';
import { pickWorkspaceFolder } from './folders';
import { validateOwner } from './pickOwner';

const TITLE = 'Create Delivery Folder';

interface InitOptions {
  /** The open workspace folder to create .delivery/ in, by name or URI; default: the only one, or ask. */
  folder?: string;
  team?: string;
  owner?: string;
}

const OPTIONS: OptionCheck<InitOptions>[] = [
  ['folder', isText, 'the name or URI of an open workspace folder'],
  ['team', isText, "the team's name"],
  ['owner', isText, "one person's name"],
];

export function registerInit(
  context: vscode.ExtensionContext,
  workspace: DeliveryWorkspace,
  ownWrites: OwnWrites,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('deliveryRhythm.init', (arg: unknown) => init(workspace, ownWrites, arg)),
  );
}

async function init(workspace: DeliveryWorkspace, ownWrites: OwnWrites, arg: unknown): Promise<string[] | undefined> {
  const parsed = parseCommandOptions(arg, OPTIONS);
  if ('error' in parsed) return void vscode.window.showErrorMessage(`${TITLE}: ${parsed.error}`);
  const { options } = parsed;
  const folder = options.folder === undefined ? await chooseFolder() : pickWorkspaceFolder(TITLE, options.folder);
  if (!folder) return undefined;
  const existing = await filesUnder(vscode.Uri.joinPath(folder.uri, '.delivery'));
  if (existing.length) {
    void vscode.window.showInformationMessage(
      `${folder.name}/.delivery already has ${existing.length} file${existing.length > 1 ? 's' : ''}; nothing was created.`,
    );
    await vscode.window.showTextDocument(existing.find((uri) => uri.path.endsWith('/config.yaml')) ?? existing[0]);
    return undefined;
  }
  const team =
    options.team ??
    (await ask('Team name', 'Checkout', (text) => (text.trim() ? undefined : 'Name the team this plan belongs to.')));
  if (team === undefined) return undefined;
  const owner =
    options.owner ??
    (await ask('Owner of the first initiative: one person, not a team', 'Dana Kim <dana@acme.io>', validateOwner));
  if (owner === undefined) return undefined;
  const problem = validateOwner(owner);
  if (problem) return void vscode.window.showErrorMessage(problem);
  const uris = await writeScaffold(folder, team, owner, ownWrites, workspace);
  await workspace.reloadAll();
  await vscode.window.showTextDocument(uris[1]);
  return uris.map((uri) => uri.toString());
}

async function writeScaffold(
  folder: vscode.WorkspaceFolder,
  team: string,
  owner: string,
  ownWrites: OwnWrites,
  workspace: DeliveryWorkspace,
): Promise<vscode.Uri[]> {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const files = scaffoldFiles({ team, owner, asOf: workspace.today(timeZone), timeZone });
  const uris = files.map((file) => vscode.Uri.joinPath(folder.uri, file.path));
  for (const [index, uri] of uris.entries()) {
    ownWrites.mark(uri);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(files[index].text));
  }
  return uris;
}

async function chooseFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0];
  if (folders.length > 1)
    return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Create .delivery/ in which folder?' });
  const open = 'Open Folder';
  const choice = await vscode.window.showWarningMessage(
    'Open the repository folder first: .delivery/ lives at its top.',
    open,
  );
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

function ask(
  prompt: string,
  placeHolder: string,
  validateInput: (text: string) => string | undefined,
): Thenable<string | undefined> {
  return vscode.window.showInputBox({ title: TITLE, prompt, placeHolder, validateInput, ignoreFocusOut: true });
}
