// The next step of the rhythm in the status bar ("Weekly update due Fri"); a click runs it.
import * as vscode from 'vscode';
import { type CadenceItem, nextCadenceItem } from './core/view/cadence';
import type { DeliveryWorkspace, FolderState } from './workspaceModel';

const COMMANDS: Record<CadenceItem['kind'], string> = {
  weekly: 'deliveryRhythm.weeklyUpdate',
  roadmap: 'deliveryRhythm.roadmapReview',
  quarterly: 'deliveryRhythm.quarterlyReview',
};

export interface CadenceStatus {
  refresh(): Promise<void>;
  current(): CadenceItem | undefined;
}

export function registerStatusBar(context: vscode.ExtensionContext, workspace: DeliveryWorkspace): CadenceStatus {
  const item = vscode.window.createStatusBarItem('deliveryRhythm.cadence', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Delivery Rhythm cadence';
  let shown: CadenceItem | undefined;
  const refresh = async () => {
    const enabled = vscode.workspace.getConfiguration('deliveryRhythm').get<boolean>('statusBar.enabled', true);
    const next = enabled ? await mostUrgent(workspace.list()) : undefined;
    shown = next?.item;
    if (!next) return item.hide();
    const { item: cadence, state } = next;
    item.text = `$(calendar) ${cadence.label}`;
    item.tooltip = `${state.folder.name}: ${cadence.label} (${cadence.due}). Click to generate it.`;
    item.backgroundColor = cadence.overdue ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const period = cadence.kind === 'weekly' ? { week: cadence.period } : cadence.kind === 'quarterly' ? { quarter: cadence.period } : {};
    // The folder the item names, so a click in a multi-root workspace does not ask for it again.
    const args = { ...period, folder: state.folder.uri.toString() };
    item.command = { command: COMMANDS[cadence.kind], title: cadence.label, arguments: [args] };
    item.show();
  };
  context.subscriptions.push(
    item,
    workspace.onDidChange(() => void refresh()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('deliveryRhythm.statusBar')) void refresh();
    }),
  );
  return { refresh, current: () => shown };
}

async function mostUrgent(states: readonly FolderState[]): Promise<{ item: CadenceItem; state: FolderState } | undefined> {
  const candidates = await Promise.all(
    states.map(async (state) => {
      const statusWeeks = state.model.statuses.map((status) => status.week);
      const files = { updates: await namesIn(state, 'updates'), reviews: await namesIn(state, 'reviews'), statusWeeks };
      const item = nextCadenceItem(state.model.config, files, state.asOf);
      return item && { item, state };
    }),
  );
  const present = candidates.filter((c): c is { item: CadenceItem; state: FolderState } => c !== undefined);
  present.sort((a, b) => Number(b.item.overdue) - Number(a.item.overdue) || a.item.due.localeCompare(b.item.due));
  return present[0];
}

async function namesIn(state: FolderState, dir: string): Promise<string[]> {
  const uri = vscode.Uri.joinPath(state.folder.uri, '.delivery', dir);
  return vscode.workspace.fs.readDirectory(uri).then(
    (entries) => entries.filter(([, type]) => type === vscode.FileType.File).map(([name]) => name),
    () => [],
  );
}
