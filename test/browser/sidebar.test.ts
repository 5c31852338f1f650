// The sidebar in a real VS Code: the example plan shows in both views as the core computes it,
// and its findings reach the Problems panel. Its screenshot goes to test-results/screenshots/.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { isoWeekOf } from '../../src/core/dates';
import { weekHealth } from '../../src/core/health';
import { loadDeliveryFolder } from '../../src/core/load';
import { lint } from '../../src/core/rules';
import { collectBlockers } from '../../src/core/view/blockers';
import { groupInitiatives } from '../../src/core/view/grouping';
import { FIXTURE_TODAY } from '../helpers/fixtureDate';
import { widenSidebar } from '../host/codeServer';
import { hostedWorkbench } from '../host/hostedWorkbench';
import { projectRoot } from '../host/paths';
import { saveScreenshot } from '../host/screenshots';

/** What the views should show for the example plan on the fixtures' day: the first group and blocker, and the error and warning counts. */
async function expected() {
  const model = await loadDeliveryFolder(join(projectRoot(), 'examples/acme'));
  const week = isoWeekOf(FIXTURE_TODAY);
  const [group] = groupInitiatives(
    model.initiatives,
    'health',
    (initiative) => weekHealth(initiative, model.statuses, week).status,
  );
  const findings = lint(model, { asOf: FIXTURE_TODAY });
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  return {
    group,
    blocker: collectBlockers(model, FIXTURE_TODAY)[0],
    errors: count('error'),
    warnings: count('warning'),
  };
}

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

    const want = await expected();
    const firstGroup = (await initiatives.first().innerText()).replace(/\s+/g, ' ').trim();
    assert.match(
      firstGroup,
      new RegExp(`^${want.group.label} ?${want.group.initiatives.length}$`),
      `the first group, with its number of initiatives: ${firstGroup}`,
    );
    assert.ok(
      (await blockers.first().innerText()).startsWith(want.blocker.text),
      `the oldest blocker first: ${want.blocker.text}`,
    );
    const label = (await problems.getAttribute('aria-label')) ?? '';
    assert.match(label, new RegExp(`Errors: ${want.errors}\\b`), label);
    assert.match(label, new RegExp(`Warnings: ${want.warnings}\\b`), label);
    assert.ok((await markers.count()) > 0, 'no row in the Problems panel');
  });
});
