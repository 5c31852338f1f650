// "Edit Weekly Status" told which folder opens that folder's form; there is one form per folder,
// and a folder that is not open or has no plan gets none.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { deliveryApi, waitFor } from '../extensionApi';
import { acceptFirstPick, exampleFolder, plainFolder, secondFolder } from './folders';

interface WeeklyStatusResult {
  folder: string;
  opened: boolean;
}

const VIEW_TYPE = 'deliveryRhythm.weeklyStatus';
/** The ISO week of the suite's fixed "today", 2026-11-25. */
const AS_OF_WEEK = '2026-W48';

function edit(arg: unknown): Thenable<WeeklyStatusResult | undefined> {
  return vscode.commands.executeCommand<WeeklyStatusResult | undefined>('deliveryRhythm.editWeeklyStatus', arg);
}

/** The open Weekly Status forms; VS Code may prefix a tab's view type, so only its end is compared. */
function formTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(VIEW_TYPE));
}

function activeTitle(): string | undefined {
  return vscode.window.tabGroups.activeTabGroup.activeTab?.label;
}

/** Waits until the active tab is a form with `title` (set once the form has loaded its week). */
async function waitForActiveForm(title: string): Promise<void> {
  await waitFor(`the active form "${title}"`, () =>
    activeTitle() === title && formTabs().some((tab) => tab.isActive) ? true : undefined,
  );
}

describe('Edit Weekly Status in a multi-root workspace', () => {
  before(async () => {
    await deliveryApi();
  });

  after(async () => {
    await vscode.window.tabGroups.close(formTabs());
  });

  it("still takes a week as text, as the form's Reopen passes it, and asks which folder", async () => {
    let settled = false;
    const running = Promise.resolve(edit('2026-W47')).finally(() => (settled = true));
    const result = await acceptFirstPick(running, () => settled);
    assert.deepEqual(result, { folder: exampleFolder().uri.toString(), opened: true });
    await waitForActiveForm('Weekly Status 2026-W47');
    assert.equal(formTabs().length, 1);
  });

  it('opens a second form for the folder named in the options, beside the first', async () => {
    const result = await edit({ folder: secondFolder().name });
    assert.deepEqual(result, { folder: secondFolder().uri.toString(), opened: true });
    await waitForActiveForm(`Weekly Status ${AS_OF_WEEK}`);
    assert.equal(formTabs().length, 2);
  });

  it('brings forward the form a folder already has, named by its URI, instead of opening another', async () => {
    const result = await edit({ folder: exampleFolder().uri.toString(), week: AS_OF_WEEK });
    assert.deepEqual(result, { folder: exampleFolder().uri.toString(), opened: false });
    await waitForActiveForm('Weekly Status 2026-W47');
    assert.equal(formTabs().length, 2);
  });

  it('opens no form for the folder without a plan', async () => {
    assert.equal(await edit({ folder: plainFolder().name }), undefined);
    assert.equal(formTabs().length, 2);
  });

  it('opens no form for a folder that is not open', async () => {
    assert.equal(await edit({ folder: 'nowhere' }), undefined);
    assert.equal(formTabs().length, 2);
  });

  it('refuses an option it does not know, and opens no form', async () => {
    assert.equal(await edit({ folder: secondFolder().name, quarter: '2026-Q4' }), undefined);
    assert.equal(formTabs().length, 2);
  });
});
