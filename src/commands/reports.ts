// The three report commands: pick the period, generate (cancellable), write under .delivery/, preview.
import * as vscode from 'vscode';
import { isCancellation } from '../core/errors';
import type { IsoDate } from '../core/model';
import {
  type ReportCommandOptions,
  type ReportKind,
  parseReportOptions,
  recentQuarters,
  recentWeeks,
  reportPath,
} from '../core/reportOptions';
import { generateQuarterlyReview, generateRoadmapReview, generateWeeklyUpdate } from '../core/reports/generate';
import { describeError } from '../log';
import type { OwnWrites } from '../ownWrites';
import { explainFilesOnly } from '../trust';
import type { DeliveryWorkspace, FolderState } from '../workspaceModel';
import { pickDeliveryFolder } from './folders';
import { withGitOrFiles } from './gitOrFiles';

interface Report {
  kind: ReportKind;
  command: string;
  title: string;
  period(options: ReportCommandOptions, asOf: IsoDate): Promise<string | undefined>;
  generate(
    root: string,
    period: string,
    options: { asOf: IsoDate; useGit: boolean; filesOnly?: string; signal: AbortSignal },
  ): Promise<{ markdown: string }>;
}

const REPORTS: Report[] = [
  {
    kind: 'weekly',
    command: 'deliveryRhythm.weeklyUpdate',
    title: 'Weekly executive update',
    period: async (options, asOf) => options.week ?? pick(recentWeeks(asOf, 8), 'Which ISO week?'),
    generate: (root, week, options) => generateWeeklyUpdate(root, { week, ...options }),
  },
  {
    kind: 'roadmap',
    command: 'deliveryRhythm.roadmapReview',
    title: 'Roadmap review',
    period: async (_options, asOf) => asOf,
    generate: (root, _period, options) => generateRoadmapReview(root, options),
  },
  {
    kind: 'quarterly',
    command: 'deliveryRhythm.quarterlyReview',
    title: 'Quarterly health review',
    period: async (options, asOf) => options.quarter ?? pick(recentQuarters(asOf, 4), 'Which quarter?'),
    generate: (root, quarter, options) => generateQuarterlyReview(root, { quarter, ...options }),
  },
];

export interface ReportResult {
  uri: string;
  usedGit: boolean;
}

export function registerReportCommands(
  context: vscode.ExtensionContext,
  workspace: DeliveryWorkspace,
  log: vscode.LogOutputChannel,
  ownWrites: OwnWrites,
  onWritten: () => void,
): void {
  for (const report of REPORTS) {
    const run = async (arg: unknown): Promise<ReportResult | undefined> => {
      const parsed = parseReportOptions(arg);
      if ('error' in parsed) return void vscode.window.showErrorMessage(`${report.title}: ${parsed.error}`);
      const state = await pickDeliveryFolder(workspace, report.title, parsed.options.folder);
      if (!state) return undefined;
      try {
        const result = await produce(report, state, parsed.options, log, ownWrites);
        if (result) onWritten();
        return result;
      } catch (error) {
        if (isCancellation(error)) return void log.info(`${report.title} cancelled`);
        log.error(`${report.title} failed: ${describeError(error)}`);
        void vscode.window.showErrorMessage(`${report.title} failed: ${describeError(error)}`);
        return undefined;
      }
    };
    context.subscriptions.push(vscode.commands.registerCommand(report.command, run));
  }
}

async function produce(
  report: Report,
  state: FolderState,
  options: ReportCommandOptions,
  log: vscode.LogOutputChannel,
  ownWrites: OwnWrites,
): Promise<ReportResult | undefined> {
  const asOf = options.asOf ?? state.asOf;
  const period = await report.period(options, asOf);
  if (!period) return undefined;
  const uri = vscode.Uri.joinPath(state.folder.uri, reportPath(report.kind, period));
  if (!options.replace && (await exists(uri)) && !(await confirmReplace(uri))) return undefined;
  const { markdown, usedGit, reason } = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `${report.title} for ${period}…`, cancellable: true },
    (_progress, token) => {
      const controller = new AbortController();
      token.onCancellationRequested(() => controller.abort());
      return generate(report, state.folder, period, asOf, controller.signal, log);
    },
  );
  ownWrites.mark(uri);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(markdown));
  log.info(
    `${report.title} written to ${vscode.workspace.asRelativePath(uri)}${usedGit ? '' : ' (files only, no git)'}`,
  );
  if (options.open !== false) await vscode.commands.executeCommand('markdown.showPreview', uri);
  if (!usedGit && reason)
    void vscode.window.showWarningMessage(`${report.title} was made from the .delivery files only: ${reason}`);
  else if (!usedGit) explainFilesOnly(report.title);
  offerCopy(report.title, uri, markdown);
  return { uri: uri.toString(), usedGit };
}

async function generate(
  report: Report,
  folder: vscode.WorkspaceFolder,
  period: string,
  asOf: IsoDate,
  signal: AbortSignal,
  log: vscode.LogOutputChannel,
): Promise<{ markdown: string; usedGit: boolean; reason?: string }> {
  const { result, usedGit, reason } = await withGitOrFiles(folder, report.title, log, (root, git) =>
    report.generate(root, period, { asOf, signal, ...git }),
  );
  return { markdown: result.markdown, usedGit, reason };
}

export async function pick(choices: string[], placeHolder: string): Promise<string | undefined> {
  const items = choices.map((label, index) => ({ label, description: index === 0 ? 'current' : undefined }));
  return (await vscode.window.showQuickPick(items, { placeHolder }))?.label;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

async function confirmReplace(uri: vscode.Uri): Promise<boolean> {
  const replace = 'Replace';
  const choice = await vscode.window.showWarningMessage(
    `${vscode.workspace.asRelativePath(uri)} already exists. Replace it?`,
    { modal: true },
    replace,
  );
  return choice === replace;
}

function offerCopy(title: string, uri: vscode.Uri, markdown: string): void {
  const copy = 'Copy to Clipboard';
  void vscode.window
    .showInformationMessage(`${title} written to ${vscode.workspace.asRelativePath(uri)}.`, copy)
    .then((choice) => {
      if (choice === copy) void vscode.env.clipboard.writeText(markdown);
    });
}
