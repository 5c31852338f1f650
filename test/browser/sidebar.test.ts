// The sidebar in a real VS Code: the example plan shows in both views and its findings reach
// the Problems panel. Its screenshot goes to test-results/screenshots/ for a look by eye.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { widenSidebar } from '../host/codeServer';
import { hostedWorkbench } from '../host/hostedWorkbench';
import { saveScreenshot } from '../host/screenshots';

function viewRows(page: Page, view: string) {
  const pane = page.locator('.pane', { has: page.locator(`.pane-header[aria-label="${view} Section"]`) });
  return pane.locator('.monaco-list-row');
}

describe('sidebar', () => {
  const host = hostedWorkbench({
    kind: 'example',
    server: { userSettings: { 'workbench.colorTheme': 'Default Dark Modern', 'window.title': 'acme' } },
    size: { width: 1280, height: 800 },
  });

  it('lists the example initiatives and blockers, and counts their problems', async () => {
    const { page } = host.workbench;
    await page.locator('.activitybar a.action-label[aria-label="Delivery Rhythm"]').click();
    await widenSidebar(page, 200);
    const initiatives = viewRows(page, 'Initiatives');
    const blockers = viewRows(page, 'Blockers');
    await initiatives.first().waitFor({ timeout: 30_000 });
    await blockers.first().waitFor({ timeout: 30_000 });

    const problems = page.locator('#status\\.problems');
    await problems.click();
    const markers = page.locator('.markers-panel .monaco-list-row');
    await markers.first().waitFor({ timeout: 30_000 });
    await saveScreenshot(page, 'sidebar.png');

    assert.ok((await initiatives.count()) > 0, 'no row in the Initiatives view');
    assert.ok((await blockers.count()) > 0, 'no row in the Blockers view');
    assert.match((await problems.getAttribute('aria-label')) ?? '', /(Errors|Warnings): [1-9]/);
    assert.ok((await markers.count()) > 0, 'no row in the Problems panel');
  });
});
