// A new user's first minutes with the installed .vsix: in a folder without a plan the Getting
// Started walkthrough is what opens, and each step's button does its step and checks it off.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { webviewFrame } from '../host/codeServer';
import { hostedWorkbench } from '../host/hostedWorkbench';
import { saveScreenshot } from '../host/screenshots';
import { builtVsix } from '../host/vsix';

const TITLE = 'Get Started with Delivery Rhythm';
const WALKTHROUGH = 'delivery-rhythm.delivery-rhythm#deliveryRhythm.gettingStarted';
const STEPS: [id: string, title: string][] = [
  ['createFolder', 'Create the delivery folder'],
  ['nameOwner', 'Name an owner for the first initiative'],
  ['weeklyStatus', "Write this week's status in the form"],
  ['weeklyUpdate', 'Generate the weekly update'],
];

describe('the .vsix installed into a fresh code-server, in an empty folder', () => {
  const host = hostedWorkbench({
    kind: 'empty',
    server: { vsix: builtVsix(), userSettings: { 'window.title': 'shop' } },
    size: { width: 1280, height: 800 },
  });
  const walkthrough = () => host.workbench.page.locator('.gettingStartedContainer');
  const done = async () => {
    const boxes = STEPS.map(([id]) =>
      walkthrough().locator(`[role="checkbox"][data-done-step-id="${WALKTHROUGH}#${id}"]`),
    );
    return Promise.all(boxes.map(async (box) => (await box.getAttribute('aria-checked')) === 'true'));
  };
  const backToWalkthrough = async () => {
    await host.workbench.page.locator('.tabs-container .tab', { hasText: 'Walkthrough' }).click();
    await walkthrough().waitFor({ timeout: 15_000 });
  };
  // The step's button is pressed once the step has opened: while it opens, the page moves focus to
  // it, which would close a quick pick the button had already shown.
  const pressStepButton = async (title: string, button: string) => {
    await walkthrough().locator('.step-title', { hasText: title }).click();
    const step = walkthrough().locator('.getting-started-step.expanded', { hasText: title });
    await step.waitFor({ timeout: 15_000 });
    await host.workbench.page.waitForTimeout(500);
    await walkthrough().getByRole('button', { name: button }).first().click();
  };
  const waitUntilDone = async (expected: boolean[]) => {
    const deadline = Date.now() + 15_000;
    while (JSON.stringify(await done()) !== JSON.stringify(expected) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 250));
    assert.deepEqual(await done(), expected);
  };

  afterEach(async function () {
    if (this.currentTest?.state === 'failed')
      await saveScreenshot(
        host.workbench.page,
        `walkthrough-failed-${this.currentTest.title.slice(0, 20).replace(/\W+/g, '-')}.png`,
      );
  });

  it('opens the Getting Started walkthrough first, its four steps to do', async () => {
    await walkthrough().locator('h2', { hasText: TITLE }).waitFor({ timeout: 60_000 });
    for (const [, step] of STEPS)
      await walkthrough().locator('.step-title', { hasText: step }).first().waitFor({ timeout: 15_000 });
    await saveScreenshot(host.workbench.page, 'walkthrough.png');
    assert.deepEqual(await done(), [false, false, false, false]);
  });

  it('creates the delivery folder from the first button, which checks off the folder and the owner', async () => {
    const { page } = host.workbench;
    await walkthrough().getByRole('button', { name: 'Create Delivery Folder' }).first().click();
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill('Checkout');
    await page.keyboard.press('Enter');
    await page
      .locator('.quick-input-widget', { hasText: 'Owner of the first initiative' })
      .waitFor({ timeout: 15_000 });
    await input.fill('Dana Kim <dana@acme.io>');
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab', { hasText: 'first-initiative.yaml' }).waitFor({ timeout: 30_000 });
    const initiative = await readFile(
      join(host.workspace, '.delivery', 'initiatives', 'first-initiative.yaml'),
      'utf8',
    );
    assert.match(initiative, /^owner: Dana Kim <dana@acme\.io>$/m);
    await backToWalkthrough();
    await waitUntilDone([true, true, false, false]);
  });

  it("opens this week's status form from the third button, which checks it off", async () => {
    await pressStepButton(STEPS[2][1], 'Edit Weekly Status');
    await webviewFrame(host.workbench.page).locator('vscode-textfield[name="headline"]').waitFor({ timeout: 30_000 });
    await backToWalkthrough();
    await waitUntilDone([true, true, true, false]);
  });

  it('writes the weekly update from the last button, which checks it off', async () => {
    const { page } = host.workbench;
    const current = page.locator('.quick-input-list .monaco-list-row', { hasText: '2026-W48' }).first();
    await pressStepButton(STEPS[3][1], 'Generate Weekly Executive Update');
    // Pressed again if the week picker closed before it could be read (it closes when focus leaves it).
    await current
      .waitFor({ timeout: 5_000 })
      .catch(() => walkthrough().getByRole('button', { name: 'Generate Weekly Executive Update' }).first().click());
    await current.waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    const update = join(host.workspace, '.delivery', 'updates', '2026-W48.md');
    const deadline = Date.now() + 30_000;
    while (!existsSync(update) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    assert.match(await readFile(update, 'utf8'), /^# .*2026-W48/m);
    // The preview opens after the file is written; going back before it would lose the walkthrough behind it.
    await page.locator('.tabs-container .tab', { hasText: 'Preview 2026-W48.md' }).waitFor({ timeout: 30_000 });
    await backToWalkthrough();
    await waitUntilDone([true, true, true, true]);
  });
});
