// `npm run screenshots`: the README pictures, taken from the demo as it is built for today (or
// DELIVERY_RHYTHM_AS_OF): the sidebar, last week's executive update, and this week's status form
// prefilled from last week, in the dark and the light theme; the form stopped at a conflict and a
// card with its initiative file's blocker in light, dark and high contrast; then the Getting
// Started walkthrough as it opens in an empty folder. Each lands in docs/images/.
// `npm run screenshots -- walkthrough` takes the walkthrough alone.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clockFromEnv } from '../../src/core/clock';
import { DEMO_TIME_ZONE } from '../helpers/demoCalendar';
import { addDays, isoWeekOf } from '../../src/core/dates';
import { openWorkbench, runCommand, startCodeServer, webviewFrame, widenSidebar, withoutSidebar } from './codeServer';
import { projectRoot } from './paths';
import { makeExampleRepo } from './workspace';

const SIZE = { width: 1280, height: 860 };

interface Shot {
  theme: string;
  take: (page: Page, today: string, workspace: string) => Promise<void>;
}

const image = (name: string) => join(projectRoot(), 'docs', 'images', name);

async function sidebar(page: Page): Promise<void> {
  await page.locator('.activitybar a.action-label[aria-label^="Delivery Rhythm"]').click();
  await widenSidebar(page, 200);
  await page.locator('.pane-header[aria-label="Blockers Section"]').waitFor({ timeout: 30_000 });
  await page.locator('#status\\.problems').click();
  await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: image('sidebar.png') });
  await runCommand(page, 'View: Hide Panel');
  // Off the status bar, where the Problems click left it, so no tooltip shows in the next shot.
  await page.mouse.move(SIZE.width - 100, SIZE.height / 2);
}

async function form(page: Page, name: string): Promise<void> {
  await page.locator('.activitybar a.action-label[aria-label^="Delivery Rhythm"]').waitFor({ timeout: 60_000 });
  await runCommand(page, 'Delivery: Edit Weekly Status');
  const frame = webviewFrame(page);
  await frame.locator('.shipped[data-state="ready"]').first().waitFor({ timeout: 30_000 });
  await withoutSidebar(page, () => page.screenshot({ path: image(name) }).then(() => undefined));
}

async function lastWeeksUpdate(page: Page, today: string): Promise<void> {
  const lastWeek = isoWeekOf(addDays(today, -7));
  await runCommand(page, 'Delivery: Generate Weekly Executive Update');
  const input = page.locator('.quick-input-widget input');
  await input.fill(lastWeek);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: lastWeek }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await webviewFrame(page).locator('h1', { hasText: lastWeek }).waitFor({ timeout: 60_000 });
  await page
    .locator('.notifications-toasts .codicon-notifications-clear-all, .notification-toast .codicon-close')
    .first()
    .click()
    .catch(() => undefined);
  await withoutSidebar(page, () => page.screenshot({ path: image('weekly-update.png') }).then(() => undefined));
}

/**
 * The form stopped at a conflict (a teammate changed the headline the lead is editing), then the
 * card of an initiative whose blocker is written in its own file: `weekly-status-conflict-<look>.png`
 * and `weekly-status-blockers-<look>.png`.
 */
async function conflictAndBlockers(page: Page, today: string, workspace: string, look: string): Promise<void> {
  await page.locator('.activitybar a.action-label[aria-label^="Delivery Rhythm"]').waitFor({ timeout: 60_000 });
  await runCommand(page, 'Delivery: Edit Weekly Status');
  const frame = webviewFrame(page);
  await frame.locator('.shipped[data-state="ready"]').first().waitFor({ timeout: 30_000 });
  await frame.locator('input[name="headline"]').fill('Checkout steady; fraud scoring needs a decision');
  const file = join(workspace, '.delivery', 'status', `${isoWeekOf(today)}.yaml`);
  const original = existsSync(file) ? await readFile(file, 'utf8') : undefined;
  const text = original ?? `week: ${isoWeekOf(today)}\n`;
  const teammate = 'headline: Checkout steady; gift cards ready for the campaign';
  await writeFile(file, /^headline:/m.test(text) ? text.replace(/^headline: .*$/m, teammate) : `${text}${teammate}\n`);
  await frame.locator('vscode-button#save').click();
  await frame.locator('section.conflict').waitFor({ timeout: 15_000 });
  await withoutSidebar(page, () =>
    page.screenshot({ path: image(`weekly-status-conflict-${look}.png`) }).then(() => undefined),
  );
  const card = frame.locator('section.card[data-initiative="mobile-onboarding"]');
  await card.locator('fieldset.file-blockers').waitFor({ timeout: 15_000 });
  await withoutSidebar(page, async () => {
    await card.evaluate((el) =>
      (el as unknown as { scrollIntoView(options: unknown): void }).scrollIntoView({ block: 'start' }),
    );
    await page.screenshot({ path: image(`weekly-status-blockers-${look}.png`) });
  });
  // As it was, so the next look meets the same demo.
  await (original === undefined ? rm(file) : writeFile(file, original));
}

const SHOTS: Shot[] = [
  {
    theme: 'Default Dark Modern',
    take: async (page, today, workspace) => {
      await sidebar(page);
      await form(page, 'weekly-status-dark.png');
      await conflictAndBlockers(page, today, workspace, 'dark');
    },
  },
  {
    theme: 'Default Light Modern',
    take: async (page, today, workspace) => {
      await lastWeeksUpdate(page, today);
      await form(page, 'weekly-status-light.png');
      await conflictAndBlockers(page, today, workspace, 'light');
    },
  },
  {
    theme: 'Default High Contrast',
    take: (page, today, workspace) => conflictAndBlockers(page, today, workspace, 'high-contrast'),
  },
];

/** A new user's first sight: the walkthrough, opened by itself in a folder without a plan. */
async function walkthrough(home: string, today: string): Promise<void> {
  const workspace = join(home, 'shop');
  await mkdir(workspace);
  const server = await startCodeServer({
    workspace,
    asOf: today,
    userSettings: { 'workbench.colorTheme': 'Default Dark Modern', 'window.title': 'shop' },
  });
  try {
    const { page, close } = await openWorkbench(server.url, workspace, SIZE);
    try {
      await page
        .locator('.gettingStartedContainer h2', { hasText: 'Get Started with Delivery Rhythm' })
        .waitFor({ timeout: 60_000 });
      await withoutSidebar(page, async () => {
        // Off the title bar, where the toggle's tooltip would show; the step's picture fades in meanwhile.
        await page.mouse.move(SIZE.width / 2, SIZE.height - 100);
        await page.waitForTimeout(1_000);
        await page.screenshot({ path: image('walkthrough.png') });
      });
    } finally {
      await close();
    }
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const today = clockFromEnv(process.env).today(DEMO_TIME_ZONE);
  const home = await mkdtemp(join(tmpdir(), 'delivery-shots-'));
  const workspace = join(home, 'acme');
  const walkthroughOnly = process.argv.slice(2).includes('walkthrough');
  try {
    await makeExampleRepo(workspace, today);
    for (const shot of walkthroughOnly ? [] : SHOTS) {
      const server = await startCodeServer({
        workspace,
        asOf: today,
        userSettings: { 'workbench.colorTheme': shot.theme, 'window.title': 'acme' },
      });
      const workbench = await openWorkbench(server.url, workspace, SIZE).catch(async (error) => {
        await server.stop();
        throw error;
      });
      try {
        await shot.take(workbench.page, today, workspace);
      } finally {
        await workbench.close();
        await server.stop();
      }
    }
    await walkthrough(home, today);
    console.log(`[screenshots] docs/images/ taken from the demo built for ${today} (${isoWeekOf(today)})`);
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[screenshots] ${(error as Error).message}`);
  process.exitCode = 1;
});
