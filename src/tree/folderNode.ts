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

/**
 * A view's top rows: with one plan, its rows; with several, a row per folder holding its own,
 * described by `describe` (a count, the team).
 */
export function topRows(
  states: readonly FolderState[],
  rows: (state: FolderState) => TreeNode[],
  describe?: (state: FolderState) => string | undefined,
): TreeNode[] {
  return states.length > 1
    ? states.map((state) => new FolderNode(state, rows, describe?.(state)))
    : states.flatMap(rows);
}
