// Set Owner from the Initiatives view in a real VS Code: the initiative's contributors come first,
// and a name typed in the list is kept when "Type a name…" is chosen.
import * as assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { hostedWorkbench } from '../host/hostedWorkbench';

/**
 * Right-clicks `row` and chooses `name` until `shown` appears. The tree redraws its rows as the
 * plan and git load, which can close a menu just opened, and a menu ignores a click that comes
 * right as it opens: so each step is retried a few times, not waited on once.
 */
async function chooseFromContextMenu(page: Page, row: Locator, name: string, shown: Locator): Promise<void> {
  const item = page.getByRole('menuitem', { name });
  for (let attempt = 1; ; attempt++) {
    try {
      await row.click({ button: 'right' });
      await item.waitFor({ timeout: 5_000 });
      await page.waitForTimeout(500);
      await item.click({ timeout: 5_000 });
      await shown.waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 5) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

describe('Set Owner', () => {
  const host = hostedWorkbench({ kind: 'example', size: { width: 1280, height: 800 } });

  it('lists the contributors first and keeps a typed name for the input box', async () => {
    const { page } = host.workbench;
    await page.locator('.activitybar a.action-label[aria-label^="Delivery Rhythm"]').click();
    const row = page.locator('.monaco-list-row', { hasText: 'Mobile onboarding in three screens' }).first();
    await row.waitFor({ timeout: 60_000 });
    const items = page.locator('.quick-input-list .monaco-list-row');
    await chooseFromContextMenu(page, row, 'Set Owner…', items.first());

    const rows = (await items.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    assert.deepEqual(
      rows.slice(0, 3),
      ['Ana Ruiz contributor', 'Tom Berg contributor', 'Dana Kimdana@acme.io'],
      `the contributors come first: ${rows.join(' | ')}`,
    );

    await page.locator('.quick-input-widget input').fill('Zoë Quinn <zoe@acme.io>');
    await items.filter({ hasText: 'Type a name' }).waitFor();
    await page.keyboard.press('Enter');
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-widget', { hasText: 'One person, not a team' }).waitFor({ timeout: 15_000 });
    assert.equal(await input.inputValue(), 'Zoë Quinn <zoe@acme.io>', 'the typed name is kept');
    await page.keyboard.press('Enter');

    const file = join(host.workspace, '.delivery', 'initiatives', 'mobile-onboarding.yaml');
    const deadline = Date.now() + 15_000;
    let text = '';
    while (Date.now() < deadline && !(text = await readFile(file, 'utf8')).includes('Zoë Quinn'))
      await new Promise((r) => setTimeout(r, 200));
    assert.match(text, /^owner: Zoë Quinn <zoe@acme\.io>$/m);
  });
});
