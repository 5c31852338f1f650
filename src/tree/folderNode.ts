// The row of one workspace folder, shown above its own rows when several folders hold `.delivery/`.
import * as vscode from 'vscode';
import type { FolderState } from '../workspaceModel';
import { TreeNode } from './treeNode';

export class FolderNode extends TreeNode {
  constructor(
    readonly state: FolderState,
    /** The folder's rows: each tree shows its own. */
    private readonly rows: (state: FolderState) => TreeNode[],
    description?: string,
  ) {
    super(state.folder.name, vscode.TreeItemCollapsibleState.Expanded);
    this.id = `folder:${state.folder.uri.toString()}`;
    this.description = description;
    this.iconPath = new vscode.ThemeIcon('root-folder');
    this.contextValue = 'folder';
  }

  children(): TreeNode[] {
    return this.rows(this.state);
  }
}
