// Restricted Mode: trees and diagnostics come from the files, reports are files-only, and git never runs.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DeliveryRhythmApi } from '../../../src/api';
import { RESTRICTED_NOTE } from '../../../src/core/reports/inputs';
import type { GroupNode, InitiativeNode } from '../../../src/tree/initiativeNodes';
import { AS_OF, deliveryApi, label, recordGitSpawns } from '../extensionApi';

describe('Delivery Rhythm in Restricted Mode', () => {
  let api: DeliveryRhythmApi;
  let recorder: ReturnType<typeof recordGitSpawns>;

  before(async () => {
    recorder = recordGitSpawns();
    api = await deliveryApi();
    await vscode.commands.executeCommand('deliveryRhythm.refresh');
    await api.idle();
  });

  after(() => recorder.restore());

  it('shows the initiatives from the files, without "Shipped this week"', async () => {
    const groups = (await api.initiatives.getChildren()) as GroupNode[];
    const rows = (await Promise.all(groups.map((g) => api.initiatives.getChildren(g)))).flat() as InitiativeNode[];
    assert.ok(rows.length > 0);
    for (const row of rows) {
      const details = (await api.initiatives.getChildren(row)).map(label);
      assert.ok(details.includes('Owner'));
      assert.ok(!details.includes('Shipped this week'), `${label(row)}: ${details.join(', ')}`);
    }
  });

  it("reports the example plan's problems as diagnostics", () => {
    const all = vscode.languages
      .getDiagnostics()
      .flatMap(([, list]) => list)
      .filter((d) => d.source === 'delivery');
    assert.ok(
      all.some((d) => d.code === 'owner-not-a-person' || d.code === 'owner-missing'),
      `codes: ${all.map((d) => d.code).join(', ')}`,
    );
  });

  it('writes the weekly update from the files only and says why', async () => {
    const result = await vscode.commands.executeCommand<{ uri: string; usedGit: boolean }>(
      'deliveryRhythm.weeklyUpdate',
      {
        week: '2026-W47',
        asOf: AS_OF,
        open: false,
        replace: true,
      },
    );
    assert.equal(result?.usedGit, false);
    const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(result!.uri)));
    assert.ok(markdown.includes(RESTRICTED_NOTE.slice(0, 40)), markdown.slice(0, 400));
  });

  it('offers quick fixes without asking git for authors', async () => {
    const [uri, diagnostics] = vscode.languages
      .getDiagnostics()
      .find(([, list]) => list.some((d) => d.code === 'owner-not-a-person' || d.code === 'owner-missing'))!;
    const diagnostic = diagnostics.find((d) => d.code === 'owner-not-a-person' || d.code === 'owner-missing')!;
    await vscode.workspace.openTextDocument(uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
    );
    assert.deepEqual(
      actions.filter((a) => a.title.startsWith('Set owner')).map((a) => a.title),
      ['Set owner…'],
    );
  });

  it('never spawned git', () => {
    assert.deepEqual(recorder.commands, []);
    assert.equal(api.gitRuns(), 0);
  });
});
