// One weekly status form: loads the week into the webview, checks every message, and saves
// without overwriting anything that changed since the form loaded.
import * as vscode from 'vscode';
import { isoWeekOf, parseIsoWeek, WEEK_RE } from '../core/dates';
import {
  parseWebviewMessage,
  type ConflictChoice,
  type FormState,
  type HostMessage,
  type WebviewMessage,
} from '../core/protocol';
import type { AuthorSource } from '../authors';
import { applyWeeklyStatus } from '../core/status/apply';
import { readFileFields, fromSnapshot, toSnapshot } from '../core/status/fileFields';
import { blockingProblems, touched } from '../core/status/formState';
import { type MergePlan, planMerge } from '../core/status/merge';
import { prefillWeeklyStatus } from '../core/status/prefill';
import { statusFilePath } from '../core/status/types';
import { validateWeeklyStatus } from '../core/status/validate';
import { measurementsToWrite, validateMeasurement } from '../core/status/measurement';
import { versionOf } from '../core/status/version';
import { DeliveryError } from '../core/errors';
import { partialSaveMessage } from '../core/status/partialSave';
import { savedMessage } from '../core/status/saved';
import type { Unwritten } from '../core/status/unwritten';
import { describeError } from '../log';
import type { DeliveryWorkspace, FolderState } from '../workspaceModel';
import type { Finding } from '../core/model';
import { DraftWriter, type DraftStore } from './drafts';
import { readCurrent, versionsToCheck, writeText } from './files';
import { openInitiative, planInitiativeStatuses, setBlockerOwner } from './initiativeFiles';
import { renderHtml, webviewRoot } from './html';
import { planMeasurements } from './measurements';
import { shippedFor } from './shipped';

export const VIEW_TYPE = 'deliveryRhythm.weeklyStatus';

type SaveMessage = Extract<WebviewMessage, { type: 'save' }>;
type DraftMessage = Extract<WebviewMessage, { type: 'draft' }>;

export interface PanelDeps {
  extensionUri: vscode.Uri;
  workspace: DeliveryWorkspace;
  log: vscode.LogOutputChannel;
  drafts: DraftStore;
  /** Recent commit authors, offered when naming a blocker's owner. */
  authors: AuthorSource;
  /** Shows a text in the diff editor; returns its URI. */
  showText(name: string, text: string): vscode.Uri;
}

export class WeeklyStatusPanel {
  private ready = false;
  private queue: HostMessage[] = [];
  private latest?: DraftMessage;
  /** A save stopped at a conflict: its week, the form's message and the fields both sides changed. */
  private pending?: { week: string; save: SaveMessage; plan: MergePlan };
  private loading = 0;
  private readonly draftWriter: DraftWriter;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private state: FolderState,
    private week: string,
    private readonly deps: PanelDeps,
  ) {
    this.draftWriter = new DraftWriter(deps.drafts);
    panel.webview.options = { enableScripts: true, localResourceRoots: [webviewRoot(deps.extensionUri)] };
    panel.webview.html = renderHtml(panel.webview, deps.extensionUri);
    const listener = panel.webview.onDidReceiveMessage((raw) => this.receive(raw));
    panel.onDidDispose(() => {
      listener.dispose();
      void this.disposed();
    });
  }

  static options(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, enableFindWidget: true, localResourceRoots: [webviewRoot(extensionUri)] };
  }

  private get fileUri(): vscode.Uri {
    return this.uriOf(this.week);
  }

  private uriOf(week: string): vscode.Uri {
    return vscode.Uri.joinPath(this.state.folder.uri, statusFilePath(week));
  }

  private post(message: HostMessage): void {
    if (this.ready) void this.panel.webview.postMessage(message);
    else this.queue.push(message);
  }

  private receive(raw: unknown): void {
    const parsed = parseWebviewMessage(raw);
    if (!parsed.ok) {
      this.deps.log.warn(`Weekly status form: dropped a malformed message (${parsed.reason}).`);
      return;
    }
    this.handle(parsed.value).catch((error) => {
      this.deps.log.error(`Weekly status form: ${describeError(error)}`);
      this.post({ type: 'error', message: describeError(error) });
    });
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        for (const queued of this.queue.splice(0)) void this.panel.webview.postMessage(queued);
        return this.load();
      case 'draft':
        return this.keepDraft(message);
      case 'changeWeek':
        return this.changeWeek(message.week);
      case 'revert':
        await this.dropDraft();
        return this.load();
      case 'save':
        return this.save(message);
      case 'resolveConflict':
        return this.resolve(message.choice, message.useMine);
      case 'setBlockerOwner':
        return this.setBlockerOwner(message.initiative, message.blocker);
      case 'openFile':
        return message.initiative ? openInitiative(this.state, message.initiative, message.line ?? 1) : this.openFile();
    }
  }

  /** The plan's today at this moment, in its time zone. */
  private today(): string {
    return this.deps.workspace.today(this.state.model.config.timezone);
  }

  /** Reads the plan again, so what follows sees its files as they are now. */
  private async refresh(): Promise<void> {
    await this.deps.workspace.reload(this.state.folder);
    this.state = this.deps.workspace.stateFor(this.state.folder.uri) ?? this.state;
  }

  /** Reads the week fresh and sends it, then what shipped once git has answered. */
  async load(note?: string): Promise<void> {
    const ticket = ++this.loading;
    await this.refresh();
    const text = await readCurrent(this.fileUri);
    const prefill = prefillWeeklyStatus(this.state.model, this.week);
    // A draft of this week still waiting to be written is the one to bring back.
    await this.draftWriter.flush();
    const draft = this.deps.drafts.get(this.state.folder.uri, this.week);
    const broken = unreadableStatus(this.state.model.problems, statusFilePath(this.week));
    this.panel.title = `Weekly Status ${this.week}`;
    this.post({
      type: 'load',
      folder: this.state.folder.uri.toString(),
      week: this.week,
      today: this.today(),
      ...(this.deps.workspace.pinned === undefined ? { timeZone: this.state.model.config.timezone } : {}),
      status: prefill.status,
      base: versionOf(text),
      fields: toSnapshot(readFileFields(text)),
      source: prefill.source,
      initiatives: prefill.cards,
      draft,
      ...(broken ? { broken } : {}),
      ...(note ? { note } : {}),
    });
    const report = await shippedFor(this.state, this.week);
    if (ticket === this.loading) this.post({ type: 'shipped', week: this.week, report });
  }

  private async openFile(): Promise<void> {
    const broken = unreadableStatus(this.state.model.problems, statusFilePath(this.week));
    const at = new vscode.Position(Math.max(0, (broken?.line ?? 1) - 1), 0);
    await vscode.window.showTextDocument(this.fileUri, {
      selection: new vscode.Range(at, at),
      viewColumn: vscode.ViewColumn.Beside,
    });
  }

  /** A blocker's owner named in its initiative file; the form loads again, keeping the draft. */
  private async setBlockerOwner(id: string, blocker: string): Promise<void> {
    const outcome = await setBlockerOwner(this.state, this.deps.authors, id, blocker);
    if (outcome && 'error' in outcome) return this.post({ type: 'error', message: outcome.error });
    if (outcome) await this.load(outcome.note);
  }

  private async changeWeek(week: string): Promise<void> {
    const valid = parseIsoWeek(week);
    if (!valid) return this.post({ type: 'error', message: `"${week}" is not an ISO week such as 2026-W47.` });
    this.week = valid;
    this.latest = undefined;
    this.pending = undefined;
    await this.load();
  }

  /**
   * The three-way save: only the fields the lead touched are written, onto the file as it is now;
   * a field the file changed meanwhile to another value stops the save as a conflict on that field.
   */
  private async save(message: SaveMessage): Promise<void> {
    // The week is the one the form was for when Save was pressed, even if the form moves on meanwhile.
    const week = this.week;
    // Now, not when the form loaded: a form left open past midnight accepts a measurement of the new day.
    const today = this.today();
    const measured = measurementsToWrite(message.measurements);
    const errors = [
      ...blockingProblems(message, validateWeeklyStatus(message.status)),
      ...measured.flatMap((m) => validateMeasurement(m, today)),
    ];
    if (errors.length > 0 || message.status.week !== week) {
      const reason = errors[0]?.message ?? `The form is for ${week}, not ${message.status.week}.`;
      return this.post({ type: 'error', message: `Not saved: ${reason}` });
    }
    const current = (await versionsToCheck(this.uriOf(week)))[0];
    const plan = planMerge(touched(message), message.status, fromSnapshot(message.fields), readFileFields(current));
    if (plan.conflicts.length > 0) {
      this.pending = { week, save: message, plan };
      return this.post({ type: 'conflict', week, conflicts: plan.conflicts });
    }
    await this.write(week, message, current, plan.write, plan.same);
  }

  /**
   * Writes the week's file and then each initiative file the save changes, all planned first: a
   * measurement or a health that cannot be written stops the save before any file is. `same`: touched
   * fields the file already holds (a health among them is still copied into its initiative file).
   */
  private async write(
    week: string,
    message: SaveMessage,
    current: string | undefined,
    fields: readonly string[],
    same: readonly string[],
  ): Promise<void> {
    // The plan as it is now: an initiative removed since the form opened is told apart, not written into.
    await this.refresh();
    const unwritten: Unwritten[] = [];
    const measurements = await planMeasurements(this.state, measurementsToWrite(message.measurements), unwritten);
    const measuredFiles = [...measurements.values()].map((w) => w.file);
    const initiatives = message.updateInitiatives
      ? await planInitiativeStatuses(this.state, message.status, [...fields, ...same], measurements, unwritten)
      : measurements;
    // A save that only records measurements leaves the week's file alone, even a missing one.
    const next = fields.length === 0 ? current : applyWeeklyStatus(current, message.status, new Set(fields));
    const file = statusFilePath(week);
    const writes = [
      ...(next === current || next === undefined ? [] : [{ uri: this.uriOf(week), file, text: current, next }]),
      ...[...initiatives.values()].filter((w) => w.next !== w.text),
    ];
    let outcome: 'saved' | 'unsaved' = 'saved';
    for (const [i, write] of writes.entries()) {
      try {
        const result = await writeText(write.uri, write.text, write.next);
        if (write.file === file) outcome = result;
      } catch (error) {
        if (i === 0) throw error;
        const done = writes.slice(0, i).map((w) => w.file);
        const rest = writes.slice(i + 1).map((w) => w.file);
        throw new DeliveryError(partialSaveMessage(done, write.file, describeError(error), rest));
      }
    }
    this.pending = undefined;
    await this.dropDraft(week);
    this.post(savedMessage(week, file, next, { inEditor: outcome === 'unsaved', measured: measuredFiles, unwritten }));
    this.deps.workspace.schedule(this.state.folder, 50);
  }

  /**
   * Settles a conflict against the file as it is now: the fields in `useMine` take the form's value,
   * the others keep the file's. A field that changed again since the conflict was shown is asked again.
   */
  private async resolve(choice: ConflictChoice, useMine: readonly string[]): Promise<void> {
    const pending = this.pending;
    if (!pending) return;
    const { week, save } = pending;
    const uri = this.uriOf(week);
    const current = await readCurrent(uri);
    const plan = planMerge(touched(save), save.status, fromSnapshot(save.fields), readFileFields(current));
    const shown = new Map(pending.plan.conflicts.map((c) => [c.field, c.disk]));
    const settled = plan.conflicts.filter((c) => shown.get(c.field) === c.disk);
    const fresh = plan.conflicts.filter((c) => shown.get(c.field) !== c.disk);
    const fields = [...plan.write, ...settled.filter((c) => useMine.includes(c.field)).map((c) => c.field)];
    if (choice === 'diff') {
      const mine = this.deps.showText(`${week} (form).yaml`, applyWeeklyStatus(current, save.status, new Set(fields)));
      const left = current === undefined ? this.deps.showText(`${week} (deleted).yaml`, '') : uri;
      // Beside the form, so its choices stay in view.
      await vscode.commands.executeCommand('vscode.diff', left, mine, `${week}.yaml: File ↔ Form`, {
        preview: true,
        viewColumn: vscode.ViewColumn.Beside,
      });
      return;
    }
    this.pending = undefined;
    if (choice === 'reload') {
      await this.dropDraft();
      return this.load();
    }
    if (fresh.length > 0) {
      this.pending = { week, save, plan };
      return this.post({ type: 'conflict', week, conflicts: plan.conflicts });
    }
    await this.write(week, save, current, fields, plan.same);
  }

  /** Forgets the week's draft, here and in the store. */
  private async dropDraft(week = this.week): Promise<void> {
    if (week === this.week) this.latest = undefined;
    this.draftWriter.keep(this.state.folder.uri, week, undefined);
    await this.draftWriter.flush();
  }

  /** Keeps a draft under its own week: one sent just before a week change belongs to the week left. */
  private async keepDraft(draft: DraftMessage): Promise<void> {
    const week = draft.status.week;
    if (!WEEK_RE.test(week)) return;
    if (week === this.week) this.latest = draft;
    this.draftWriter.keep(this.state.folder.uri, week, draft.dirty ? draft : undefined);
  }

  private async disposed(): Promise<void> {
    await this.draftWriter.flush();
    const week = this.week;
    if (!this.latest?.dirty) return;
    const reopen = 'Reopen';
    const choice = await vscode.window.showInformationMessage(
      `Your unsaved weekly status for ${week} was kept. It comes back when you open the form for that week.`,
      reopen,
    );
    // The folder goes along: in a multi-root workspace the kept draft belongs to this one.
    if (choice === reopen)
      await vscode.commands.executeCommand('deliveryRhythm.editWeeklyStatus', {
        folder: this.state.folder.uri.toString(),
        week,
      });
  }

  /** The week to open: the one asked for (`'2026-W47'`), else the restored one, else the current week. */
  static weekFor(state: FolderState, asked: string | undefined, restored?: FormState): string {
    return (
      (asked !== undefined && parseIsoWeek(asked)) || (restored && parseIsoWeek(restored.week)) || isoWeekOf(state.asOf)
    );
  }
}

/** The first finding that says the week's file cannot be read as YAML at all (syntax, size, encoding), 1-based. */
function unreadableStatus(
  problems: readonly Finding[],
  file: string,
): { file: string; line: number; message: string } | undefined {
  const found = problems.find(
    (p) => p.file === file && p.severity === 'error' && /^(Invalid YAML|This file)/.test(p.message),
  );
  return found && { file, line: found.range.start.line + 1, message: found.message };
}
