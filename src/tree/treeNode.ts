// A tree row that knows its own children, so a provider never asks which kind of row it holds.
import * as vscode from 'vscode';

export abstract class TreeNode extends vscode.TreeItem {
  abstract children(): TreeNode[];
}
