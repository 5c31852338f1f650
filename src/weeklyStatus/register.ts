// The "Edit Weekly Status" command, the panel serializer (a reload brings the form back with its
// draft) and the read-only documents the conflict diff shows.
import * as vscode from 'vscode';
import { parseFormState } from '../core/protocol';
import { parseCommandOptions, type OptionCheck } from '../core/commandOptions';
import { REPORT_OPTION_CHECKS, type ReportCommandOptions } from '../core/reportOptions';
import { pickDeliveryFolder } from '../commands/folders';
import type { DeliveryWorkspace } from '../workspaceModel';
import { DraftStore } from './drafts';
import type { AuthorSource } from '../authors';
import { VIEW_TYPE, WeeklyStatusPanel, type PanelDeps } from './panel';

const SCHEME = 'delivery-rhythm-form';
const ACTION = 'Edit Weekly Status';

function showTextProvider(context: vscode.ExtensionContext): (name: string, text: string) => vscode.Uri {
  const texts = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, {
      onDidChange: changed.event,
      provideTextDocumentContent: (uri) => texts.get(uri.path) ?? '',
    }),
  );
  return (name, text) => {
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${name}` });
    texts.set(uri.path, text);
    changed.fire(uri);
    return uri;
  };
}

/** What the command returns: the workspace folder whose form it shows, and whether it opened a new panel. */
export interface WeeklyStatusResult {
  folder: string;
  opened: boolean;
}

type OpenOptions = Pick<ReportCommandOptions, 'folder' | 'week'>;

const OPEN_CHECKS = REPORT_OPTION_CHECKS.filter(
  ([key]) => key === 'folder' || key === 'week',
) as OptionCheck<OpenOptions>[];

/**
 * A week as text (`'2026-W47'`) or `{ folder?, week? }`, checked as the report commands check
 * theirs; anything else (a tree row, a URI) means no options.
 */
function parseOpenOptions(arg: unknown): { options: OpenOptions } | { error: string } {
  return typeof arg === 'string' ? { options: { week: arg } } : parseCommandOptions(arg, OPEN_CHECKS);
}

export function registerWeeklyStatus(
  context: vscode.ExtensionContext,
  workspace: DeliveryWorkspace,
  log: vscode.LogOutputChannel,
  authors: AuthorSource,
): void {
  const deps: PanelDeps = {
    extensionUri: context.extensionUri,
    workspace,
    log,
    authors,
    drafts: new DraftStore(context.workspaceState),
    showText: showTextProvider(context),
  };
  const open = new Map<string, WeeklyStatusPanel>();
  const track = (controller: WeeklyStatusPanel, key: string) => {
    open.set(key, controller);
    controller.panel.onDidDispose(() => open.delete(key));
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(
      'deliveryRhythm.editWeeklyStatus',
      async (arg?: unknown): Promise<WeeklyStatusResult | undefined> => {
        const parsed = parseOpenOptions(arg);
        if ('error' in parsed) return void vscode.window.showErrorMessage(`${ACTION}: ${parsed.error}`);
        const { options } = parsed;
        const state = await pickDeliveryFolder(workspace, ACTION, options.folder);
        if (!state) return undefined;
        const key = state.folder.uri.toString();
        const existing = open.get(key);
        if (existing) {
          existing.panel.reveal();
          return { folder: key, opened: false };
        }
        const panel = vscode.window.createWebviewPanel(
          VIEW_TYPE,
          'Weekly Status',
          vscode.ViewColumn.Active,
          WeeklyStatusPanel.options(context.extensionUri),
        );
        track(new WeeklyStatusPanel(panel, state, WeeklyStatusPanel.weekFor(state, options.week), deps), key);
        return { folder: key, opened: true };
      },
    ),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel, raw) {
        const restored = parseFormState(raw);
        const state = await pickDeliveryFolder(workspace, ACTION, restored.ok ? restored.value.folder : undefined);
        if (!state) {
          panel.dispose();
          return;
        }
        const form = restored.ok ? restored.value : undefined;
        track(
          new WeeklyStatusPanel(panel, state, WeeklyStatusPanel.weekFor(state, undefined, form), deps),
          state.folder.uri.toString(),
        );
      },
    }),
  );
}
