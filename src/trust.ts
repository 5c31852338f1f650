// The one gate in front of every git call: git runs only in a trusted, local workspace folder.
import * as vscode from 'vscode';

let gitRuns = 0;

export function canRunGit(folder: vscode.WorkspaceFolder): boolean {
  const enabled = vscode.workspace.getConfiguration('deliveryRhythm', folder.uri).get<boolean>('useGit', true);
  return vscode.workspace.isTrusted && folder.uri.scheme === 'file' && enabled;
}

/** The folder's path on disk when git may run there, else undefined. Counted as a git read. */
export function gitRootOf(folder: vscode.WorkspaceFolder): string | undefined {
  if (!canRunGit(folder)) return undefined;
  gitRuns += 1;
  return folder.uri.fsPath;
}

/** Runs `read` only when git may run; undefined otherwise. Counted so tests can prove git stayed idle. */
export async function withGit<T>(
  folder: vscode.WorkspaceFolder,
  read: (root: string) => Promise<T>,
): Promise<T | undefined> {
  if (!canRunGit(folder)) return undefined;
  gitRuns += 1;
  return read(folder.uri.fsPath);
}

export function gitRunCount(): number {
  return gitRuns;
}

/** Why git does not run, as a report says it (call only when `canRunGit` is false). */
export function noGitReason(): string {
  return vscode.workspace.isTrusted
    ? 'git is turned off for this folder (setting deliveryRhythm.useGit) or the folder is not on disk'
    : 'this workspace is in Restricted Mode, where Delivery Rhythm runs no git';
}

/** Says why a report has no shipped work, with the way out. */
export function explainFilesOnly(what: string): void {
  const manage = 'Manage Workspace Trust';
  const reason = noGitReason();
  void vscode.window
    .showWarningMessage(
      `${what} was made from the .delivery files only: ${reason}, so shipped work is not listed.`,
      manage,
    )
    .then((choice) => (choice === manage ? vscode.commands.executeCommand('workbench.trust.manage') : undefined));
}
