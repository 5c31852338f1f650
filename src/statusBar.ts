// The next step of the rhythm in the status bar ("Weekly update due Fri"). A click never writes a
// report by itself: the weekly item opens this week's status form (the update is made from it);
// a review asks first, naming the file it will write.
import * as vscode from 'vscode';
import { isoWeekOf } from './core/dates';
import { reportPath } from './core/reportOptions';
import { type CadenceItem, nextCadenceItem } from './core/view/cadence';
import type { DeliveryWorkspace, FolderState } from './workspaceModel';

const COMMANDS: Record<Exclude<CadenceItem['kind'], 'weekly'>, { command: string; title: string }> = {
  roadmap: { command: 'deliveryRhythm.roadmapReview', title: 'Generate Roadmap Review' },
  quarterly: { command: 'deliveryRhythm.quarterlyReview', title: 'Generate Quarterly Health Review' },
};
const STEP = 'deliveryRhythm.cadenceStep';

interface Step {
  kind: CadenceItem['kind'];
  period: string;
  folder: string;
  week: string;
}

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
    const action = cadence.kind === 'weekly' ? "fill in this week's status" : 'generate it';
    item.tooltip = `${state.folder.name}: ${cadence.label} (${cadence.due}). Click to ${action}.`;
    item.backgroundColor = cadence.overdue ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    // The folder the item names, so a click in a multi-root workspace does not ask for it again.
    const step: Step = {
      kind: cadence.kind,
      period: cadence.period ?? state.asOf,
      folder: state.folder.uri.toString(),
      week: isoWeekOf(state.asOf),
    };
    item.command = { command: STEP, title: cadence.label, arguments: [step] };
    item.show();
  };
  context.subscriptions.push(
    item,
    vscode.commands.registerCommand(STEP, (step: Step) => takeStep(step)),
    workspace.onDidChange(() => void refresh()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('deliveryRhythm.statusBar')) void refresh();
    }),
  );
  return { refresh, current: () => shown };
}

async function takeStep(step: Step): Promise<unknown> {
  if (step.kind === 'weekly')
    return vscode.commands.executeCommand('deliveryRhythm.editWeeklyStatus', { folder: step.folder, week: step.week });
  const { command, title } = COMMANDS[step.kind];
  const path = reportPath(step.kind, step.period);
  const choice = await vscode.window.showInformationMessage(`${title}: write ${path}?`, 'Generate');
  if (choice !== 'Generate') return undefined;
  return vscode.commands.executeCommand(command, {
    folder: step.folder,
    ...(step.kind === 'quarterly' ? { quarter: step.period } : {}),
  });
}

async function mostUrgent(
  states: readonly FolderState[],
): Promise<{ item: CadenceItem; state: FolderState } | undefined> {
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
