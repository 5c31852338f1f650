// `deliveryRhythm.state` drives the welcome views: "empty" (no .delivery/ anywhere) or "ready".
import * as vscode from 'vscode';
import type { DeliveryWorkspace } from './workspaceModel';

export function registerContextKeys(context: vscode.ExtensionContext, workspace: DeliveryWorkspace): void {
  const update = () => vscode.commands.executeCommand('setContext', 'deliveryRhythm.state', workspace.list().length ? 'ready' : 'empty');
  context.subscriptions.push(workspace.onDidChange(() => void update()));
  void workspace.ready().then(update);
}
