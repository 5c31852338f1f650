// Unsaved drafts, kept in workspaceState per folder and week as the author types, until saved or
// reverted: VS Code cannot stop a panel from closing, and a window reload may lose the webview's state.
import type * as vscode from 'vscode';
import { parseDraftState, type DraftState } from '../core/protocol';

const KEY = 'deliveryRhythm.weeklyStatus.drafts';

type Stored = Record<string, DraftState>;

const keyOf = (folder: vscode.Uri, week: string) => `${folder.toString()}#${week}`;

export class DraftStore {
  constructor(private readonly memento: vscode.Memento) {}

  /** The kept draft; one kept in an older shape (without what the form loaded) is not offered. */
  get(folder: vscode.Uri, week: string): DraftState | undefined {
    const parsed = parseDraftState(this.memento.get<Stored>(KEY, {})[keyOf(folder, week)]);
    return parsed.ok ? parsed.value : undefined;
  }

  async set(folder: vscode.Uri, week: string, draft: DraftState | undefined): Promise<void> {
    const all = { ...this.memento.get<Stored>(KEY, {}) };
    if (draft) {
      const { status, loaded, base, fields, confirmed, savedAt } = draft;
      all[keyOf(folder, week)] = { status, loaded, base, fields, confirmed, savedAt };
    } else delete all[keyOf(folder, week)];
    await this.memento.update(KEY, all);
  }
}
