// The Technical debt view: the debt register of each folder, worst risk first, with risk and owner.
import * as vscode from 'vscode';
import { debtEntries } from '../core/view/debt';
import type { DeliveryWorkspace, FolderState } from '../workspaceModel';
import { DebtNode } from './debtNodes';
import { topRows } from './folderNode';
import type { TreeNode } from './treeNode';

export type DebtTreeNode = TreeNode;

export class DebtProvider implements vscode.TreeDataProvider<DebtTreeNode> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly workspace: DeliveryWorkspace) {}

  refresh(): void {
    this.emitter.fire();
  }

  getTreeItem(node: DebtTreeNode): vscode.TreeItem {
    return node;
  }

  async getChildren(node?: DebtTreeNode): Promise<DebtTreeNode[]> {
    if (node) return node.children();
    const states = (await this.workspace.ready()).filter((state) => state.model.debt);
    return topRows(states, rowsOf, (state) => String(debtEntries(state.model).length));
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

function rowsOf(state: FolderState): DebtNode[] {
  return debtEntries(state.model).map((entry, index) => new DebtNode(state, entry, index));
}

export function registerDebtTree(context: vscode.ExtensionContext, workspace: DeliveryWorkspace): DebtProvider {
  const provider = new DebtProvider(workspace);
  const view = vscode.window.createTreeView('deliveryRhythm.debt', { treeDataProvider: provider });
  context.subscriptions.push(
    provider,
    view,
    workspace.onDidChange(() => provider.refresh()),
  );
  return provider;
}
