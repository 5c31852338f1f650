// One log channel for the extension, "Delivery Rhythm" in the Output view.
import * as vscode from 'vscode';

export function registerLog(context: vscode.ExtensionContext): vscode.LogOutputChannel {
  const log = vscode.window.createOutputChannel('Delivery Rhythm', { log: true });
  context.subscriptions.push(log);
  return log;
}

/** A message for the user and the log from anything thrown, keeping the hint of a DeliveryError. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const hint = (error as { hint?: unknown }).hint;
    return typeof hint === 'string' && hint ? `${error.message} ${hint}` : error.message;
  }
  return String(error);
}
