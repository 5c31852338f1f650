// Test screenshots go to test-results/screenshots/, for a look by eye; a test run leaves the tree
// clean. The README pictures in docs/images/ come from the demo (`npm run screenshots`, demoScreenshots.ts).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from './paths';

export function screenshotsDir(): string {
  return join(projectRoot(), 'test-results', 'screenshots');
}

/** Saves `page` as test-results/screenshots/<name>. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotsDir(), { recursive: true });
  const path = join(screenshotsDir(), name);
  await page.screenshot({ path });
  return path;
}
