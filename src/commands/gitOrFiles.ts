// Runs a report with git where it may run; a folder that is not a usable repository (or git not
// allowed here) gets the report from its .delivery files alone, with the reason to show.
import * as vscode from 'vscode';
import { GitUnavailableError } from '../core/errors';
import { describeError } from '../log';
import { canRunGit, noGitReason, withGit } from '../trust';

export interface GitOptions {
  useGit: boolean;
  filesOnly?: string;
}

export async function withGitOrFiles<T>(
  folder: vscode.WorkspaceFolder,
  title: string,
  log: vscode.LogOutputChannel,
  run: (root: string, git: GitOptions) => Promise<T>,
): Promise<{ result: T; usedGit: boolean; reason?: string }> {
  let reason: string | undefined;
  if (canRunGit(folder)) {
    try {
      const result = await withGit(folder, (root) => run(root, { useGit: true }));
      if (result) return { result, usedGit: true };
    } catch (error) {
      if (!(error instanceof GitUnavailableError)) throw error;
      reason = describeError(error);
      log.warn(`${title}: ${reason} Writing it from the files only.`);
    }
  }
  // In Restricted Mode the core's own note (trust this folder) is the one to show.
  const filesOnly =
    reason ?? (vscode.workspace.isTrusted ? `Shipped work is not listed: ${noGitReason()}.` : undefined);
  const result = await run(folder.uri.fsPath, { useGit: false, ...(filesOnly ? { filesOnly } : {}) });
  return { result, usedGit: false, reason };
}
