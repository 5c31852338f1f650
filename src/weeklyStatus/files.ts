// Reading a file as the user sees it (an open editor wins) and writing it as an undoable edit.
import * as vscode from 'vscode';
import { DeliveryError } from '../core/errors';
import { changedSpan } from '../core/status/span';

const utf8 = new TextDecoder('utf-8');

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
}

export async function readDisk(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return utf8.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** The text an edit would start from: the open editor's (saved or not), else the file on disk. */
export async function readCurrent(uri: vscode.Uri): Promise<string | undefined> {
  return openDocument(uri)?.getText() ?? readDisk(uri);
}

/** Every version of the file that a save could overwrite: the editor's and, when the editor is clean, the disk's. */
export async function versionsToCheck(uri: vscode.Uri): Promise<(string | undefined)[]> {
  const doc = openDocument(uri);
  if (doc?.isDirty) return [doc.getText()];
  const disk = await readDisk(uri);
  return doc ? [doc.getText(), disk] : [disk];
}

/**
 * Replaces the file's text with `next` as one WorkspaceEdit (so Undo works and an open editor
 * follows), then saves. `expected` is the text the change was computed from.
 */
export async function writeText(uri: vscode.Uri, expected: string | undefined, next: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  if (expected === undefined) {
    edit.createFile(uri, { ignoreIfExists: false });
    edit.insert(uri, new vscode.Position(0, 0), next);
  } else {
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.getText() !== expected) throw new DeliveryError(`${vscode.workspace.asRelativePath(uri)} changed while saving.`, 'Save the form again.');
    const span = changedSpan(expected, next);
    edit.replace(uri, new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)), span.text);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    throw new DeliveryError(`VS Code did not apply the change to ${vscode.workspace.asRelativePath(uri)}.`, 'Check that the file is writable, then save again.');
  }
  const saved = await (await vscode.workspace.openTextDocument(uri)).save();
  if (!saved) throw new DeliveryError(`${vscode.workspace.asRelativePath(uri)} was changed but could not be saved.`, 'Save it from its editor.');
}
