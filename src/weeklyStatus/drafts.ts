// Unsaved drafts, kept in workspaceState per folder and week as the author types, until saved or
// reverted: VS Code cannot stop a panel from closing, and a window reload may lose the webview's state.
import type * as vscode from 'vscode';
import type { WeeklyStatus } from '../core/status/types';
import { parseFormState } from '../core/protocol';

const KEY = 'deliveryRhythm.weeklyStatus.drafts';

export interface Draft {
  status: WeeklyStatus;
  base: string | null;
  savedAt: number;
}

type Stored = Record<string, Draft>;

const keyOf = (folder: vscode.Uri, week: string) => `${folder.toString()}#${week}`;

export class DraftStore {
  constructor(private readonly memento: vscode.Memento) {}

  get(folder: vscode.Uri, week: string): Draft | undefined {
    const draft = this.memento.get<Stored>(KEY, {})[keyOf(folder, week)];
    const parsed = draft && parseFormState({ week, status: draft.status, base: draft.base, dirty: true, updateInitiatives: false, savedAt: draft.savedAt });
    return parsed?.ok ? draft : undefined;
  }

  async set(folder: vscode.Uri, week: string, draft: Draft | undefined): Promise<void> {
    const all = { ...this.memento.get<Stored>(KEY, {}) };
    if (draft) all[keyOf(folder, week)] = { status: draft.status, base: draft.base, savedAt: draft.savedAt };
    else delete all[keyOf(folder, week)];
    await this.memento.update(KEY, all);
  }
}
