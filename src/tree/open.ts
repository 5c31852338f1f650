// Clicking a row opens its file with the cursor on the line the row came from.
import * as vscode from 'vscode';
import type { Range } from '../core/model';

export function openAt(folder: vscode.WorkspaceFolder, file: string, range: Range): vscode.Command {
  const uri = vscode.Uri.joinPath(folder.uri, file);
  const start = new vscode.Position(range.start.line, range.start.column);
  return { command: 'vscode.open', title: 'Open', arguments: [uri, { selection: new vscode.Range(start, start) }] };
}
