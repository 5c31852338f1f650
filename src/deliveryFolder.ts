// One workspace folder that may hold `.delivery/`: everything the editor keeps about it in one
// object — its current state, the core model's caches, the pending reload and the running one.
import type * as vscode from 'vscode';
import type { Clock } from './core/clock';
import { FolderModel, type FolderFacts } from './core/folderModel';
import { readModel } from './folderFiles';
import { describeError } from './log';
import { gitRootOf } from './trust';

export interface FolderState extends FolderFacts {
  folder: vscode.WorkspaceFolder;
}

export class DeliveryFolder {
  /** The last state computed; undefined while loading, or when the folder has no `.delivery/`. */
  state?: FolderState;
  /** The reload in progress, if any. */
  running?: Promise<void>;
  private readonly model: FolderModel;
  private timer?: NodeJS.Timeout;
  private version = 0;

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    private readonly log: vscode.LogOutputChannel,
    private readonly clock: Clock,
    private readonly changed: () => void,
  ) {
    this.model = new FolderModel((error) => log.warn(`${folder.name}: git history not read (${describeError(error)})`));
  }

  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  /** Reads the files (and, where it may run, git) again; a newer reload's result wins over an older one's. */
  reload(): Promise<void> {
    const version = ++this.version;
    const run = this.compute()
      .then((state) => {
        if (this.version !== version) return;
        this.state = state;
        this.changed();
      })
      .catch((error) => this.log.error(`Could not read ${this.folder.name}/.delivery: ${describeError(error)}`))
      .finally(() => {
        if (this.running === run) this.running = undefined;
      });
    this.running = run;
    return run;
  }

  /** Debounced reload, e.g. while the user types or files change in bursts. */
  schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.reload();
    }, delayMs);
  }

  /** Refresh is the way out when a file changed without its stamp changing: read everything again. */
  forget(): void {
    this.model.forget();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async compute(): Promise<FolderState | undefined> {
    const started = performance.now();
    const model = await readModel(this.folder, this.model.files);
    if (!model) return undefined;
    const facts = await this.model.facts(model, this.clock.today(model.config.timezone), gitRootOf(this.folder));
    this.log.debug(
      `${this.folder.name}: ${model.initiatives.length} initiatives, ${facts.findings.length} findings in ${(performance.now() - started).toFixed(1)} ms`,
    );
    return { folder: this.folder, ...facts };
  }
}
