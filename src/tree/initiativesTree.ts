// The Initiatives view: grouped by health, owner or roadmap item; by workspace folder first when there are several.
import * as vscode from 'vscode';
import { GROUP_BYS, type GroupBy, groupInitiatives } from '../core/view/grouping';
import { healthToday } from './initiativeNodes';
import type { DeliveryWorkspace, FolderState } from '../workspaceModel';
import { topRows } from './folderNode';
import { GroupNode } from './initiativeNodes';
import type { TreeNode } from './treeNode';

export type InitiativeTreeNode = TreeNode;

const GROUP_BY_KEY = 'deliveryRhythm.groupBy';

export class InitiativesProvider implements vscode.TreeDataProvider<InitiativeTreeNode> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(
    private readonly workspace: DeliveryWorkspace,
    private readonly memento: vscode.Memento,
  ) {}

  get groupBy(): GroupBy {
    const stored = this.memento.get<string>(GROUP_BY_KEY);
    return GROUP_BYS.find((by) => by === stored) ?? 'health';
  }

  async setGroupBy(by: GroupBy): Promise<void> {
    await this.memento.update(GROUP_BY_KEY, by);
    await vscode.commands.executeCommand('setContext', GROUP_BY_KEY, by);
    this.refresh();
  }

  refresh(): void {
    this.emitter.fire();
  }

  getTreeItem(node: InitiativeTreeNode): vscode.TreeItem {
    return node;
  }

  async getChildren(node?: InitiativeTreeNode): Promise<InitiativeTreeNode[]> {
    if (!node) {
      const states = await this.workspace.ready();
      // Several plans are several teams: each folder row names its team, as the roll-up does.
      return topRows(
        states,
        (state) => this.groups(state),
        (state) => state.model.config.team,
      );
    }
    return node.children();
  }

  private groups(state: FolderState): GroupNode[] {
    return groupInitiatives(
      state.model.initiatives,
      this.groupBy,
      (initiative) => healthToday(state, initiative).status,
    ).map((group) => new GroupNode(state, group));
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

export function registerInitiativesTree(
  context: vscode.ExtensionContext,
  workspace: DeliveryWorkspace,
): InitiativesProvider {
  const provider = new InitiativesProvider(workspace, context.workspaceState);
  const view = vscode.window.createTreeView('deliveryRhythm.initiatives', {
    treeDataProvider: provider,
    showCollapseAll: true,
  });
  const groupCommands = GROUP_BYS.map((by) =>
    vscode.commands.registerCommand(`deliveryRhythm.groupBy${by[0].toUpperCase()}${by.slice(1)}`, () =>
      provider.setGroupBy(by),
    ),
  );
  void vscode.commands.executeCommand('setContext', GROUP_BY_KEY, provider.groupBy);
  context.subscriptions.push(
    provider,
    view,
    ...groupCommands,
    workspace.onDidChange(() => provider.refresh()),
  );
  return provider;
}
