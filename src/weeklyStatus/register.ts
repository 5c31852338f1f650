// The "Edit Weekly Status" command, the panel serializer (a reload brings the form back with its
// draft) and the read-only documents the conflict diff shows.
import * as vscode from 'vscode';
import { parseFormState } from '../core/protocol';
import type { DeliveryWorkspace, FolderState } from '../workspaceModel';
import { DraftStore } from './drafts';
import { VIEW_TYPE, WeeklyStatusPanel, type PanelDeps } from './panel';

const SCHEME = 'delivery-rhythm-form';

function showTextProvider(context: vscode.ExtensionContext): (name: string, text: string) => vscode.Uri {
  const texts = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, { onDidChange: changed.event, provideTextDocumentContent: (uri) => texts.get(uri.path) ?? '' }),
  );
  return (name, text) => {
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${name}` });
    texts.set(uri.path, text);
    changed.fire(uri);
    return uri;
  };
}

async function pickFolder(workspace: DeliveryWorkspace, folderUri?: string): Promise<FolderState | undefined> {
  const states = await workspace.ready();
  const wanted = states.find((s) => s.folder.uri.toString() === folderUri);
  if (wanted || states.length <= 1) return wanted ?? states[0];
  const pick = await vscode.window.showQuickPick(
    states.map((s) => ({ label: s.folder.name, state: s })),
    { placeHolder: 'Which folder’s weekly status?' },
  );
  return pick?.state;
}

export function registerWeeklyStatus(context: vscode.ExtensionContext, workspace: DeliveryWorkspace, log: vscode.LogOutputChannel): void {
  const deps: PanelDeps = { extensionUri: context.extensionUri, workspace, log, drafts: new DraftStore(context.workspaceState), showText: showTextProvider(context) };
  const open = new Map<string, WeeklyStatusPanel>();
  const track = (controller: WeeklyStatusPanel, key: string) => {
    open.set(key, controller);
    controller.panel.onDidDispose(() => open.delete(key));
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('deliveryRhythm.editWeeklyStatus', async (week?: unknown) => {
      const state = await pickFolder(workspace);
      if (!state) {
        void vscode.window.showWarningMessage('No .delivery/ folder in this workspace. Run "Delivery: Create Delivery Folder" first.');
        return;
      }
      const key = state.folder.uri.toString();
      const existing = open.get(key);
      if (existing) {
        existing.panel.reveal();
        return;
      }
      const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Weekly Status', vscode.ViewColumn.Active, WeeklyStatusPanel.options(context.extensionUri));
      track(new WeeklyStatusPanel(panel, state, WeeklyStatusPanel.weekFor(state, week), deps), key);
    }),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel, raw) {
        const restored = parseFormState(raw);
        const state = await pickFolder(workspace, restored.ok ? restored.value.folder : undefined);
        if (!state) {
          panel.dispose();
          return;
        }
        const form = restored.ok ? restored.value : undefined;
        track(new WeeklyStatusPanel(panel, state, WeeklyStatusPanel.weekFor(state, undefined, form), deps), state.folder.uri.toString());
      },
    }),
  );
}
