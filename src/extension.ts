// The extension's table of contents: one register call per feature; nothing slow runs here.
import * as vscode from 'vscode';
import type { DeliveryRhythmApi } from './api';
import { AuthorSource } from './authors';
import { PinnableClock, startupClock } from './clock';
import { registerInit } from './commands/init';
import { registerReportCommands } from './commands/reports';
import { registerSetOwner } from './commands/setOwner';
import { registerContextKeys } from './contextKeys';
import { registerDiagnostics } from './diagnostics/diagnostics';
import { registerQuickFixes } from './diagnostics/quickFixes';
import { registerLog } from './log';
import { OwnWrites } from './ownWrites';
import { registerRefresh } from './refresh';
import { registerStatusBar } from './statusBar';
import { registerBlockersTree } from './tree/blockersTree';
import { registerDebtTree } from './tree/debtTree';
import { registerProblemDecorations } from './tree/decorations';
import { registerInitiativesTree } from './tree/initiativesTree';
import { gitRunCount } from './trust';
import { registerWalkthrough } from './walkthrough';
import { registerWatcher } from './watcher';
import { registerWeeklyStatus } from './weeklyStatus/register';
import { registerRollup } from './commands/rollup';
import { DeliveryWorkspace } from './workspaceModel';

export function activate(context: vscode.ExtensionContext): DeliveryRhythmApi {
  const started = performance.now();
  const log = registerLog(context);
  const clock = new PinnableClock(startupClock(log));
  const workspace = new DeliveryWorkspace(log, clock);
  const ownWrites = new OwnWrites();
  const authors = new AuthorSource(log);
  context.subscriptions.push(workspace);

  registerProblemDecorations(context);
  const initiatives = registerInitiativesTree(context, workspace);
  const blockers = registerBlockersTree(context, workspace);
  const debt = registerDebtTree(context, workspace);
  registerDiagnostics(context, workspace);
  registerQuickFixes(context, workspace, authors);
  const cadence = registerStatusBar(context, workspace);
  registerReportCommands(context, workspace, log, ownWrites, () => void cadence.refresh());
  registerRollup(context, workspace, log);
  registerInit(context, workspace, ownWrites);
  registerSetOwner(context, workspace, authors);
  registerRefresh(context, workspace, authors, log);
  registerWatcher(context, workspace, ownWrites);
  registerWeeklyStatus(context, workspace, log, authors);

  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms`);
  // The first load (files, then git where trusted) starts after activation has returned.
  setTimeout(() => {
    registerContextKeys(context, workspace);
    registerWalkthrough(context, workspace);
  }, 0);
  return {
    initiatives,
    blockers,
    debt,
    cadence,
    activationMs,
    logUri: context.logUri,
    idle: () => workspace.idle(),
    setAsOf: (date) => {
      clock.pin(date);
      return workspace.reloadAll(true);
    },
    gitRuns: gitRunCount,
  };
}

export function deactivate(): void {}
