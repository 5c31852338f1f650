// Quick fixes for the rules a lead fixes most: owner, target, outcome, why.
import * as vscode from 'vscode';
import type { AuthorSource } from '../authors';
import { formatPerson } from '../authors';
import { debtOwnerEdit, isDebtOrInvestmentsFile } from '../core/debtQuickfix';
import type { YamlEdit } from '../core/edit/yamlEdit';
import { describeError } from '../core/errors';
import type { Initiative } from '../core/model';
import { addOutcomeEdit, addWhyEdit, nextQuarter, nextQuarterTargetEdit, setOwnerEdit } from '../core/quickfix';
import { relativePath } from '../workspaceModel';
import type { DeliveryWorkspace } from '../workspaceModel';
import { initiativeAt, initiativesIn, toWorkspaceEdit } from './documentInitiatives';

const AUTHORS_OFFERED = 3;

class DeliveryQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly workspace: DeliveryWorkspace,
    private readonly authors: AuthorSource,
  ) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const folder = this.workspace.deliveryFolderOf(document.uri);
    const ours = context.diagnostics.filter((d) => d.source === 'delivery');
    if (!folder || !ours.length) return [];
    const initiatives = initiativesIn(document, folder);
    const asOf = this.workspace.stateFor(document.uri)?.asOf ?? this.workspace.today('UTC');
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const initiative = initiativeAt(initiatives, diagnostic.range.start);
      if (initiative) actions.push(...(await this.fixesFor(document, folder, diagnostic, initiative, asOf)));
      else if (isDebtOrInvestmentsFile(document.uri.path))
        actions.push(...(await this.debtOwnerFixes(document, folder, diagnostic)));
    }
    return actions;
  }

  /** "Set owner to …" with recent authors on a debt item or an investment. */
  private async debtOwnerFixes(
    document: vscode.TextDocument,
    folder: vscode.WorkspaceFolder,
    diagnostic: vscode.Diagnostic,
  ): Promise<vscode.CodeAction[]> {
    if (diagnostic.code !== 'owner-missing' && diagnostic.code !== 'owner-not-a-person') return [];
    const text = document.getText();
    const file = relativePath(folder, document.uri);
    const offset = document.offsetAt(diagnostic.range.start);
    const authors = (await this.authors.get(folder)).slice(0, AUTHORS_OFFERED);
    return authors
      .map((person) =>
        quickFix(`Set owner to ${person.name}`, document, diagnostic, () =>
          debtOwnerEdit(text, file, offset, formatPerson(person)),
        ),
      )
      .filter(isAction);
  }

  private async fixesFor(
    document: vscode.TextDocument,
    folder: vscode.WorkspaceFolder,
    diagnostic: vscode.Diagnostic,
    initiative: Initiative,
    asOf: string,
  ): Promise<vscode.CodeAction[]> {
    const text = document.getText();
    const fix = (title: string, edit: () => YamlEdit | undefined) => quickFix(title, document, diagnostic, edit);
    switch (diagnostic.code) {
      case 'owner-missing':
      case 'owner-not-a-person': {
        const authors = (await this.authors.get(folder)).slice(0, AUTHORS_OFFERED);
        const direct = authors.map((person) =>
          fix(`Set owner to ${person.name}`, () => setOwnerEdit(text, initiative, formatPerson(person))),
        );
        const ask = new vscode.CodeAction('Set owner…', vscode.CodeActionKind.QuickFix);
        ask.diagnostics = [diagnostic];
        ask.command = {
          command: 'deliveryRhythm.setOwner',
          title: 'Set owner…',
          arguments: [{ uri: document.uri.toString(), id: initiative.id }],
        };
        return [...direct.filter(isAction), ask];
      }
      case 'target-unbounded':
      case 'target-missing':
        return [
          fix(`Set target to ${nextQuarter(asOf)} (next quarter)`, () => nextQuarterTargetEdit(text, initiative, asOf)),
        ].filter(isAction);
      case 'outcome-missing':
        return [fix('Add an outcome skeleton', () => addOutcomeEdit(text, initiative))].filter(isAction);
      case 'why-missing':
        return [fix('Add a why', () => addWhyEdit(text, initiative))].filter(isAction);
      default:
        return [];
    }
  }
}

/**
 * The fix, undefined when there is nothing to change; a fix the engine refuses stays in the list,
 * disabled, with the reason VS Code shows when it is chosen.
 */
function quickFix(
  title: string,
  document: vscode.TextDocument,
  diagnostic: vscode.Diagnostic,
  compute: () => YamlEdit | undefined,
): vscode.CodeAction | undefined {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  try {
    const edit = compute();
    if (!edit) return undefined;
    action.edit = toWorkspaceEdit(document, edit);
  } catch (error) {
    action.disabled = { reason: describeError(error) };
  }
  return action;
}

function isAction(action: vscode.CodeAction | undefined): action is vscode.CodeAction {
  return action !== undefined;
}

export function registerQuickFixes(
  context: vscode.ExtensionContext,
  workspace: DeliveryWorkspace,
  authors: AuthorSource,
): void {
  const selector: vscode.DocumentSelector = [{ pattern: '**/.delivery/**/*.{yaml,yml}' }];
  const provider = new DeliveryQuickFixes(workspace, authors);
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(selector, provider, {
      providedCodeActionKinds: DeliveryQuickFixes.kinds,
    }),
  );
}
