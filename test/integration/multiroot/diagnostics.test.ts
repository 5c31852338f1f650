// Each folder's plan is linted on its own and its findings land on its own files; a folder without
// .delivery/ gets none, whatever YAML it holds.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SECOND_PLAN_AUTHOR } from '../../host/multiRootWorkspace';
import { deliveryApi, waitFor } from '../extensionApi';
import { codesIn, exampleFolder, fileIn, plainFolder, secondFolder } from './folders';

const TEAM_OWNED = '.delivery/initiatives/invoice-pdf.yaml';
const EXAMPLE_TEAM_OWNED = '.delivery/initiatives/mobile-onboarding.yaml';

describe('diagnostics in a multi-root workspace', () => {
  before(async () => {
    await deliveryApi();
  });

  it('flags the team owner of the second plan on its own file, at the owner', () => {
    const diagnostic = vscode.languages
      .getDiagnostics(fileIn(secondFolder(), TEAM_OWNED))
      .find((d) => d.code === 'owner-not-a-person');
    assert.ok(diagnostic, `codes: ${JSON.stringify(codesIn(secondFolder()))}`);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual([diagnostic.range.start.line, diagnostic.range.start.character], [1, 7]);
  });

  it('lints the second plan on its own: an id the example also uses is no duplicate-id', () => {
    assert.deepEqual(codesIn(secondFolder()), { [TEAM_OWNED]: ['owner-not-a-person'] });
  });

  it("keeps the example plan's findings under the example folder", () => {
    const codes = codesIn(exampleFolder());
    assert.ok(codes[EXAMPLE_TEAM_OWNED]?.includes('owner-not-a-person'), JSON.stringify(codes));
    assert.ok(
      codes['.delivery/initiatives/search-relevance.yaml']?.includes('target-unbounded'),
      JSON.stringify(codes),
    );
    assert.ok(
      Object.keys(codes).every((path) => path.startsWith('.delivery/')),
      JSON.stringify(codes),
    );
  });

  it('publishes nothing outside the two plans', () => {
    const plans = [exampleFolder(), secondFolder()].map((folder) => `${folder.uri.path}/.delivery/`);
    const stray = vscode.languages
      .getDiagnostics()
      .filter(
        ([uri, list]) => list.some((d) => d.source === 'delivery') && !plans.some((plan) => uri.path.startsWith(plan)),
      )
      .map(([uri]) => uri.toString());
    assert.deepEqual(stray, []);
  });

  it("offers as owners the commit authors of the second plan's own repository", async () => {
    const uri = fileIn(secondFolder(), TEAM_OWNED);
    const diagnostic = vscode.languages.getDiagnostics(uri).find((d) => d.code === 'owner-not-a-person')!;
    await vscode.workspace.openTextDocument(uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
    );
    assert.deepEqual(
      actions.filter((action) => action.title.startsWith('Set owner to ')).map((action) => action.title),
      [`Set owner to ${SECOND_PLAN_AUTHOR.name}`],
    );
  });

  describe('unsaved edits', () => {
    after(async () => {
      for (const uri of [fileIn(plainFolder(), 'plan/initiatives.yaml'), fileIn(secondFolder(), TEAM_OWNED)]) {
        await vscode.window.showTextDocument(uri);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    });

    it('follow the typing in one folder and leave the other folders alone', async () => {
      await edit(fileIn(plainFolder(), 'plan/initiatives.yaml'), 'owner: Web team', 'owner: Ops team');
      await edit(fileIn(secondFolder(), TEAM_OWNED), 'owner: Billing team', 'owner: Sam Ode');
      await waitFor('owner-not-a-person to vanish from the second plan', () =>
        Object.keys(codesIn(secondFolder())).length ? undefined : true,
      );
      assert.ok(codesIn(exampleFolder())[EXAMPLE_TEAM_OWNED]?.includes('owner-not-a-person'));
      assert.deepEqual(codesIn(plainFolder()), {});
    });

    it('bring the finding back when the editor is reverted', async () => {
      await vscode.window.showTextDocument(fileIn(secondFolder(), TEAM_OWNED));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor('owner-not-a-person to return', () =>
        codesIn(secondFolder())[TEAM_OWNED]?.includes('owner-not-a-person') ? true : undefined,
      );
    });
  });
});

/** Replaces `from` with `to` in the document's editor, leaving it unsaved. */
async function edit(uri: vscode.Uri, from: string, to: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const start = document.positionAt(document.getText().indexOf(from));
  assert.ok(document.getText().includes(from), `${uri.path} has no "${from}"`);
  const change = new vscode.WorkspaceEdit();
  change.replace(uri, new vscode.Range(start, start.translate(0, from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(change));
  assert.ok(document.isDirty);
}
