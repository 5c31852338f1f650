// "Create Delivery Folder" told which folder writes .delivery/ into that open folder and nowhere
// else, and refuses a folder that is not open without writing anything.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DeliveryRhythmApi } from '../../../src/api';
import { MULTI_ROOT } from '../../host/multiRootWorkspace';
import { deliveryApi, label, waitFor } from '../extensionApi';
import { exampleFolder, exists, fileIn, plainFolder, secondFolder } from './folders';

const ANSWERS = { team: 'Web', owner: 'Kai Moss <kai@acme.io>' };

function init(options: Record<string, unknown>): Thenable<string[] | undefined> {
  return vscode.commands.executeCommand<string[] | undefined>('deliveryRhythm.init', { ...options, ...ANSWERS });
}

/** Every file under .delivery/ of the folders that had a plan before, so a stray write shows. */
async function otherPlans(): Promise<string[]> {
  const found = await Promise.all(
    [exampleFolder(), secondFolder()].map((folder) =>
      vscode.workspace.findFiles(new vscode.RelativePattern(folder, '.delivery/**')),
    ),
  );
  return found
    .flat()
    .map((uri) => uri.toString())
    .sort();
}

async function folderRows(api: DeliveryRhythmApi): Promise<string[]> {
  return (await api.initiatives.getChildren()).map(label);
}

describe('Create Delivery Folder in a multi-root workspace', () => {
  let api: DeliveryRhythmApi;
  let plansBefore: string[];

  before(async () => {
    api = await deliveryApi();
    plansBefore = await otherPlans();
  });

  it('refuses a folder that is not open and writes nothing', async () => {
    assert.equal(await init({ folder: 'nowhere' }), undefined);
    assert.equal(await exists(fileIn(plainFolder(), '.delivery')), false);
    assert.deepEqual(await otherPlans(), plansBefore);
  });

  describe('given the folder without a plan', () => {
    let created: string[] | undefined;

    before(async () => {
      created = await init({ folder: plainFolder().name });
    });

    after(async () => {
      await removePlan(api);
    });

    it("writes the config, a first initiative and a status into that folder's .delivery/", async () => {
      const plan = `${fileIn(plainFolder(), '.delivery').toString()}/`;
      assert.equal(created?.length, 5, `created: ${JSON.stringify(created)}`);
      assert.deepEqual(
        created.filter((uri) => !uri.startsWith(plan)),
        [],
      );
      for (const uri of created) assert.ok(await exists(vscode.Uri.parse(uri)), `${uri} was not written`);
      assert.ok(await exists(fileIn(plainFolder(), '.delivery/config.yaml')));
    });

    it('writes nothing into the folders that already had a plan', async () => {
      assert.deepEqual(await otherPlans(), plansBefore);
    });

    it('adds the folder to the Initiatives view, after the others', async () => {
      await waitFor("the new plan's folder row", async () => ((await folderRows(api)).length === 3 ? true : undefined));
      assert.deepEqual(await folderRows(api), [MULTI_ROOT.example, MULTI_ROOT.second, MULTI_ROOT.plain]);
    });
  });
});

/** Closes the editors the command opened and deletes the plan, so the other tests see the workspace as it was. */
async function removePlan(api: DeliveryRhythmApi): Promise<void> {
  const plan = fileIn(plainFolder(), '.delivery');
  const editors = vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.path.startsWith(`${plan.path}/`));
  await vscode.window.tabGroups.close(editors);
  await vscode.workspace.fs.delete(plan, { recursive: true });
  await vscode.commands.executeCommand('deliveryRhythm.refresh');
  await api.idle();
  await waitFor('the removed plan to leave the Initiatives view', async () =>
    (await folderRows(api)).length === 2 ? true : undefined,
  );
}
