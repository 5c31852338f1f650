// A problem badge on initiative rows: the counts ride in a URI of our own scheme, read back here.
import * as vscode from 'vscode';
import type { Finding } from '../core/model';

const SCHEME = 'delivery-rhythm';

/** A URI that carries the error and warning counts of one initiative, or undefined when it has none. */
export function problemUri(key: string, findings: readonly Finding[]): vscode.Uri | undefined {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (!errors && !warnings) return undefined;
  return vscode.Uri.from({
    scheme: SCHEME,
    path: `/${encodeURIComponent(key)}`,
    query: `errors=${errors}&warnings=${warnings}`,
  });
}

export function registerProblemDecorations(context: vscode.ExtensionContext): void {
  const provider: vscode.FileDecorationProvider = {
    provideFileDecoration(uri) {
      if (uri.scheme !== SCHEME) return undefined;
      const query = new URLSearchParams(uri.query);
      const errors = Number(query.get('errors') ?? 0);
      const warnings = Number(query.get('warnings') ?? 0);
      const parts = [
        errors && `${errors} error${errors > 1 ? 's' : ''}`,
        warnings && `${warnings} warning${warnings > 1 ? 's' : ''}`,
      ];
      return new vscode.FileDecoration(
        String(Math.min(errors + warnings, 99)),
        parts.filter(Boolean).join(', '),
        new vscode.ThemeColor(errors ? 'list.errorForeground' : 'list.warningForeground'),
      );
    },
  };
  context.subscriptions.push(vscode.window.registerFileDecorationProvider(provider));
}
