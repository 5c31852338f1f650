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
      // Only the draft's own keys (a draft message carries more); a measurement typed on a card is part of it.
      const { status, loaded, base, fields, confirmed, measurements, savedAt } = draft;
      all[keyOf(folder, week)] = {
        status,
        loaded,
        base,
        fields,
        confirmed,
        ...(measurements ? { measurements } : {}),
        savedAt,
      };
    } else delete all[keyOf(folder, week)];
    await this.memento.update(KEY, all);
  }
}

/**
 * A panel's writes to the store, a pause after the last keystroke rather than on every one. The
 * panel flushes before it reads a draft back and when it closes, so nothing typed is lost; the
 * webview keeps its own copy at once for a window reload.
 */
export class DraftWriter {
  private readonly pending = new Map<string, { folder: vscode.Uri; week: string; draft: DraftState | undefined }>();
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly store: DraftStore,
    private readonly delayMs = 300,
  ) {}

  keep(folder: vscode.Uri, week: string, draft: DraftState | undefined): void {
    this.pending.set(keyOf(folder, week), { folder, week, draft });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const writes = [...this.pending.values()];
    this.pending.clear();
    for (const { folder, week, draft } of writes) await this.store.set(folder, week, draft);
  }
}
