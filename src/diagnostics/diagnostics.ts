// Findings become diagnostics: live from editor text (debounced), from disk for unopened files.
import * as vscode from 'vscode';
import type { Finding, Severity } from '../core/model';
import type { DeliveryWorkspace } from '../workspaceModel';

const TYPING_DELAY_MS = 300;

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

function toDiagnostic(finding: Finding): vscode.Diagnostic {
  const { start, end } = finding.range;
  const range = new vscode.Range(start.line, start.column, end.line, end.column);
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITIES[finding.severity]);
  diagnostic.source = 'delivery';
  diagnostic.code = finding.code;
  return diagnostic;
}

export function registerDiagnostics(
  context: vscode.ExtensionContext,
  workspace: DeliveryWorkspace,
): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection('delivery');
  const publish = () => {
    const next = new Map<string, [vscode.Uri, vscode.Diagnostic[]]>();
    for (const state of workspace.list()) {
      for (const finding of state.findings) {
        const uri = vscode.Uri.joinPath(state.folder.uri, finding.file);
        const entry = next.get(uri.toString()) ?? [uri, []];
        entry[1].push(toDiagnostic(finding));
        next.set(uri.toString(), entry);
      }
    }
    // Files that lost all findings (fixed, deleted, or their folder closed) are cleared.
    collection.forEach((uri) => {
      if (!next.has(uri.toString())) collection.delete(uri);
    });
    for (const [uri, diagnostics] of next.values()) collection.set(uri, diagnostics);
  };
  const onEdit = (document: vscode.TextDocument) => {
    const folder = workspace.deliveryFolderOf(document.uri);
    if (folder) workspace.schedule(folder, TYPING_DELAY_MS);
  };
  context.subscriptions.push(
    collection,
    workspace.onDidChange(publish),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length) onEdit(event.document);
    }),
    // Closing an unsaved editor brings the file on disk back as the truth.
    vscode.workspace.onDidCloseTextDocument(onEdit),
  );
  return collection;
}
