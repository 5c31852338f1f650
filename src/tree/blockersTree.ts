// The Blockers view: every blocker, oldest first, with its age and owner; the badge counts aging ones.
import * as vscode from 'vscode';
import { DEFAULT_AGING_DAYS } from '../core/rules/blockers';
import { type BlockerRow, collectBlockers, countAging, formatAge } from '../core/view/blockers';
import type { DeliveryWorkspace, FolderState } from '../workspaceModel';
import { topRows } from './folderNode';
import { openAt } from './open';
import { TreeNode } from './treeNode';

function agingDays(state: FolderState): number {
  return state.model.config.ruleOptions['blocker-aging']?.days ?? DEFAULT_AGING_DAYS;
}

export class BlockerNode extends TreeNode {
  constructor(
    readonly state: FolderState,
    readonly row: BlockerRow,
  ) {
    const noOwner = ' (no owner)';
    const text = row.owner ? row.text : `${row.text}${noOwner}`;
    super(row.owner ? text : { label: text, highlights: [[row.text.length + 2, text.length - 1]] });
    const aging = row.ageDays !== undefined && row.ageDays > agingDays(state);
    this.description = `${formatAge(row.ageDays)}${row.owner ? ` · ${row.owner}` : ''} · ${row.initiativeTitle}`;
    this.tooltip = `${row.text}\n${row.initiativeTitle}${row.since ? ` · since ${row.since}` : ''}\nOwner: ${row.owner ?? 'nobody — name one person'}\n${row.file}`;
    const [icon, color] = !row.owner
      ? ['warning', 'list.warningForeground']
      : aging
        ? ['history', 'charts.red']
        : ['debug-stop', 'foreground'];
    this.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    this.contextValue = `blocker:${aging ? 'aging' : 'fresh'}:${row.owner ? 'owned' : 'unowned'}`;
    this.command = openAt(state.folder, row.file, row.range);
  }

  children(): TreeNode[] {
    return [];
  }
}

export type BlockerTreeNode = TreeNode;

export class BlockersProvider implements vscode.TreeDataProvider<BlockerTreeNode> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly workspace: DeliveryWorkspace) {}

  refresh(): void {
    this.emitter.fire();
  }

  getTreeItem(node: BlockerTreeNode): vscode.TreeItem {
    return node;
  }

  async getChildren(node?: BlockerTreeNode): Promise<BlockerTreeNode[]> {
    if (node) return node.children();
    const states = await this.workspace.ready();
    return topRows(states, rowsOf, (state) => String(collectBlockers(state.model, state.asOf).length));
  }

  /** Blockers older than each folder's aging limit, over all folders. */
  agingCount(): number {
    return this.workspace
      .list()
      .reduce((sum, state) => sum + countAging(collectBlockers(state.model, state.asOf), agingDays(state)), 0);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

function rowsOf(state: FolderState): BlockerNode[] {
  return collectBlockers(state.model, state.asOf).map((row) => new BlockerNode(state, row));
}

export function registerBlockersTree(context: vscode.ExtensionContext, workspace: DeliveryWorkspace): BlockersProvider {
  const provider = new BlockersProvider(workspace);
  const view = vscode.window.createTreeView('deliveryRhythm.blockers', { treeDataProvider: provider });
  const update = () => {
    provider.refresh();
    const aging = provider.agingCount();
    view.badge = aging
      ? { value: aging, tooltip: `${aging} blocker${aging > 1 ? 's' : ''} older than the aging limit` }
      : undefined;
  };
  context.subscriptions.push(provider, view, workspace.onDidChange(update));
  return provider;
}
