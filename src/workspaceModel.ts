// One model per workspace folder that holds `.delivery/`, kept current as files and editors change.
import * as vscode from 'vscode';
import { DeliveryFolderCache } from './core/cache';
import type { Clock } from './core/clock';
import { pinnedClock } from './core/clock';
import { isoWeekOf, weekRange } from './core/dates';
import { DeliveryError } from './core/errors';
import { branchTips } from './core/git/available';
import { readSlipLedger } from './core/git/ledger';
import { readShipped, type ShippedItem } from './core/git/shipped';
import { loadDeliveryFolder, parseDeliveryFiles } from './core/load';
import { mapShipped } from './core/mapping';
import type { DeliveryModel, Finding, IsoDate, SlipLedger } from './core/model';
import { lint } from './core/rules/index';
import { describeError } from './log';
import { withGit } from './trust';

export interface GitFacts {
  ledger: SlipLedger;
  week: string;
  shipped: Map<string, ShippedItem[]>;
}

export interface FolderState {
  folder: vscode.WorkspaceFolder;
  model: DeliveryModel;
  findings: Finding[];
  asOf: IsoDate;
  /** Present only when git may run and could be read. */
  git?: GitFacts;
}

interface RawGit {
  ledger: SlipLedger;
  week: string;
  items: ShippedItem[];
}

const DELIVERY = '.delivery';

export class DeliveryWorkspace implements vscode.Disposable {
  private readonly states = new Map<string, FolderState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly inflight = new Map<string, Promise<void>>();
  private readonly versions = new Map<string, number>();
  private readonly gitCache = new Map<string, { week: string; tips: string; read: Promise<RawGit | undefined> }>();
  /** Each folder's parsed files, so a reload re-parses only what changed. */
  private readonly parseCaches = new Map<string, DeliveryFolderCache>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private started?: Promise<void>;
  private clock: Clock;
  readonly onDidChange = this.emitter.event;

  /** `clock` is where every "today" comes from: the machine's date, or a pinned one. */
  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly baseClock: Clock,
  ) {
    this.clock = baseClock;
  }

  /** Loads every folder on first use (never during activation); later calls return the cached states. */
  async ready(): Promise<FolderState[]> {
    if (!this.started) this.started = this.reloadAll();
    await this.started;
    await Promise.all(this.inflight.values());
    return this.list();
  }

  list(): FolderState[] {
    return [...this.states.values()].sort((a, b) => a.folder.index - b.folder.index);
  }

  stateFor(uri: vscode.Uri): FolderState | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.states.get(folder.uri.toString()) : undefined;
  }

  /** The workspace folder whose `.delivery/` holds `uri`, if any. */
  deliveryFolderOf(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder && relativePath(folder, uri).startsWith(`${DELIVERY}/`) ? folder : undefined;
  }

  /** Today in `timeZone`, from the one clock the whole extension reads. */
  today(timeZone: string): IsoDate {
    return this.clock.today(timeZone);
  }

  /** Test hook: pins "today" so date rules give the same answer on any day (undefined: back to the start-up clock). */
  async setAsOf(date: IsoDate | undefined): Promise<void> {
    this.clock = date ? pinnedClock(date) : this.baseClock;
    await this.reloadAll(true);
  }

  reloadAll(dropGit = false): Promise<void> {
    // Refresh is the way out when a file changed without its stamp changing: re-read everything.
    if (dropGit) {
      this.gitCache.clear();
      this.parseCaches.clear();
    }
    const folders = vscode.workspace.workspaceFolders ?? [];
    const open = new Set(folders.map((folder) => folder.uri.toString()));
    for (const map of [this.states, this.parseCaches]) {
      for (const key of map.keys()) if (!open.has(key)) map.delete(key);
    }
    const all = Promise.all(folders.map((folder) => this.reload(folder))).then(() => undefined);
    this.started ??= all;
    return all;
  }

  /** Debounced reload, e.g. while the user types or files change in bursts. */
  schedule(folder: vscode.WorkspaceFolder, delayMs: number): void {
    const key = folder.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.reload(folder);
      }, delayMs),
    );
  }

  /** Resolves once no reload is scheduled or running. */
  async idle(): Promise<void> {
    await this.started;
    while (this.timers.size || this.inflight.size) {
      await Promise.all([...this.inflight.values(), new Promise((resolve) => setTimeout(resolve, 20))]);
    }
  }

  reload(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const version = (this.versions.get(key) ?? 0) + 1;
    this.versions.set(key, version);
    const run = this.compute(folder)
      .then((state) => {
        if (this.versions.get(key) !== version) return;
        if (state) this.states.set(key, state);
        else this.states.delete(key);
        this.emitter.fire();
      })
      .catch((error) => this.log.error(`Could not read ${folder.name}/.delivery: ${describeError(error)}`))
      .finally(() => {
        if (this.inflight.get(key) === run) this.inflight.delete(key);
      });
    this.inflight.set(key, run);
    return run;
  }

  private async compute(folder: vscode.WorkspaceFolder): Promise<FolderState | undefined> {
    const started = performance.now();
    const model = await readModel(folder, overridesFor(folder), this.parseCacheFor(folder));
    if (!model) return undefined;
    const asOf = this.clock.today(model.config.timezone);
    const raw = await this.rawGit(folder, model, asOf);
    const git = raw && { ledger: raw.ledger, week: raw.week, shipped: mapShipped(raw.items, model.initiatives).byInitiative };
    const findings = lint(model, { asOf, ledger: raw?.ledger });
    this.log.debug(`${folder.name}: ${model.initiatives.length} initiatives, ${findings.length} findings in ${(performance.now() - started).toFixed(1)} ms`);
    return { folder, model, findings, asOf, git };
  }

  private parseCacheFor(folder: vscode.WorkspaceFolder): DeliveryFolderCache {
    const key = folder.uri.toString();
    const cache = this.parseCaches.get(key) ?? new DeliveryFolderCache();
    this.parseCaches.set(key, cache);
    return cache;
  }

  /**
   * Git facts depend on the commits, not on the files being edited: they are read again only for
   * another week, or when HEAD or the branch moved (one `rev-parse` tells), never on every save.
   */
  private async rawGit(folder: vscode.WorkspaceFolder, model: DeliveryModel, asOf: IsoDate): Promise<RawGit | undefined> {
    const key = folder.uri.toString();
    const week = isoWeekOf(asOf);
    const tips = (await withGit(folder, (root) => branchTips(root, model.config.branch)).catch(() => 'unreadable')) ?? 'no git';
    const cached = this.gitCache.get(key);
    // A failed read is cached too, so typing in a folder without a repository does not retry git.
    return cached?.week === week && cached.tips === tips ? cached.read : this.freshGit(folder, model, week, tips);
  }

  private freshGit(folder: vscode.WorkspaceFolder, model: DeliveryModel, week: string, tips: string): Promise<RawGit | undefined> {
    const { branch, timezone } = model.config;
    const read = withGit(folder, async (root) => {
      const ledger = await readSlipLedger(root, { timeZone: timezone });
      const { start, end } = weekRange(week);
      const items = await readShipped(root, { since: start, until: end }, { branch, timeZone: timezone });
      return { ledger, week, items };
    }).catch((error) => {
      this.log.warn(`${folder.name}: git history not read (${describeError(error)})`);
      return undefined;
    });
    this.gitCache.set(folder.uri.toString(), { week, tips, read });
    return read;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.emitter.dispose();
  }
}

export function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : uri.path;
}

/** Unsaved editor text replaces what is on disk, so diagnostics follow the user's typing. */
function overridesFor(folder: vscode.WorkspaceFolder): Map<string, string> {
  const overrides = new Map<string, string>();
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || vscode.workspace.getWorkspaceFolder(document.uri)?.uri.toString() !== folder.uri.toString()) continue;
    const path = relativePath(folder, document.uri);
    if (path.startsWith(`${DELIVERY}/`)) overrides.set(path, document.getText());
  }
  return overrides;
}

async function readModel(folder: vscode.WorkspaceFolder, overrides: Map<string, string>, cache: DeliveryFolderCache): Promise<DeliveryModel | undefined> {
  if (folder.uri.scheme !== 'file') return readVirtualModel(folder, overrides, cache);
  try {
    return await loadDeliveryFolder(folder.uri.fsPath, overrides, cache);
  } catch (error) {
    if (error instanceof DeliveryError) return undefined;
    throw error;
  }
}

/** Virtual workspaces have no disk path: read through the file system API instead. */
async function readVirtualModel(folder: vscode.WorkspaceFolder, overrides: Map<string, string>, cache: DeliveryFolderCache): Promise<DeliveryModel | undefined> {
  const root = vscode.Uri.joinPath(folder.uri, DELIVERY);
  const exists = await vscode.workspace.fs.stat(root).then(
    (stat) => stat.type === vscode.FileType.Directory,
    () => false,
  );
  if (!exists) return undefined;
  const paths = await listVirtual(root, DELIVERY);
  const files = await Promise.all(
    paths.map(async (path) => ({
      path,
      text: overrides.get(path) ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, path))),
    })),
  );
  cache.keepOnly(new Set(paths));
  return parseDeliveryFiles(folder.uri.toString(), files, cache);
}

async function listVirtual(dir: vscode.Uri, prefix: string): Promise<string[]> {
  const entries = await vscode.workspace.fs.readDirectory(dir);
  const nested = await Promise.all(
    entries.map(([name, type]) => {
      if (type === vscode.FileType.Directory) return listVirtual(vscode.Uri.joinPath(dir, name), `${prefix}/${name}`);
      return Promise.resolve(/\.ya?ml$/.test(name) ? [`${prefix}/${name}`] : []);
    }),
  );
  return nested.flat();
}
