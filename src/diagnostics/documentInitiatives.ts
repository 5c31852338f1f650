// The initiatives of one document as its text stands now, so edits use ranges that match the buffer.
import * as vscode from 'vscode';
import { parseDeliveryFiles } from '../core/load';
import type { YamlEdit } from '../core/edit/yamlEdit';
import type { Initiative, Range } from '../core/model';
import { relativePath } from '../workspaceModel';

export function initiativesIn(document: vscode.TextDocument, folder: vscode.WorkspaceFolder): Initiative[] {
  const path = relativePath(folder, document.uri);
  return parseDeliveryFiles(folder.uri.toString(), [{ path, text: document.getText() }]).initiatives;
}

export function initiativeAt(initiatives: readonly Initiative[], position: vscode.Position): Initiative | undefined {
  return initiatives.find((initiative) => contains(initiative.range, position));
}

/** The engine's edit on the text of `document` as it was read. */
export function toWorkspaceEdit(document: vscode.TextDocument, edit: YamlEdit): vscode.WorkspaceEdit {
  const range = new vscode.Range(document.positionAt(edit.offset), document.positionAt(edit.offset + edit.length));
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(document.uri, range, edit.text);
  return workspaceEdit;
}

function contains(range: Range, position: vscode.Position): boolean {
  const afterStart =
    position.line > range.start.line ||
    (position.line === range.start.line && position.character >= range.start.column);
  const beforeEnd =
    position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.column);
  return afterStart && beforeEnd;
}
