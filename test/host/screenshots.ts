// Screenshots go to test-results/ on every run; docs/images/ changes only when asked
// (UPDATE_SCREENSHOTS=1, as `npm run screenshots` does), so a test run leaves the tree clean.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from './paths';

export function screenshotsDir(): string {
  return join(projectRoot(), 'test-results', 'screenshots');
}

/** Saves `page` as test-results/screenshots/<name>, and copies it to docs/images/<name> when UPDATE_SCREENSHOTS=1. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotsDir(), { recursive: true });
  const path = join(screenshotsDir(), name);
  await page.screenshot({ path });
  if (process.env.UPDATE_SCREENSHOTS === '1') await copyFile(path, join(projectRoot(), 'docs', 'images', name));
  return path;
}
