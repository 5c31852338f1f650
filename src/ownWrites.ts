// Files the extension itself just wrote, so the watcher does not react to its own writes.
import type * as vscode from 'vscode';

const WINDOW_MS = 1000;

export class OwnWrites {
  private readonly written = new Map<string, number>();

  mark(uri: vscode.Uri): void {
    this.written.set(uri.toString(), Date.now());
  }

  isOwn(uri: vscode.Uri): boolean {
    const at = this.written.get(uri.toString());
    if (at === undefined) return false;
    if (Date.now() - at <= WINDOW_MS) return true;
    this.written.delete(uri.toString());
    return false;
  }
}
