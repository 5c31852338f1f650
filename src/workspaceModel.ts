// The workspace's folders that hold `.delivery/`, one DeliveryFolder each, kept current as files
// and editors change. The files are re-read on every reload; git only when the commits moved.
import * as vscode from 'vscode';
import type { Clock } from './core/clock';
import type { IsoDate } from './core/model';
import { DeliveryFolder, type FolderState } from './deliveryFolder';
import { inDeliveryFolder } from './folderFiles';

export type { FolderState } from './deliveryFolder';
export type { GitFacts } from './core/folderModel';
export { relativePath } from './folderFiles';

export class DeliveryWorkspace implements vscode.Disposable {
  private readonly folders = new Map<string, DeliveryFolder>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private started?: Promise<void>;
  readonly onDidChange = this.emitter.event;

  /** `clock` is where every "today" comes from: the machine's date, or a pinned one. */
  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly clock: Clock,
  ) {}

  /** Loads every folder on first use (never during activation); later calls return the cached states. */
  async ready(): Promise<FolderState[]> {
    if (!this.started) this.started = this.reloadAll();
    await this.started;
    await Promise.all([...this.folders.values()].map((folder) => folder.running));
    return this.list();
  }

  list(): FolderState[] {
    return [...this.folders.values()]
      .flatMap((folder) => (folder.state ? [folder.state] : []))
      .sort((a, b) => a.folder.index - b.folder.index);
  }

  stateFor(uri: vscode.Uri): FolderState | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.folders.get(folder.uri.toString())?.state : undefined;
  }

  /** The workspace folder whose `.delivery/` holds `uri`, if any. */
  deliveryFolderOf(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder && inDeliveryFolder(folder, uri) ? folder : undefined;
  }

  /** Today in `timeZone`, from the one clock the whole extension reads. */
  today(timeZone: string): IsoDate {
    return this.clock.today(timeZone);
  }

  /** The date today is pinned to (DELIVERY_RHYTHM_AS_OF, a test), when it is. */
  get pinned(): IsoDate | undefined {
    return this.clock.pinned;
  }

  /** Reloads every folder; `forget` reads every file and git fact again (Refresh). */
  reloadAll(forget = false): Promise<void> {
    const open = new Set((vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.toString()));
    for (const [key, folder] of this.folders) {
      if (open.has(key)) continue;
      folder.dispose();
      this.folders.delete(key);
    }
    const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => this.folderFor(folder));
    if (forget) for (const folder of folders) folder.forget();
    const all = Promise.all(folders.map((folder) => folder.reload())).then(() => undefined);
    this.started ??= all;
    return all;
  }

  /** Debounced reload, e.g. while the user types or files change in bursts. */
  schedule(folder: vscode.WorkspaceFolder, delayMs: number): void {
    this.folderFor(folder).schedule(delayMs);
  }

  reload(folder: vscode.WorkspaceFolder): Promise<void> {
    return this.folderFor(folder).reload();
  }

  /** Resolves once no reload is scheduled or running. */
  async idle(): Promise<void> {
    await this.started;
    const folders = () => [...this.folders.values()];
    while (folders().some((folder) => folder.scheduled || folder.running)) {
      await Promise.all([
        ...folders().map((folder) => folder.running),
        new Promise((resolve) => setTimeout(resolve, 20)),
      ]);
    }
  }

  dispose(): void {
    for (const folder of this.folders.values()) folder.dispose();
    this.emitter.dispose();
  }

  private folderFor(folder: vscode.WorkspaceFolder): DeliveryFolder {
    const key = folder.uri.toString();
    let found = this.folders.get(key);
    if (!found)
      this.folders.set(key, (found = new DeliveryFolder(folder, this.log, this.clock, () => this.emitter.fire())));
    return found;
  }
}
