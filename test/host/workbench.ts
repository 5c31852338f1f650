// Drives the code-server workbench in Debian's chromium through playwright-core.
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { CHROMIUM } from './paths';

export interface Workbench {
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Opens `folder` (or a multi-root workspace, when it is a `.code-workspace` file) in the workbench
 * served at `url` and waits until the workbench is drawn.
 */
export async function openWorkbench(
  url: string,
  folder: string,
  options: { width?: number; height?: number } = {},
): Promise<Workbench> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 } });
    await page.goto(`${url}/?${folder.endsWith('.code-workspace') ? 'workspace' : 'folder'}=${folder}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return { browser, page, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Runs a command from the palette by its title, e.g. `Delivery: Refresh`. Right after startup the
 * palette may not list extension commands yet, so it reopens until the entry shows (up to 30 s).
 */
export async function runCommand(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  const entry = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    try {
      await entry.waitFor({ timeout: 3_000 });
      break;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`The command palette has no entry "${title}".`, { cause: error });
    }
  }
  await page.keyboard.press('Enter');
}

/** The document inside the active webview (VS Code nests it in two iframes). */
export function webviewFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** Widens the side bar by `by` pixels, so its rows show whole ("owner · target"). */
export async function widenSidebar(page: Page, by: number): Promise<void> {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) throw new Error('the sidebar is not visible');
  const edge = box.x + box.width;
  await page.mouse.move(edge, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(edge + by, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.mouse.move(edge + by + 300, box.y + box.height / 2);
}

/** Hides the primary side bar for `body` (e.g. a screenshot of an editor alone), then shows it again if it was shown. */
export async function withoutSidebar(page: Page, body: () => Promise<void>): Promise<void> {
  const toggle = page.locator('.titlebar .action-label[aria-label^="Toggle Primary Side Bar"]');
  const sidebar = page.locator('.part.sidebar');
  const shown = await sidebar.isVisible();
  if (shown) await toggle.click();
  await sidebar.waitFor({ state: 'hidden', timeout: 10_000 });
  await body();
  if (shown) await toggle.click();
}
