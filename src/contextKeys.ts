// `deliveryRhythm.state` drives the welcome views: "empty" (no .delivery/ anywhere) or "ready".
// `deliveryRhythm.ownersNamed` completes the walkthrough's owner step: every initiative names one person.
import * as vscode from 'vscode';
import { everyOwnerNamed } from './core/ownership';
import type { DeliveryWorkspace } from './workspaceModel';

export function registerContextKeys(context: vscode.ExtensionContext, workspace: DeliveryWorkspace): void {
  const update = () => {
    const states = workspace.list();
    void vscode.commands.executeCommand('setContext', 'deliveryRhythm.state', states.length ? 'ready' : 'empty');
    void vscode.commands.executeCommand(
      'setContext',
      'deliveryRhythm.ownersNamed',
      everyOwnerNamed(states.flatMap((s) => s.model.initiatives)),
    );
  };
  context.subscriptions.push(workspace.onDidChange(update));
  void workspace.ready().then(update);
}
