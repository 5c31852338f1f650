// Reading a file as the user sees it (an open editor wins) and writing it as an undoable edit.
import * as vscode from 'vscode';
import { DeliveryError } from '../core/errors';
import { changedSpan } from '../core/edit/span';

const utf8 = new TextDecoder('utf-8');

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
}

async function readDisk(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return utf8.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** A clean open document catches up with a change on disk a moment later; wait for that (up to 3 s). */
async function settled(uri: vscode.Uri): Promise<void> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const doc = openDocument(uri);
    if (!doc || doc.isDirty) return;
    const disk = await readDisk(uri);
    if (disk === undefined || doc.getText() === disk) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The text an edit would start from: the open editor's (saved or not), else the file on disk. */
export async function readCurrent(uri: vscode.Uri): Promise<string | undefined> {
  await settled(uri);
  return openDocument(uri)?.getText() ?? readDisk(uri);
}

/** Every version of the file a save could overwrite, the one to show first: the disk's unless an editor holds unsaved changes. */
export async function versionsToCheck(uri: vscode.Uri): Promise<(string | undefined)[]> {
  await settled(uri);
  const doc = openDocument(uri);
  if (doc?.isDirty) return [doc.getText()];
  const disk = await readDisk(uri);
  return doc ? [disk, doc.getText()] : [disk];
}

/**
 * Replaces the file's text with `next` as one WorkspaceEdit (so Undo works and an open editor
 * follows), then saves — unless an editor held unsaved changes of the user's: those are theirs to
 * save, so the edit stays in the editor and the result is `unsaved`. `expected` is the text the change was computed from.
 */
export async function writeText(
  uri: vscode.Uri,
  expected: string | undefined,
  next: string,
): Promise<'saved' | 'unsaved'> {
  const dirty = openDocument(uri)?.isDirty === true;
  const edit = new vscode.WorkspaceEdit();
  if (expected === undefined) {
    edit.createFile(uri, { ignoreIfExists: false });
    edit.insert(uri, new vscode.Position(0, 0), next);
  } else {
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.getText() !== expected)
      throw new DeliveryError(`${vscode.workspace.asRelativePath(uri)} changed while saving.`, 'Save the form again.');
    const span = changedSpan(expected, next);
    edit.replace(uri, new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)), span.text);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    throw new DeliveryError(
      `VS Code did not apply the change to ${vscode.workspace.asRelativePath(uri)}.`,
      'Check that the file is writable, then save again.',
    );
  }
  if (dirty) return 'unsaved';
  const saved = await (await vscode.workspace.openTextDocument(uri)).save();
  if (!saved)
    throw new DeliveryError(
      `${vscode.workspace.asRelativePath(uri)} was changed but could not be saved.`,
      'Save it from its editor.',
    );
  return 'saved';
}
