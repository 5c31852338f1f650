// Re-read everything, git included: on "Refresh", when the user trusts the workspace or toggles git.
import * as vscode from 'vscode';
import type { AuthorSource } from './authors';
import type { DeliveryWorkspace } from './workspaceModel';

export function registerRefresh(
  context: vscode.ExtensionContext,
  workspace: DeliveryWorkspace,
  authors: AuthorSource,
  log: vscode.LogOutputChannel,
): void {
  const refresh = () => {
    authors.clear();
    return workspace.reloadAll(true);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('deliveryRhythm.refresh', refresh),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      log.info('Workspace trusted: reading shipped work and history from git');
      void refresh();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('deliveryRhythm.useGit')) void refresh();
    }),
  );
}
