// The Initiatives and Blockers views show one row per folder that has a plan, each with its own
// initiatives, blockers and shipped work.
import * as assert from 'node:assert/strict';
import type { DeliveryRhythmApi } from '../../../src/api';
import type { FolderNode } from '../../../src/tree/folderNode';
import type { DetailNode, GroupNode, InitiativeNode } from '../../../src/tree/initiativeNodes';
import { MULTI_ROOT, SECOND_PLAN_SHIPPED_TITLE, SIBLING_SHIPPED_TITLE } from '../../host/multiRootWorkspace';
import { deliveryApi, label } from '../extensionApi';

describe('trees in a multi-root workspace', () => {
  let api: DeliveryRhythmApi;

  before(async () => {
    api = await deliveryApi();
  });

  async function folderRows(): Promise<FolderNode[]> {
    return (await api.initiatives.getChildren()) as FolderNode[];
  }

  async function initiativesOf(folder: FolderNode): Promise<InitiativeNode[]> {
    const groups = (await api.initiatives.getChildren(folder)) as GroupNode[];
    return (await Promise.all(groups.map((group) => api.initiatives.getChildren(group)))).flat() as InitiativeNode[];
  }

  describe('Initiatives', () => {
    it('has one folder row per folder with a plan, in workspace order, and none for the folder without one', async () => {
      const rows = await folderRows();
      assert.deepEqual(rows.map(label), [MULTI_ROOT.example, MULTI_ROOT.second]);
      assert.ok(rows.every((row) => row.contextValue === 'folder'));
      assert.deepEqual(
        rows.map((row) => row.description),
        ['Checkout', 'Billing'],
        'each folder row names its team',
      );
    });

    it("lists under each folder only that folder's initiatives", async () => {
      const [example, second] = await folderRows();
      const secondTitles = (await initiativesOf(second)).map(label).sort();
      assert.deepEqual(secondTitles, ['Billing traces', 'PDF invoices', 'Smarter payment retries']);
      const exampleTitles = (await initiativesOf(example)).map(label);
      assert.ok(exampleTitles.includes('Gift cards'), exampleTitles.join(', '));
      assert.ok(!exampleTitles.some((title) => secondTitles.includes(title)), exampleTitles.join(', '));
    });

    it('reads "Shipped this week" from each folder\'s own repository and the siblings its repos: lists', async () => {
      const [, second] = await folderRows();
      const rows = await initiativesOf(second);
      const shipped = async (id: string) => {
        const row = rows.find((r) => r.initiative.id === id)!;
        return ((await api.initiatives.getChildren(row)) as DetailNode[]).find(
          (detail) => label(detail) === 'Shipped this week',
        )!;
      };
      const invoices = await shipped('invoice-pdf');
      assert.equal(invoices.description, '1 item in 2026-W48');
      assert.deepEqual(invoices.items.map(label), [SECOND_PLAN_SHIPPED_TITLE]);
      // The sibling is a folder of this workspace too, read because config.yaml lists it, in a trusted workspace.
      const dunning = await shipped('dunning');
      assert.equal(dunning.description, '1 item in 2026-W48');
      assert.deepEqual(dunning.items.map(label), [SIBLING_SHIPPED_TITLE]);
      assert.equal((await shipped('observability')).description, 'nothing yet in 2026-W48');
    });
  });

  describe('Blockers', () => {
    it('has one folder row per plan, counting its own blockers', async () => {
      const rows = (await api.blockers.getChildren()) as FolderNode[];
      assert.deepEqual(rows.map(label), [MULTI_ROOT.example, MULTI_ROOT.second]);
      const [example, second] = rows;
      const exampleBlockers = await api.blockers.getChildren(example);
      assert.ok(exampleBlockers.length > 0, 'the example has blockers');
      assert.equal(example.description, String(exampleBlockers.length));
      assert.equal(second.description, '0');
      assert.deepEqual(await api.blockers.getChildren(second), []);
    });
  });
});
