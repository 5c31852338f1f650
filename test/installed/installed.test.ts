// The .vsix as a user gets it: installed by code-server's own installer into a fresh extensions
// folder (no copy of the source tree), then driven in chromium on the example plan. A file left
// out by .vscodeignore, or one packed that nothing runs, fails here.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runCommand } from '../host/codeServer';
import { hostedWorkbench } from '../host/hostedWorkbench';
import { saveScreenshot } from '../host/screenshots';
import { builtVsix, filesTheExtensionLoads, installedFolderName, PACKAGE_DOCUMENTS } from '../host/vsix';
import type { Page } from 'playwright-core';

const SIZE = { width: 1280, height: 800 };
const CONTAINER = '.activitybar a.action-label[aria-label^="Delivery Rhythm"]';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function viewRows(page: Page, view: string) {
  const pane = page.locator('.pane', { has: page.locator(`.pane-header[aria-label="${view} Section"]`) });
  return pane.locator('.monaco-list-row');
}

async function waitForFile(path: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`${path} was not written within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return readFileSync(path, 'utf8');
}

describe('the .vsix installed into a fresh code-server, on the example plan', () => {
  const host = hostedWorkbench({ kind: 'example', server: { vsix: builtVsix() }, size: SIZE });

  it('is the only copy of the extension, installed from the package', () => {
    const entries = readdirSync(host.server.extensionsDir).filter(
      (name) => name !== 'extensions.json' && !name.startsWith('.'),
    );
    assert.deepEqual(entries, [installedFolderName()]);
    const registry = JSON.parse(readFileSync(join(host.server.extensionsDir, 'extensions.json'), 'utf8')) as {
      metadata?: { source?: string };
    }[];
    assert.deepEqual(
      registry.map((entry) => entry.metadata?.source),
      ['vsix'],
    );
  });

  it('holds every file the extension loads, and nothing else but its documents', () => {
    const root = join(host.server.extensionsDir, installedFolderName());
    const installed = filesUnder(root)
      .map((path) => relative(root, path))
      .sort();
    const loads = filesTheExtensionLoads();
    assert.deepEqual(
      loads.filter((file) => !installed.includes(file)),
      [],
      'missing from the package',
    );
    assert.deepEqual(
      installed.filter((file) => !loads.includes(file) && !PACKAGE_DOCUMENTS.includes(file)),
      [],
      'packed but never loaded',
    );
  });

  it('shows its container in the activity bar, with the Initiatives and Blockers trees', async () => {
    const { page } = host.workbench;
    await page.locator(CONTAINER).click({ timeout: 60_000 });
    const initiatives = viewRows(page, 'Initiatives');
    await initiatives.filter({ hasText: 'Payments revamp' }).first().waitFor({ timeout: 30_000 });
    await viewRows(page, 'Blockers').filter({ hasText: 'PCI audit sign-off' }).first().waitFor({ timeout: 30_000 });
    assert.ok((await initiatives.count()) > 1);
  });

  it("shows the example's team owner as a diagnostic in the Problems panel", async () => {
    const { page } = host.workbench;
    const problems = page.locator('#status\\.problems');
    await problems.click();
    const marker = page.locator('.markers-panel .monaco-list-row', { hasText: 'Owner "Mobile team" names a group' });
    await marker.first().waitFor({ timeout: 30_000 });
    assert.match((await problems.getAttribute('aria-label')) ?? '', /Errors: [1-9]/);
    await saveScreenshot(page, 'installed-sidebar.png');
  });

  it("writes this week's executive update from the palette", async () => {
    const { page } = host.workbench;
    await runCommand(page, 'Delivery: Generate Weekly Executive Update');
    await page
      .locator('.quick-input-list .monaco-list-row', { hasText: '2026-W48' })
      .first()
      .waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    const update = await waitForFile(join(host.workspace, '.delivery', 'updates', '2026-W48.md'), 60_000);
    assert.match(update, /2026-W48/);
    assert.match(update, /Payments revamp/);
  });
});
