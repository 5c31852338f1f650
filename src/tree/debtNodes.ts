// A row of the Technical debt view: one item of debt.yaml with its risk and owner.
import * as vscode from 'vscode';
import type { DebtEntry } from '../core/view/debt';
import type { FolderState } from '../workspaceModel';
import { openAt } from './open';
import { TreeNode } from './treeNode';

const RISK_ICONS: Record<string, [string, string]> = {
  high: ['flame', 'charts.red'],
  medium: ['warning', 'charts.yellow'],
  low: ['info', 'charts.blue'],
};

export class DebtNode extends TreeNode {
  constructor(state: FolderState, entry: DebtEntry, index: number) {
    super(entry.item, vscode.TreeItemCollapsibleState.None);
    const [icon, color] = RISK_ICONS[entry.risk ?? ''] ?? ['circle-large-outline', 'disabledForeground'];
    this.id = `debt:${state.folder.uri.toString()}:${index}:${entry.item}`;
    this.description = `${entry.risk ?? 'no risk'} · ${entry.owner ?? 'no owner'}`;
    this.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    const age = entry.since ? ` · since ${entry.since}` : '';
    this.tooltip = `${entry.item} — ${entry.risk ?? 'no'} risk · ${entry.owner ?? 'no owner'}${age}${entry.impact ? `\n\n${entry.impact}` : ''}`;
    this.contextValue = `debt:${entry.risk ?? 'none'}:${entry.ownerIsPerson ? 'owned' : entry.owner ? 'team-owned' : 'unowned'}`;
    this.command = openAt(state.folder, entry.file, entry.range);
  }

  children(): TreeNode[] {
    return [];
  }
}
