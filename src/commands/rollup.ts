// "Generate Roll-up Update": the director's update of every open folder with a plan, for one week,
// opened as a new Markdown document (it belongs to no one team's folder), with its preview.
import * as vscode from 'vscode';
import { isCancellation } from '../core/errors';
import { parseReportOptions, recentWeeks } from '../core/reportOptions';
import { generateWeeklyUpdate } from '../core/reports/generate';
import { buildRollup, type Rollup, type TeamUpdate } from '../core/rollup/rollup';
import { rollupMarkdown } from '../core/rollup/rollupMarkdown';
import { describeError } from '../log';
import type { DeliveryWorkspace } from '../workspaceModel';
import { withGitOrFiles } from './gitOrFiles';
import { pick } from './reports';

const TITLE = 'Roll-up update';

export interface RollupResult {
  markdown: string;
  json: Rollup;
}

export function registerRollup(
  context: vscode.ExtensionContext,
  workspace: DeliveryWorkspace,
  log: vscode.LogOutputChannel,
): void {
  const run = async (arg: unknown): Promise<RollupResult | undefined> => {
    const parsed = parseReportOptions(arg);
    if ('error' in parsed) return void vscode.window.showErrorMessage(`${TITLE}: ${parsed.error}`);
    const { options } = parsed;
    const states = await workspace.ready();
    if (states.length < 2) {
      void vscode.window.showInformationMessage(
        `${TITLE}: it rolls up two or more teams, and this workspace has ${states.length === 1 ? 'one folder' : 'no folder'} with .delivery/. Add each team's folder to the workspace, or use Generate Weekly Executive Update for one team.`,
      );
      return undefined;
    }
    const asOf = options.asOf ?? states[0].asOf;
    const week = options.week ?? (await pick(recentWeeks(asOf, 8), 'Which ISO week?'));
    if (!week) return undefined;
    try {
      const teams = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `${TITLE} for ${week}…`, cancellable: true },
        async (progress, token) => {
          const controller = new AbortController();
          token.onCancellationRequested(() => controller.abort());
          const read: TeamUpdate[] = [];
          for (const state of states) {
            progress.report({ message: state.folder.name, increment: 100 / states.length });
            const { result } = await withGitOrFiles(state.folder, TITLE, log, (root, git) =>
              generateWeeklyUpdate(root, { week, asOf, signal: controller.signal, ...git }),
            );
            read.push({ source: state.folder.name, update: result.json });
          }
          return read;
        },
      );
      const json = buildRollup(teams, [], asOf);
      const markdown = rollupMarkdown(json);
      if (options.open !== false) {
        const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
        await vscode.window.showTextDocument(document, { preview: false });
        await vscode.commands.executeCommand('markdown.showPreviewToSide');
      }
      log.info(`${TITLE} for ${week}: ${teams.length} teams`);
      return { markdown, json };
    } catch (error) {
      if (isCancellation(error)) return void log.info(`${TITLE} cancelled`);
      log.error(`${TITLE} failed: ${describeError(error)}`);
      void vscode.window.showErrorMessage(`${TITLE} failed: ${describeError(error)}`);
      return undefined;
    }
  };
  context.subscriptions.push(vscode.commands.registerCommand('deliveryRhythm.rollupUpdate', run));
}
