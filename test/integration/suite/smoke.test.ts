// The real-host pipeline works end to end: the example folder is open in a trusted
// workspace and the extension registers its commands once active.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'delivery-rhythm.delivery-rhythm';

const COMMANDS = [
  'deliveryRhythm.refresh',
  'deliveryRhythm.weeklyUpdate',
  'deliveryRhythm.editWeeklyStatus',
  'deliveryRhythm.roadmapReview',
  'deliveryRhythm.quarterlyReview',
  'deliveryRhythm.init',
];

describe('smoke (trusted workspace)', () => {
  it('opens the example folder with its .delivery/ plan', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1);
    const found = await vscode.workspace.findFiles('.delivery/**/*.yaml');
    assert.ok(found.length > 0, 'no .delivery/*.yaml file in the workspace');
  });

  it('runs trusted', () => {
    assert.equal(vscode.workspace.isTrusted, true);
  });

  it('activates Delivery Rhythm', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('registers every Delivery command', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      COMMANDS.filter((id) => !registered.has(id)),
      [],
    );
  });
});
