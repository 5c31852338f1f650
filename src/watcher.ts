// Changes under .delivery/ on disk refresh trees and diagnostics (debounced), except the extension's own writes.
import * as vscode from 'vscode';
import type { OwnWrites } from './ownWrites';
import type { DeliveryWorkspace } from './workspaceModel';

const DEBOUNCE_MS = 300;

export function registerWatcher(
  context: vscode.ExtensionContext,
  workspace: DeliveryWorkspace,
  ownWrites: OwnWrites,
): void {
  const watcher = vscode.workspace.createFileSystemWatcher('**/.delivery{,/**}');
  const changed = (uri: vscode.Uri) => {
    if (ownWrites.isOwn(uri)) return;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    // The files changed, not the commits: git facts are read again only when HEAD or the branch moved.
    if (folder) workspace.schedule(folder, DEBOUNCE_MS);
  };
  context.subscriptions.push(
    watcher,
    watcher.onDidCreate(changed),
    watcher.onDidChange(changed),
    watcher.onDidDelete(changed),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void workspace.reloadAll()),
  );
}
