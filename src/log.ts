// One log channel for the extension, "Delivery Rhythm" in the Output view.
import * as vscode from 'vscode';

export function registerLog(context: vscode.ExtensionContext): vscode.LogOutputChannel {
  const log = vscode.window.createOutputChannel('Delivery Rhythm', { log: true });
  context.subscriptions.push(log);
  return log;
}

/** Messages from anything thrown: one wording for the extension and the CLI. */
export { describeError } from './core/errors';
