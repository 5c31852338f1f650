// The row of one workspace folder, shown above its own rows when several folders hold `.delivery/`.
import * as vscode from 'vscode';
import type { FolderState } from '../workspaceModel';

export class FolderNode extends vscode.TreeItem {
  constructor(
    readonly state: FolderState,
    description?: string,
  ) {
    super(state.folder.name, vscode.TreeItemCollapsibleState.Expanded);
    this.id = `folder:${state.folder.uri.toString()}`;
    this.description = description;
    this.iconPath = new vscode.ThemeIcon('root-folder');
    this.contextValue = 'folder';
  }
}
