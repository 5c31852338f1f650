// The Getting Started walkthrough opens by itself once per user, in a workspace without a plan:
// it is the first thing a new user sees; anyone with a plan, or who has seen it, is left alone.
import * as vscode from 'vscode';
import type { DeliveryWorkspace } from './workspaceModel';

export const WALKTHROUGH_ID = 'delivery-rhythm.delivery-rhythm#deliveryRhythm.gettingStarted';
const SHOWN_KEY = 'deliveryRhythm.walkthroughShown';

export function registerWalkthrough(context: vscode.ExtensionContext, workspace: DeliveryWorkspace): void {
  if (context.globalState.get(SHOWN_KEY)) return;
  void workspace.ready().then(async (states) => {
    if (states.length > 0 || context.globalState.get(SHOWN_KEY)) return;
    await context.globalState.update(SHOWN_KEY, true);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false);
    // Kept open (not a preview tab), so the file its first button opens does not replace it.
    await vscode.commands.executeCommand('workbench.action.keepEditor');
  });
}
