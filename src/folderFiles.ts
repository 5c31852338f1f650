// A workspace folder's `.delivery/` files as the editor sees them: unsaved editor text over the
// files on disk, or read through the file system API in a virtual workspace.
import * as vscode from 'vscode';
import type { DeliveryFolderCache } from './core/cache';
import { DeliveryError } from './core/errors';
import { loadDeliveryFolder, parseDeliveryFiles } from './core/load';
import type { DeliveryModel } from './core/model';

const DELIVERY = '.delivery';

export function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : uri.path;
}

/** Whether `uri` lies in the `.delivery/` folder of `folder`. */
export function inDeliveryFolder(folder: vscode.WorkspaceFolder, uri: vscode.Uri): boolean {
  return relativePath(folder, uri).startsWith(`${DELIVERY}/`);
}

/** The folder's plan, or undefined when it has no `.delivery/`; files parsed before are taken from `cache`. */
export async function readModel(
  folder: vscode.WorkspaceFolder,
  cache: DeliveryFolderCache,
): Promise<DeliveryModel | undefined> {
  const overrides = overridesFor(folder);
  if (folder.uri.scheme !== 'file') return readVirtualModel(folder, overrides, cache);
  try {
    return await loadDeliveryFolder(folder.uri.fsPath, overrides, cache);
  } catch (error) {
    if (error instanceof DeliveryError) return undefined;
    throw error;
  }
}

/** Unsaved editor text replaces what is on disk, so diagnostics follow the user's typing. */
function overridesFor(folder: vscode.WorkspaceFolder): Map<string, string> {
  const overrides = new Map<string, string>();
  for (const document of vscode.workspace.textDocuments) {
    if (
      !document.isDirty ||
      vscode.workspace.getWorkspaceFolder(document.uri)?.uri.toString() !== folder.uri.toString()
    )
      continue;
    if (inDeliveryFolder(folder, document.uri)) overrides.set(relativePath(folder, document.uri), document.getText());
  }
  return overrides;
}

/** Virtual workspaces have no disk path: read through the file system API instead. */
async function readVirtualModel(
  folder: vscode.WorkspaceFolder,
  overrides: Map<string, string>,
  cache: DeliveryFolderCache,
): Promise<DeliveryModel | undefined> {
  const root = vscode.Uri.joinPath(folder.uri, DELIVERY);
  const exists = await vscode.workspace.fs.stat(root).then(
    (stat) => stat.type === vscode.FileType.Directory,
    () => false,
  );
  if (!exists) return undefined;
  const paths = await listVirtual(root, DELIVERY);
  const files = await Promise.all(
    paths.map(async (path) => ({
      path,
      text:
        overrides.get(path) ??
        new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, path))),
    })),
  );
  cache.keepOnly(new Set(paths));
  return parseDeliveryFiles(folder.uri.toString(), files, cache);
}

async function listVirtual(dir: vscode.Uri, prefix: string): Promise<string[]> {
  const entries = await vscode.workspace.fs.readDirectory(dir);
  const nested = await Promise.all(
    entries.map(([name, type]) => {
      if (type === vscode.FileType.Directory) return listVirtual(vscode.Uri.joinPath(dir, name), `${prefix}/${name}`);
      return Promise.resolve(/\.ya?ml$/.test(name) ? [`${prefix}/${name}`] : []);
    }),
  );
  return nested.flat();
}
