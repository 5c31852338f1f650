// The weekly status form in a real VS Code: opened from the palette on the example workspace,
// filled and saved; a file changed behind the form is never overwritten silently; the draft
// survives a window reload and the panel being closed; an invalid form cannot be saved. Takes the light and dark screenshots.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import { addDays } from '../../src/core/dates';
import { FIXTURE_TODAY } from '../helpers/fixtureDate';
import { runCommand, webviewFrame, withoutSidebar } from '../host/codeServer';
import { hostedWorkbench } from '../host/hostedWorkbench';
import { saveScreenshot, screenshotsDir } from '../host/screenshots';

const TITLE = 'Delivery: Edit Weekly Status';

async function openForm(page: Page): Promise<FrameLocator> {
  await page.locator('.activitybar a.action-label[aria-label="Delivery Rhythm"]').waitFor({ timeout: 60_000 });
  await runCommand(page, TITLE);
  const form = webviewFrame(page);
  await form.locator('vscode-textfield[name="headline"]').waitFor({ timeout: 30_000 });
  return form;
}

const valueOf = (form: FrameLocator, selector: string) =>
  form
    .locator(selector)
    .first()
    .evaluate((el) => (el as unknown as { value: string }).value);
const isDisabled = (form: FrameLocator) =>
  form
    .locator('vscode-button#save')
    .evaluate(
      (el) => (el as unknown as { getAttribute(name: string): string | null }).getAttribute('aria-disabled') === 'true',
    );

async function weekOf(form: FrameLocator): Promise<string> {
  const week = await valueOf(form, 'vscode-textfield[name="week"]');
  assert.match(week, /^\d{4}-W\d{2}$/);
  return week;
}

/** Polls `done` for up to five seconds, then asserts it. */
async function waitFor(done: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 50 && !(await done()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.ok(await done(), what);
}

async function save(form: FrameLocator): Promise<void> {
  assert.equal(await isDisabled(form), false, await form.locator('#save-reason').innerText());
  await form.locator('vscode-button#save').click();
  await form.locator('.notice', { hasText: 'Saved to' }).waitFor({ timeout: 15_000 });
}

type Focusable = {
  ownerDocument: { activeElement: { id: string } | null };
  shadowRoot: { querySelector(s: string): unknown } | null;
};

const activeId = (form: FrameLocator) =>
  form.locator('body').evaluate((body) => (body as unknown as Focusable).ownerDocument.activeElement?.id ?? '');

/** The outline style of a focused vscode-button's face, drawn inside its shadow root. */
const focusRing = (button: Locator) =>
  button.evaluate((el) => {
    const face = (el as unknown as Focusable).shadowRoot?.querySelector('.base');
    const view = (
      el as unknown as { ownerDocument: { defaultView: { getComputedStyle(e: unknown): { outlineStyle: string } } } }
    ).ownerDocument.defaultView;
    return face ? view.getComputedStyle(face).outlineStyle : 'none';
  });

interface SpokenControl {
  role: string;
  name: string;
  description: string;
  invalid: boolean;
  /** Present only on a control announced as unavailable, so the fields' expectations need not mention it. */
  disabled?: true;
}

/** What Chromium's accessibility tree, the one screen readers read, says about the focused control. */
async function focusedControl(page: Page): Promise<SpokenControl> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    type Tree = typeof frameTree;
    const frames = (tree: Tree): string[] => [tree.frame.id, ...(tree.childFrames ?? []).flatMap(frames)];
    for (const frameId of frames(frameTree)) {
      const { nodes } = await cdp.send('Accessibility.getFullAXTree', { frameId });
      const focused = nodes.find(
        (node) =>
          node.role?.value !== 'RootWebArea' &&
          node.properties?.some((p) => p.name === 'focused' && p.value.value === true),
      );
      if (!focused) continue;
      const invalid = focused.properties?.find((p) => p.name === 'invalid')?.value.value;
      const disabled = focused.properties?.some((p) => p.name === 'disabled' && p.value.value === true);
      const spoken = {
        role: String(focused.role?.value),
        name: String(focused.name?.value ?? ''),
        description: String(focused.description?.value ?? ''),
        invalid: invalid === true || invalid === 'true',
      };
      return disabled ? { ...spoken, disabled: true } : spoken;
    }
    throw new Error('No focused control in the accessibility tree.');
  } finally {
    await cdp.detach();
  }
}

type PostedMessage = { channel?: string; data?: { message?: { type?: string } } };
type Port = { postMessage(this: Port, message: PostedMessage, ...rest: unknown[]): void };
type Recorder = { posted?: string[]; MessagePort: { prototype: Port } };

interface Posts {
  /** The types posted since recording began, in order. */
  types(): Promise<string[]>;
  /** Resolves once a message of `type` has been posted. */
  seen(type: string): Promise<void>;
}

/** Records from now on the type of each message the form posts to the extension. */
async function recordPosts(form: FrameLocator): Promise<Posts> {
  const body = await form.locator('body').elementHandle();
  const outer: Frame | null | undefined = (await body?.ownerFrame())?.parentFrame();
  await body?.dispose();
  if (!outer) throw new Error('The webview has no outer frame.');
  // The outer frame hands each message on to the workbench through a MessagePort: the last step inside the webview.
  await outer.evaluate(() => {
    const global = globalThis as unknown as Recorder;
    const recording = global.posted !== undefined;
    global.posted = [];
    if (recording) return;
    const original = global.MessagePort.prototype.postMessage;
    global.MessagePort.prototype.postMessage = function (message, ...rest) {
      if (message?.channel === 'onmessage') global.posted?.push(String(message.data?.message?.type));
      return original.call(this, message, ...rest);
    };
  });
  return {
    types: () => outer.evaluate(() => [...((globalThis as unknown as Recorder).posted ?? [])]),
    seen: async (type) => {
      await outer.waitForFunction((wanted) => (globalThis as unknown as Recorder).posted?.includes(wanted), type, {
        timeout: 5_000,
      });
    },
  };
}

type HeldWindow = {
  heldLoad?: unknown;
  holdingLoad?: boolean;
  postMessage(this: HeldWindow, message: unknown, ...rest: unknown[]): void;
  dispatchEvent(event: unknown): boolean;
};

interface HeldLoad {
  /** Resolves once the next load from the extension has reached the form and is being held. */
  held(): Promise<void>;
  /** Hands it to the form, which has taken it when this resolves. */
  release(): Promise<void>;
}

/** Holds back the next form load from the extension until released: the extension answering late, as on a busy machine. */
async function holdNextLoad(form: FrameLocator): Promise<HeldLoad> {
  const body = await form.locator('body').elementHandle();
  const frame: Frame | null | undefined = await body?.ownerFrame();
  await body?.dispose();
  if (!frame) throw new Error('The form has no frame.');
  // The outer frame hands each message from the extension to the form through the form window's postMessage.
  await frame.evaluate(() => {
    const self = globalThis as unknown as HeldWindow;
    const original = self.postMessage;
    self.holdingLoad = true;
    self.postMessage = function (message, ...rest) {
      if (self.holdingLoad && (message as { type?: string } | null)?.type === 'load') {
        self.holdingLoad = false;
        self.heldLoad = message;
        return;
      }
      return original.call(this, message, ...rest);
    };
  });
  return {
    held: async () => {
      await frame.waitForFunction(() => (globalThis as unknown as HeldWindow).heldLoad !== undefined, undefined, {
        timeout: 15_000,
      });
    },
    release: () =>
      frame.evaluate(() => {
        const self = globalThis as unknown as HeldWindow;
        self.dispatchEvent(new MessageEvent('message', { data: self.heldLoad }));
      }),
  };
}

/** How Save looks: the opacity of its face and the outline around the button itself. */
const saveLook = (form: FrameLocator) =>
  form.locator('vscode-button#save').evaluate((el) => {
    type Style = { opacity: string; outlineStyle: string };
    const face = (el as unknown as Focusable).shadowRoot?.querySelector('.base');
    const view = (el as unknown as { ownerDocument: { defaultView: { getComputedStyle(e: unknown): Style } } })
      .ownerDocument.defaultView;
    return { face: face ? view.getComputedStyle(face).opacity : '', ring: view.getComputedStyle(el).outlineStyle };
  });

const BACKLOG_MESSAGE = 'Enter a whole number of open backlog items, or leave it empty.';

/** Types a backlog that is not a number, then moves to Save the way a keyboard user does: Tab from the checkbox before it. */
async function tabToUnavailableSave(page: Page, form: FrameLocator): Promise<void> {
  await form.locator('input[name="backlog"]').fill('lots');
  await form.locator('#backlog-error', { hasText: BACKLOG_MESSAGE }).waitFor();
  await form.locator('vscode-checkbox[name="updateInitiatives"]').focus();
  await page.keyboard.press('Tab');
  assert.equal(await activeId(form), 'save');
}

/** Checks the focused, unavailable Save is dimmed yet ringed, and keeps a screenshot to look at. */
async function looksUnavailable(page: Page, form: FrameLocator, theme: string): Promise<void> {
  assert.deepEqual(await saveLook(form), { face: '0.4', ring: 'solid' }, 'dimmed, with the focus ring around it');
  // For a look by eye only: not one of the documented screenshots.
  await mkdir(screenshotsDir(), { recursive: true });
  await page.screenshot({ path: join(screenshotsDir(), `weekly-status-save-unavailable-${theme}.png`) });
}

async function screenshot(page: Page, form: FrameLocator, name: string): Promise<void> {
  await form.locator('.shipped[data-state="ready"]').first().waitFor({ timeout: 30_000 });
  // Without the side bar, so the temp folder's name in the Explorer does not show.
  await withoutSidebar(page, () => saveScreenshot(page, name).then(() => undefined));
}

describe('weekly status form', () => {
  // Auto save off, so an editor can hold unsaved changes for the conflict test.
  const host = hostedWorkbench({
    kind: 'example',
    server: {
      userSettings: { 'workbench.colorTheme': 'Default Dark Modern', 'files.autoSave': 'off', 'window.title': 'acme' },
    },
    size: { width: 1280, height: 900 },
  });
  let form: FrameLocator;
  let file: string;
  const refused: string[] = [];

  before(async () => {
    host.workbench.page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) refused.push(message.text());
    });
    form = await openForm(host.workbench.page);
    file = join(host.workspace, '.delivery', 'status', `${await weekOf(form)}.yaml`);
  });

  it('opens from the command palette with one card per active initiative, each with a health', async () => {
    const cards = form.locator('section.card');
    assert.ok((await cards.count()) > 0, 'no initiative card');
    assert.equal(await form.locator('vscode-single-select[name="status"]').count(), await cards.count());
    assert.equal(
      await form.getByRole('textbox', { name: 'Headline' }).count(),
      1,
      'the headline has an accessible name',
    );
    assert.deepEqual(refused, [], 'the form runs within its Content Security Policy');
  });

  it('moves through the fields with Tab in reading order', async () => {
    type Body = { ownerDocument: { activeElement: { id: string } | null } };
    const focused = () =>
      form.locator('body').evaluate((body) => (body as unknown as Body).ownerDocument.activeElement?.id ?? '');
    await form.locator('input[name="headline"]').focus();
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await host.workbench.page.keyboard.press('Tab');
      order.push(await focused());
    }
    const first = await form.locator('section.card').first().getAttribute('data-initiative');
    assert.deepEqual(order, ['author', 'backlog', `initiatives.${first}.status`]);
  });

  it('saves what was typed into the week’s status file', async () => {
    const card = form.locator('section.card').first();
    const id = await card.getAttribute('data-initiative');
    await form.locator('input[name="headline"]').fill('Checkout on track; onboarding slipped');
    await form.locator('input[name="backlog"]').fill('141');
    await card.locator('textarea[name="progress"]').fill('Rolled out to half of the traffic');
    await screenshot(host.workbench.page, form, 'weekly-status-dark.png');
    await save(form);

    const written = parse(await readFile(file, 'utf8'));
    assert.equal(written.headline, 'Checkout on track; onboarding slipped');
    assert.equal(written.backlog, 141);
    assert.equal(written.initiatives[id!].progress, 'Rolled out to half of the traffic');
    assert.ok(written.initiatives[id!].status, 'the health was written');
  });

  it('also writes a changed health into the initiative file when asked, and nothing else there', async () => {
    const card = form.locator('section.card').first();
    const id = await card.getAttribute('data-initiative');
    const own = join(host.workspace, '.delivery', 'initiatives', `${id}.yaml`);
    const initiativeFile = existsSync(own) ? own : join(host.workspace, '.delivery', 'initiatives.yaml');
    const before = (await readFile(initiativeFile, 'utf8')).split('\n');
    const select = card.locator('vscode-single-select[name="status"]');
    const [health, label] =
      (await valueOf(form, 'section.card vscode-single-select')) === 'off-track'
        ? ['at-risk', 'At risk']
        : ['off-track', 'Off track'];
    await select.click();
    await select.getByRole('option', { name: label }).click();
    await form.locator('vscode-checkbox[name="updateInitiatives"]').click();
    await save(form);

    const after = (await readFile(initiativeFile, 'utf8')).split('\n');
    assert.equal(after.length, before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    assert.equal(changed.length, 1, changed.join('\n'));
    assert.match(changed[0], new RegExp(`^\\s*status: ${health}\\b`));
    assert.equal(parse(await readFile(file, 'utf8')).initiatives[id!].status, health);
  });

  it('lets Tab reach a Save that cannot save, says why, and saves nothing when it is pressed', async () => {
    const { page } = host.workbench;
    const fileNow = () => (existsSync(file) ? readFile(file, 'utf8') : 'no file');
    const before = await fileNow();
    const posted = await recordPosts(form);
    await tabToUnavailableSave(page, form);
    await posted.seen('draft');
    assert.deepEqual(await focusedControl(page), {
      role: 'button',
      name: 'Save',
      description: `Cannot save yet — ${BACKLOG_MESSAGE}`,
      invalid: false,
      disabled: true,
    });
    await looksUnavailable(page, form, 'dark');

    await page.keyboard.press('Enter');
    assert.equal(await activeId(form), 'backlog', 'Enter takes the author to the field that stops the save');
    await form.locator('vscode-button#save').focus();
    await page.keyboard.press(' ');
    assert.equal(await activeId(form), 'backlog', 'so does Space');
    // Forced, as Playwright will not click what says it is disabled; a mouse user still can.
    await form.locator('vscode-button#save').click({ force: true });
    assert.equal(await activeId(form), 'backlog', 'so does a click');
    // Time for a stray save to reach the file, were one sent.
    await page.waitForTimeout(1_000);
    assert.deepEqual(
      (await posted.types()).filter((type) => type === 'save'),
      [],
      'no save reached the extension',
    );
    assert.equal(await fileNow(), before);

    await form.locator('input[name="backlog"]').fill('142');
    await form.locator('#save-reason:empty').waitFor({ state: 'attached' });
    await form.locator('vscode-checkbox[name="updateInitiatives"]').focus();
    await page.keyboard.press('Tab');
    assert.deepEqual(await focusedControl(page), { role: 'button', name: 'Save', description: '', invalid: false });
    assert.deepEqual(
      await saveLook(form),
      { face: '1', ring: 'none' },
      'the component draws its own ring on an available Save',
    );
    await page.keyboard.press('Enter');
    await form.locator('.notice', { hasText: 'Saved to' }).waitFor({ timeout: 15_000 });
    assert.deepEqual(
      (await posted.types()).filter((type) => type === 'save'),
      ['save'],
    );
    assert.equal(parse(await readFile(file, 'utf8')).backlog, 142);
  });

  it('keeps a teammate’s edit made while the form was open, with no prompt, when the edits touch different fields', async () => {
    const card = form.locator('section.card').first();
    const id = await card.getAttribute('data-initiative');
    const onDisk =
      (await readFile(file, 'utf8')).replace(/^backlog: .*$/m, 'backlog: 150') +
      '# added by hand\nreviewed_by: Lee Park\n';
    await writeFile(file, onDisk);
    await card.locator('input[name="next"]').fill('Ramp to all traffic');
    await save(form);
    assert.equal(await form.locator('section.conflict').count(), 0, 'no conflict to settle');
    const text = await readFile(file, 'utf8');
    const written = parse(text);
    assert.equal(written.initiatives[id!].next, 'Ramp to all traffic');
    assert.equal(written.backlog, 150, 'the teammate’s backlog stays');
    assert.match(text, /^# added by hand\nreviewed_by: Lee Park$/m, 'what was added on disk is kept');
  });

  it('stops at a field both sides changed, shows only that field, and saves the lead’s choice with the rest merged', async () => {
    const card = form.locator('section.card').first();
    const id = await card.getAttribute('data-initiative');
    const onDisk = (await readFile(file, 'utf8')).replace(/^headline: .*$/m, 'headline: Changed on disk');
    await writeFile(file, onDisk);
    await form.locator('input[name="headline"]').fill('Changed in the form');
    await card.locator('input[name="next"]').fill('Ramp, then measure');
    await form.locator('vscode-button#save').click();

    const conflict = form.locator('section.conflict');
    await conflict.waitFor({ timeout: 15_000 });
    const fields = conflict.locator('.conflict-field');
    assert.deepEqual(
      await fields.evaluateAll((els) =>
        els.map((el) => (el as unknown as { dataset: { field: string } }).dataset.field),
      ),
      ['headline'],
    );
    assert.equal(await fields.locator('pre.disk').innerText(), 'Changed on disk');
    assert.equal(await fields.locator('pre.mine').innerText(), 'Changed in the form');
    assert.equal(await readFile(file, 'utf8'), onDisk, 'nothing was written before the choice');
    assert.equal(await isDisabled(form), true);
    await saveScreenshot(host.workbench.page, 'weekly-status-conflict-dark.png');

    await conflict.locator('vscode-button', { hasText: 'Open Diff' }).click();
    const diff = host.workbench.page.locator('.tabs-container .tab', { hasText: 'File ↔ Form' });
    await diff.waitFor({ timeout: 15_000 });
    await diff.locator('.codicon-close').click();

    await conflict.locator('vscode-button', { hasText: 'Use Mine' }).click();
    await form.locator('vscode-button[aria-pressed="true"]', { hasText: 'Use Mine' }).waitFor({ timeout: 5_000 });
    await form.locator('vscode-button#conflict-save').click();
    await form.locator('.notice', { hasText: 'Saved to' }).waitFor({ timeout: 15_000 });
    const text = await readFile(file, 'utf8');
    assert.match(text, /^headline: Changed in the form$/m);
    assert.equal(parse(text).initiatives[id!].next, 'Ramp, then measure');
    assert.match(text, /^# added by hand\nreviewed_by: Lee Park$/m, 'what was added on disk is kept');
  });

  it('writes into an editor holding unsaved changes without saving them for the user', async () => {
    const { page } = host.workbench;
    const before = await readFile(file, 'utf8');
    await form.locator('input[name="headline"]').fill('Form edit while the editor changes');
    const explorer = page.locator('.explorer-folders-view');
    for (const folder of ['.delivery', 'status']) {
      const row = explorer.getByRole('treeitem', { name: folder, exact: true });
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    }
    await explorer.getByRole('treeitem', { name: basename(file), exact: true }).dblclick();
    const editor = page.locator(`.monaco-editor[data-uri$="${basename(file)}"]`);
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# typed in the editor, not saved\n');
    await page.locator('.tabs-container .tab', { hasText: 'Weekly Status' }).click();

    form = webviewFrame(page);
    await form.locator('vscode-button#save').click();
    await form.locator('.notice.warning', { hasText: 'Written into the open editor' }).waitFor({ timeout: 15_000 });
    assert.equal(await readFile(file, 'utf8'), before, 'the file on disk was not touched');
    await page.locator('.tabs-container .tab', { hasText: basename(file) }).click();
    // Monaco draws spaces as no-break spaces.
    const shown = (await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
    assert.match(shown, /Form edit while the editor changes/);
    assert.match(shown, /typed in the editor, not saved/);
    await page.keyboard.press('Control+S');
    await page
      .locator('.tabs-container .tab.dirty', { hasText: basename(file) })
      .waitFor({ state: 'detached', timeout: 15_000 });
    assert.match(await readFile(file, 'utf8'), /^headline: Form edit while the editor changes$/m);
    await page.locator('.tabs-container .tab', { hasText: 'Weekly Status' }).click();
    form = webviewFrame(page);
  });

  it('warns on a blocker without an owner, or owned by a team, and still lets Save go', async () => {
    const card = form.locator('section.card').first();
    await card.locator('vscode-button.add', { hasText: 'Add Blocker' }).click();
    const blocker = card.locator('.item').last();
    // The new row is drawn anew, so its fields are described once the components have drawn their inputs.
    await blocker.getByRole('textbox', { name: 'Owner', description: /No owner yet/ }).waitFor({ timeout: 5_000 });
    await blocker.locator('input[name="blocker"]').fill('Waiting on legal review');

    assert.equal(await isDisabled(form), false, 'a warning does not stop the save');
    assert.equal(await form.locator('#save-reason').innerText(), '');
    const warning = blocker.locator('.error.warning').last();
    assert.match(await warning.innerText(), /No owner yet/);
    assert.doesNotMatch(await blocker.getByRole('textbox', { name: 'Owner' }).ariaSnapshot(), /invalid/);

    await blocker.locator('input[name="owner"]').fill('Legal team');
    await blocker.locator('.error.warning', { hasText: 'names a group' }).waitFor({ timeout: 5_000 });
    assert.equal(await isDisabled(form), false);

    await blocker.locator('input[name="owner"]').fill('Priya Shah');
    await blocker.locator('.error:empty').last().waitFor({ state: 'attached' });
    assert.equal(await isDisabled(form), false);
  });

  it('focuses a card field when its visible label is clicked, whatever the dots in its id', async () => {
    const card = form.locator('section.card').first();
    const base = `initiatives.${await card.getAttribute('data-initiative')}`;
    const index = (await card.locator('.item[aria-label^="Blocker"]').count()) - 1;
    const fields = {
      Health: 'status',
      'Progress this week': 'progress',
      Next: 'next',
      Owner: `blockers.${index}.owner`,
    };
    for (const [text, field] of Object.entries(fields)) {
      const id = `${base}.${field}`;
      // The label that sits beside the control in its field.
      const label = card.locator(`.field:has(> [id="${id}"]) > vscode-label`);
      assert.equal(await label.textContent(), text);
      await label.click();
      assert.equal(await activeId(form), id, `clicking "${text}"`);
    }
    assert.equal(
      await card.getByRole('textbox', { name: 'Progress this week', exact: true }).count(),
      1,
      'the label is still the accessible name',
    );
  });

  it('tells a screen reader which field is invalid and why, on the field itself, until it is fixed', async () => {
    const { page } = host.workbench;
    const backlog = form.getByRole('textbox', { name: 'Open backlog items', exact: true });
    const before = await valueOf(form, 'vscode-textfield[name="backlog"]');
    const message = 'Enter a whole number of open backlog items, or leave it empty.';
    await backlog.fill('lots');
    await backlog.focus();
    await form.locator('#backlog-error', { hasText: message }).waitFor();

    assert.deepEqual(await focusedControl(page), {
      role: 'textbox',
      name: 'Open backlog items',
      description: message,
      invalid: true,
    });
    assert.match(await backlog.ariaSnapshot(), /textbox "Open backlog items" \[invalid\]/);
    assert.equal(await form.getByRole('textbox', { name: 'Open backlog items', description: message }).count(), 1);
    assert.equal(
      await form.getByRole('button', { name: 'Save', description: `Cannot save yet — ${message}` }).count(),
      1,
      'Save says why it is disabled',
    );

    await backlog.fill(before);
    await form.locator('#backlog-error:empty').waitFor({ state: 'attached' });
    assert.deepEqual(await focusedControl(page), {
      role: 'textbox',
      name: 'Open backlog items',
      description: '',
      invalid: false,
    });
    assert.doesNotMatch(await backlog.ariaSnapshot(), /invalid/);
  });

  it('says the same of a health left unchosen', async () => {
    const { page } = host.workbench;
    const card = form.locator('section.card').first();
    const select = card.locator('vscode-single-select[name="status"]');
    const health = await select.evaluate((el) => (el as unknown as { value: string }).value);
    const message = 'Choose a health for this initiative.';
    await select.click();
    await select.getByRole('option', { name: 'Choose a health…' }).click();
    await card.locator('.error', { hasText: message }).waitFor();
    await select.focus();

    assert.deepEqual(await focusedControl(page), {
      role: 'combobox',
      name: 'Health',
      description: message,
      invalid: true,
    });
    assert.equal(await card.getByRole('combobox', { name: 'Health', description: message }).count(), 1);

    await select.click();
    await select.getByRole('option', { name: new RegExp(`^${health.replace('-', ' ')}$`, 'i') }).click();
    await card.locator('.error', { hasText: message }).waitFor({ state: 'detached' });
    await select.focus();
    assert.deepEqual(await focusedControl(page), { role: 'combobox', name: 'Health', description: '', invalid: false });
  });

  it('keeps a wrong week’s error, on screen and on the field, through redraws until the week is fixed', async () => {
    const { page } = host.workbench;
    const week = await weekOf(form);
    const weekField = form.getByRole('textbox', { name: 'Week', exact: true });
    const message = 'Use an ISO week such as 2026-W47.';
    const wrong = { role: 'textbox', name: 'Week', description: message, invalid: true };
    await weekField.fill('2026-W99');
    await weekField.press('Enter');
    await form.locator('#week-error', { hasText: message }).waitFor({ timeout: 5_000 });
    assert.deepEqual(await focusedControl(page), wrong);

    await form.locator('input[name="headline"]').fill('Typed after a wrong week');
    await form.locator('#dirty', { hasText: 'Unsaved changes' }).waitFor({ timeout: 5_000 });
    assert.equal(await form.locator('#week-error').innerText(), message, 'after typing in another field');
    const card = form.locator('section.card').first();
    const blockers = await card.locator('.item[aria-label^="Blocker"]').count();
    await card.locator('vscode-button.add', { hasText: 'Add Blocker' }).click();
    await card.locator(`vscode-button[aria-label="Remove blocker ${blockers + 1}"]`).click();
    await card.locator(`vscode-button[aria-label="Remove blocker ${blockers + 1}"]`).waitFor({ state: 'detached' });
    assert.equal(
      await form.locator('#week-error').innerText(),
      message,
      'after a blocker is added and removed, each drawing the form anew',
    );
    assert.equal(
      await valueOf(form, 'vscode-textfield[name="week"]'),
      '2026-W99',
      'the week typed is still there to fix',
    );
    await weekField.focus();
    assert.deepEqual(await focusedControl(page), wrong);

    await weekField.fill('2026-W4');
    assert.equal(await form.locator('#week-error').innerText(), message, 'while the week typed is still not a week');
    await weekField.fill(week);
    await form.locator('#week-error:empty').waitFor({ state: 'attached', timeout: 5_000 });
    assert.deepEqual(await focusedControl(page), { ...wrong, description: '', invalid: false });
    assert.equal(await form.locator('h1').innerText(), `Weekly status · ${week}`);
  });

  it('brings the unsaved draft back after a window reload', async () => {
    await form.locator('input[name="headline"]').fill('Draft that must survive a reload');
    await host.workbench.page.waitForTimeout(1_000);
    await host.workbench.page.reload();
    await host.workbench.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The restored form's tab, in front as a user finds it: after a reload the status file's editor
    // (opened by an earlier test) can come back in front of it, leaving the form's frame hidden.
    await host.workbench.page.locator('.tabs-container .tab', { hasText: 'Weekly Status' }).click({ timeout: 60_000 });
    form = webviewFrame(host.workbench.page);
    await form.locator('vscode-textfield[name="headline"]').waitFor({ timeout: 60_000 });
    const notice = await form.locator('.notice').innerText();
    assert.equal(await valueOf(form, 'vscode-textfield[name="headline"]'), 'Draft that must survive a reload', notice);
    assert.equal(await valueOf(form, 'vscode-textfield[name="owner"]').catch(() => ''), 'Priya Shah');
    assert.doesNotMatch(await readFile(file, 'utf8'), /Draft that must survive/, 'the draft was not saved');
  });

  it('keeps a change typed just before the panel is closed, and Reopen brings it back unsaved in the form for its week', async () => {
    const { page } = host.workbench;
    const typed = 'Typed just before the form was closed';
    const week = await weekOf(form);
    await form.locator('vscode-button[aria-label="Next week"]').click();
    await form.locator('h1', { hasNotText: week }).waitFor({ timeout: 15_000 });
    // Another week than the one the form opens on by itself, so only a Reopen that passes its week passes.
    const next = await weekOf(form);
    const nextFile = join(host.workspace, '.delivery', 'status', `${next}.yaml`);
    // Closed at once: the form hands each change to the extension as it happens, not after a pause.
    await form.locator('input[name="headline"]').fill(typed);
    await page.keyboard.press('Control+W');
    const tab = page.locator('.tabs-container .tab', { hasText: 'Weekly Status' });
    await tab.waitFor({ state: 'detached', timeout: 15_000 });
    const toast = page.locator('.notification-toast', { hasText: `Your unsaved weekly status for ${next} was kept.` });
    await toast.getByRole('button', { name: 'Reopen' }).click({ timeout: 15_000 });

    await tab.filter({ hasText: `Weekly Status ${next}` }).waitFor({ timeout: 30_000 });
    form = webviewFrame(page);
    await form.locator('h1', { hasText: next }).waitFor({ timeout: 30_000 });
    assert.equal(
      await form.locator('.notice').innerText(),
      'Your unsaved draft is back. Save it, or Revert to the file.',
    );
    assert.equal(await valueOf(form, 'vscode-textfield[name="headline"]'), typed);
    assert.equal(await form.locator('#dirty').innerText(), 'Unsaved changes (1 field)');
    assert.doesNotMatch(
      existsSync(nextFile) ? await readFile(nextFile, 'utf8') : '',
      new RegExp(typed),
      'the draft was not saved',
    );
  });
});

describe('weekly status form with a draft whose file changed while it was closed', () => {
  const host = hostedWorkbench({
    kind: 'example',
    server: { userSettings: { 'workbench.colorTheme': 'Default Dark Modern', 'window.title': 'acme' } },
    size: { width: 1280, height: 900 },
  });
  const DRAFT = 'Draft begun before the teammate’s commit';
  let form: FrameLocator;
  let week: string;

  before(async () => {
    form = await openForm(host.workbench.page);
    week = await weekOf(form);
  });

  it('brings back a draft whose file did not change with the usual note', async () => {
    // Saved from the form first, so the extension holds the file as a document no editor shows.
    await form.locator('input[name="headline"]').fill('Saved before the draft');
    await save(form);
    await form.locator('input[name="headline"]').fill(DRAFT);
    // Switching weeks hands the draft to the extension at once; coming back restores it from there.
    await form.locator('vscode-button[aria-label="Next week"]').click();
    await form.locator('h1', { hasNotText: week }).waitFor({ timeout: 15_000 });
    await form.locator('vscode-button[aria-label="Previous week"]').click();
    await form.locator('h1', { hasText: week }).waitFor({ timeout: 15_000 });
    const notice = form.locator('.notice');
    assert.equal(await notice.innerText(), 'Your unsaved draft is back. Save it, or Revert to the file.');
    assert.equal(await valueOf(form, 'vscode-textfield[name="headline"]'), DRAFT);
  });

  it('warns as soon as the draft comes back that its file changed, and Save still stops at the conflict', async () => {
    const { page } = host.workbench;
    const file = join(host.workspace, '.delivery', 'status', `${week}.yaml`);
    await page.locator('.tabs-container .tab', { hasText: 'Weekly Status' }).locator('.codicon-close').click();
    await page.locator('.notification-toast', { hasText: 'was kept' }).waitFor({ timeout: 15_000 });
    const saved = await readFile(file, 'utf8');
    const teammate = saved.replace(/^headline: .*$/m, 'headline: Pulled from a teammate');
    assert.notEqual(teammate, saved, 'the saved file has a headline to change');
    await writeFile(file, teammate);

    await runCommand(page, TITLE);
    form = webviewFrame(page);
    const notice = form.locator('.notice.warning[role="status"]');
    await notice.waitFor({ timeout: 30_000 });
    assert.equal(
      await notice.innerText(),
      `Your unsaved draft is back, but .delivery/status/${week}.yaml changed since you started it: Save to compare the two, or Revert to the file.`,
    );
    assert.equal(await valueOf(form, 'vscode-textfield[name="headline"]'), DRAFT);
    // For a look by eye only: not one of the documented screenshots.
    await mkdir(screenshotsDir(), { recursive: true });
    await page.screenshot({ path: join(screenshotsDir(), 'weekly-status-draft-changed.png') });

    await form.locator('vscode-button#save').click();
    const conflict = form.locator('section.conflict');
    await conflict.waitFor({ timeout: 15_000 });
    assert.match(await conflict.locator('pre.disk').innerText(), /Pulled from a teammate/);
    assert.match(await conflict.locator('pre.mine').innerText(), new RegExp(DRAFT));
    assert.equal(await readFile(file, 'utf8'), teammate, 'nothing was written before the choice');
  });
});

describe('weekly status form writing only what the lead touched', () => {
  const host = hostedWorkbench({
    kind: 'example',
    prepare: async (workspace) => {
      const lastWeek = join(workspace, '.delivery', 'status', '2026-W47.yaml');
      await writeFile(
        lastWeek,
        (await readFile(lastWeek, 'utf8')).replace('backlog: 134', 'backlog: about 40 # rough'),
      );
    },
    server: { userSettings: { 'workbench.colorTheme': 'Default Dark Modern', 'window.title': 'acme' } },
    size: { width: 1280, height: 900 },
  });
  let form: FrameLocator;

  before(async () => {
    form = await openForm(host.workbench.page);
  });

  it('keeps every character typed at full speed over a selection made with Ctrl+A', async () => {
    const { page } = host.workbench;
    const card = form.locator('section.card').first();
    for (const [selector, name] of [
      ['input[name="headline"]', 'headline'],
      ['textarea[name="progress"]', 'progress'],
    ] as const) {
      const field = (name === 'headline' ? form : card).locator(selector);
      for (let attempt = 0; attempt < 5; attempt++) {
        const text = `Typed at full speed, try ${attempt + 1}: 87% precision`;
        await field.click();
        await page.keyboard.press('Control+A');
        // No delay between keys: VS Code's own "select all", sent back a moment after Ctrl+A, used to eat the first letters.
        await page.keyboard.type(text);
        assert.equal(await field.inputValue(), text, `${name}, try ${attempt + 1}`);
      }
    }
    await form.locator('vscode-button#revert').click();
    // The notice says the form is reverting until the file is back: the next test starts on the reloaded form.
    await form
      .locator('.notice', { hasText: 'Loaded from' })
      .or(form.locator('.notice', { hasText: 'New week' }))
      .first()
      .waitFor({ timeout: 15_000 });
  });

  it('writes the three cards filled in and the one confirmed with No Change This Week, and no other', async () => {
    const week = await weekOf(form);
    const cards = form.locator('section.card');
    const ids = await cards.evaluateAll((els) =>
      els.map((el) => (el as unknown as { dataset: { initiative: string } }).dataset.initiative),
    );
    assert.ok(ids.length >= 6, `only ${ids.length} cards`);
    for (const id of ids.slice(0, 3))
      await form.locator(`[id="initiatives.${id}.progress"] textarea`).fill(`Progress of ${id}`);
    const confirm = form.locator(`vscode-button[id="initiatives.${ids[3]}.confirm"]`);
    await confirm.click();
    await form
      .locator(`vscode-button[id="initiatives.${ids[3]}.confirm"][aria-pressed="true"]`)
      .waitFor({ timeout: 5_000 });
    assert.match(await form.locator(`[id="initiatives.${ids[3]}.confirm-note"]`).innerText(), /records this health/);
    assert.match(await form.locator(`[id="initiatives.${ids[4]}.confirm-note"]`).innerText(), /Untouched/);
    await save(form);
    const written = parse(await readFile(join(host.workspace, '.delivery', 'status', `${week}.yaml`), 'utf8'));
    assert.deepEqual(Object.keys(written.initiatives).sort(), ids.slice(0, 4).sort());
    assert.ok(written.initiatives[ids[3]].status, 'the confirmed card records its health');
    assert.equal(written.initiatives[ids[3]].progress, undefined);
  });

  it('shows a value it cannot edit read-only and keeps it, comment and all, through a headline edit', async () => {
    const week = await weekOf(form);
    await form.locator('vscode-button[aria-label="Previous week"]').click();
    await form.locator('h1', { hasNotText: week }).waitFor({ timeout: 15_000 });
    const file = join(host.workspace, '.delivery', 'status', `${await weekOf(form)}.yaml`);
    const readonly = form.locator('[id="backlog-readonly"]');
    await readonly.waitFor({ timeout: 15_000 });
    assert.equal(await readonly.locator('pre').innerText(), 'about 40');
    assert.match(await readonly.innerText(), /edit it in the file/);
    assert.equal(await form.locator('input[name="backlog"]').count(), 0, 'no field to type into');
    const before = await readFile(file, 'utf8');
    await form.locator('input[name="headline"]').fill('Steady week');
    await save(form);
    const after = await readFile(file, 'utf8');
    assert.equal(after, before.replace(/^headline: .*$/m, 'headline: Steady week'));
    assert.match(after, /^backlog: about 40 # rough$/m);
  });

  it('shows on its card a blocker written in the initiative file, with a way to it', async () => {
    const card = form.locator('section.card[data-initiative="mobile-onboarding"]');
    const listed = card.locator('fieldset.file-blockers');
    await listed.waitFor({ timeout: 15_000 });
    assert.match(await listed.innerText(), /Final copy from legal · since \d{4}-\d{2}-\d{2} · no owner/);
    await listed.locator('vscode-button', { hasText: 'Open in File' }).click();
    await host.workbench.page
      .locator('.tabs-container .tab', { hasText: 'mobile-onboarding.yaml' })
      .waitFor({ timeout: 15_000 });
  });

  it('names the owner of that blocker in the initiative file, keeping the draft being written', async () => {
    const { page } = host.workbench;
    await page.locator('.tabs-container .tab', { hasText: 'Weekly Status' }).click();
    form = webviewFrame(page);
    await form.locator('input[name="headline"]').fill('Draft kept while an owner is named');
    const card = form.locator('section.card[data-initiative="mobile-onboarding"]');
    await card.locator('fieldset.file-blockers vscode-button', { hasText: 'Set Owner…' }).click();
    const items = page.locator('.quick-input-list .monaco-list-row');
    await items.first().waitFor({ timeout: 15_000 });
    await page.locator('.quick-input-widget input').fill('Priya Shah <priya@acme.io>');
    await items.filter({ hasText: 'Type a name' }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'One person, not a team' }).waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');

    form = webviewFrame(page);
    await form.locator('.notice', { hasText: 'now owns “Final copy from legal”' }).waitFor({ timeout: 15_000 });
    const text = await readFile(join(host.workspace, '.delivery', 'initiatives', 'mobile-onboarding.yaml'), 'utf8');
    assert.match(text, /- blocker: Final copy from legal\n(?:\s+\S.*\n)*?\s+owner: Priya Shah <priya@acme\.io>\n/);
    assert.match(
      await form.locator('section.card[data-initiative="mobile-onboarding"] fieldset.file-blockers').innerText(),
      /Final copy from legal · since \S+ · Priya Shah <priya@acme\.io>/,
    );
    assert.equal(await valueOf(form, 'vscode-textfield[name="headline"]'), 'Draft kept while an owner is named');
  });
});

describe('weekly status form typed into while Revert reads the file again', () => {
  const host = hostedWorkbench({
    kind: 'example',
    server: { userSettings: { 'workbench.colorTheme': 'Default Dark Modern', 'window.title': 'acme' } },
    size: { width: 1280, height: 900 },
  });
  let form: FrameLocator;

  before(async () => {
    form = await openForm(host.workbench.page);
  });

  it('keeps what is typed before the file is back, and saves it with the rest', async () => {
    const week = await weekOf(form);
    const ids = await form
      .locator('section.card')
      .evaluateAll((els) => els.map((el) => (el as unknown as { dataset: { initiative: string } }).dataset.initiative));
    await form.locator('input[name="headline"]').fill('Typed, then reverted');
    // The file comes back only once the first card is typed into, as when the extension host is busy.
    const reload = await holdNextLoad(form);
    await form.locator('vscode-button#revert').click();
    await reload.held();
    await form.locator(`[id="initiatives.${ids[0]}.progress"] textarea`).fill(`Progress of ${ids[0]}`);
    await reload.release();
    for (const id of ids.slice(1, 3))
      await form.locator(`[id="initiatives.${id}.progress"] textarea`).fill(`Progress of ${id}`);
    await form.locator(`vscode-button[id="initiatives.${ids[3]}.confirm"]`).click();
    await form
      .locator(`vscode-button[id="initiatives.${ids[3]}.confirm"][aria-pressed="true"]`)
      .waitFor({ timeout: 5_000 });
    await save(form);
    const written = parse(await readFile(join(host.workspace, '.delivery', 'status', `${week}.yaml`), 'utf8'));
    assert.deepEqual(Object.keys(written.initiatives).sort(), ids.slice(0, 4).sort());
    assert.equal(written.initiatives[ids[0]].progress, `Progress of ${ids[0]}`);
    assert.equal(written.headline, undefined, 'the headline typed before Revert is not written');
  });
});

const FRAUD_NEXT = 'Executive decision on enforcing\nthen tune the threshold';

describe('weekly status form in a light theme', () => {
  const host = hostedWorkbench({
    kind: 'example',
    prepare: async (workspace) => {
      const lastWeek = join(workspace, '.delivery', 'status', '2026-W47.yaml');
      const text = await readFile(lastWeek, 'utf8');
      await writeFile(
        lastWeek,
        text.replace(
          '    next: Executive decision on enforcing\n',
          `    next: |\n${FRAUD_NEXT.replace(/^/gm, '      ')}\n`,
        ),
      );
    },
    server: { userSettings: { 'workbench.colorTheme': 'Default Light Modern', 'window.title': 'acme' } },
    size: { width: 1280, height: 900 },
  });

  it('opens the previous week from its file and lists what shipped in it from git', async () => {
    const form = await openForm(host.workbench.page);
    const week = await weekOf(form);
    await form.locator('vscode-button[aria-label="Previous week"]').click();
    await form.locator('h1', { hasNotText: week }).waitFor({ timeout: 15_000 });
    await form.locator('.notice', { hasText: 'Loaded from this week' }).waitFor({ timeout: 15_000 });
    await screenshot(host.workbench.page, form, 'weekly-status-light.png');
    assert.equal(
      await form.locator('.shipped[data-state="ready"]').count(),
      await form.locator('section.card').count(),
    );
    assert.ok((await form.locator('.shipped li').count()) > 0, 'nothing shipped in the previous week');
  });

  it('works from the keyboard: Enter adds a blocker and focuses it, Space removes it, focus shows a ring', async () => {
    const form = webviewFrame(host.workbench.page);
    const card = form.locator('section.card').first();
    const base = `initiatives.${await card.getAttribute('data-initiative')}.blockers`;
    const rows = card.locator('.item[aria-label^="Blocker"]');
    const before = await rows.count();
    const add = form.locator(`[id="${base}.add"]`);
    await add.focus();
    assert.equal(await focusRing(add), 'solid');
    await host.workbench.page.keyboard.press('Enter');
    await form.locator(`[id="${base}.${before}.blocker"]`).waitFor({ timeout: 15_000 });
    assert.equal(await activeId(form), `${base}.${before}.blocker`);
    await form.locator(`[id="${base}.${before}.blocker"] input`).fill('Legal review');
    await card.locator(`vscode-button[aria-label="Remove blocker ${before + 1}"]`).focus();
    await host.workbench.page.keyboard.press(' ');
    await form.locator(`[id="${base}.${before}.blocker"]`).waitFor({ state: 'detached', timeout: 15_000 });
    assert.equal(await rows.count(), before);
    assert.equal(await activeId(form), `${base}.add`);
  });

  it('shows a multi-line block from the file with its line breaks and saves an edit to it as a block', async () => {
    const form = webviewFrame(host.workbench.page);
    const next = form.locator('[id="initiatives.fraud-scoring.next"]');
    assert.equal(
      await next.evaluate((el) => (el as unknown as { tagName: string }).tagName.toLowerCase()),
      'vscode-textarea',
    );
    assert.equal(await valueOf(form, '[id="initiatives.fraud-scoring.next"]'), FRAUD_NEXT);
    await next.locator('textarea').fill(`${FRAUD_NEXT} weekly`);
    await save(form);
    const written = await readFile(join(host.workspace, '.delivery', 'status', `${await weekOf(form)}.yaml`), 'utf8');
    assert.ok(
      written.includes(`    next: |\n      Executive decision on enforcing\n      then tune the threshold weekly\n`),
      written,
    );
  });

  it('dims a Save that cannot save and keeps its focus ring', async () => {
    const form = webviewFrame(host.workbench.page);
    await tabToUnavailableSave(host.workbench.page, form);
    await looksUnavailable(host.workbench.page, form, 'light');
  });
});

describe('weekly status form in a high-contrast theme', () => {
  const host = hostedWorkbench({
    kind: 'example',
    server: { userSettings: { 'workbench.colorTheme': 'Default High Contrast', 'window.title': 'acme' } },
    size: { width: 1280, height: 900 },
  });

  it('dims a Save that cannot save and keeps its focus ring', async () => {
    const form = await openForm(host.workbench.page);
    await tabToUnavailableSave(host.workbench.page, form);
    await looksUnavailable(host.workbench.page, form, 'high-contrast');
  });
});

describe('weekly status form with no active initiative', () => {
  const host = hostedWorkbench({
    kind: 'empty',
    prepare: async (workspace) => {
      await mkdir(join(workspace, '.delivery', 'initiatives'), { recursive: true });
      await writeFile(join(workspace, '.delivery', 'config.yaml'), 'team: Checkout\n');
      await writeFile(
        join(workspace, '.delivery', 'initiatives', 'gift-cards.yaml'),
        'title: Gift cards\nowner: Ana Ruiz\nstatus: done\n',
      );
    },
    size: { width: 1280, height: 900 },
  });

  it('says why there is no card and what to do, instead of showing an empty form', async () => {
    const form = await openForm(host.workbench.page);
    const message = form.getByRole('status').filter({ hasText: 'No active initiative this week' });
    await message.waitFor({ timeout: 15_000 });
    assert.match(await message.innerText(), /\.delivery\/initiatives\//);
    assert.equal(await form.locator('section.card').count(), 0);
  });
});

describe('weekly status form in Restricted Mode', () => {
  const host = hostedWorkbench({ kind: 'example', server: { trusted: false }, size: { width: 1280, height: 900 } });

  it('hides shipped work and says why', async () => {
    const form = await openForm(host.workbench.page);
    const shipped = form.locator('.shipped[data-state="restricted"]').first();
    await shipped.waitFor({ timeout: 30_000 });
    assert.match(await shipped.innerText(), /Restricted Mode/);
    assert.equal(await form.locator('.shipped li').count(), 0);
  });
});

describe('weekly status form on a week file with merge-conflict markers', () => {
  const host = hostedWorkbench({
    kind: 'example',
    prepare: async (workspace) => {
      const file = join(workspace, '.delivery', 'status', '2026-W48.yaml');
      await writeFile(file, 'week: 2026-W48\n<<<<<<< HEAD\nheadline: Ours\n=======\nheadline: Theirs\n>>>>>>> topic\n');
    },
    size: { width: 1280, height: 900 },
  });

  it('says at once that the file cannot be read, where and why, and saves nothing until it is fixed', async () => {
    const { page } = host.workbench;
    await page.locator('.activitybar a.action-label[aria-label^="Delivery Rhythm"]').waitFor({ timeout: 60_000 });
    await runCommand(page, TITLE);
    const form = webviewFrame(page);
    const notice = form.locator('.notice.warning[role="status"]');
    await notice.waitFor({ timeout: 30_000 });
    assert.match(
      await notice.innerText(),
      /^\.delivery\/status\/2026-W48\.yaml cannot be read, line \d+: Invalid YAML/,
    );
    assert.equal(await isDisabled(form), true);
    // For a look by eye only: not one of the documented screenshots.
    await saveScreenshot(page, 'weekly-status-broken-file.png');
    assert.match(await form.locator('#save-reason').innerText(), /cannot be read: fix it first/);
    const before = await readFile(join(host.workspace, '.delivery', 'status', '2026-W48.yaml'), 'utf8');
    // Announced as unavailable, so pressed from the keyboard, as a screen-reader user would.
    await form.locator('vscode-button#save').focus();
    await page.keyboard.press('Enter');
    assert.equal(await activeId(form), 'open-file', 'Save takes the author to the way out');
    await form.locator('vscode-button#open-file').click();
    await page.locator('.tabs-container .tab', { hasText: '2026-W48.yaml' }).waitFor({ timeout: 15_000 });
    assert.equal(
      await readFile(join(host.workspace, '.delivery', 'status', '2026-W48.yaml'), 'utf8'),
      before,
      'the file was not touched',
    );
  });
});

describe('weekly status form recording an outcome measurement', () => {
  const host = hostedWorkbench({
    kind: 'example',
    server: { userSettings: { 'workbench.colorTheme': 'Default Dark Modern', 'window.title': 'acme' } },
    size: { width: 1280, height: 900 },
  });
  let form: FrameLocator;
  const initiativeFile = (id: string) => join(host.workspace, '.delivery', 'initiatives', `${id}.yaml`);
  const field = (id: string, key: 'current' | 'measured') => `[id="initiatives.${id}.outcome.${key}"]`;

  before(async () => {
    form = await openForm(host.workbench.page);
  });

  it('shows the metric and its last measurement, and records a new one in the initiative file on Save', async () => {
    const card = form.locator('section.card[data-initiative="payments-revamp"]');
    assert.equal(
      (await card.locator('.outcome-now').innerText()).replace(/\s+/g, ' ').trim(),
      'Checkout conversion · 2.35%, measured 2026-11-19',
    );
    assert.equal(await valueOf(form, field('payments-revamp', 'measured')), FIXTURE_TODAY, 'the day starts on today');
    const before = await readFile(initiativeFile('payments-revamp'), 'utf8');
    const statusFiles = await readdir(join(host.workspace, '.delivery', 'status'));
    await card.getByRole('textbox', { name: 'Measured value' }).fill('2.4%');
    await card.getByRole('textbox', { name: 'Measured on' }).fill(addDays(FIXTURE_TODAY, -1));
    await card.locator('.shipped[data-state="ready"]').waitFor({ timeout: 30_000 });
    assert.equal(
      await card.locator('.save-note .note').innerText(),
      "Status untouched: Save records only the outcome's measurement.",
    );
    await card.locator('fieldset.outcome').scrollIntoViewIfNeeded();
    await mkdir(screenshotsDir(), { recursive: true });
    await card.screenshot({ path: join(screenshotsDir(), 'weekly-status-outcome-dark.png') });
    await form.locator('vscode-button#save').click();
    await form
      .locator('.notice', { hasText: 'Measurement recorded in .delivery/initiatives/payments-revamp.yaml' })
      .waitFor({
        timeout: 15_000,
      });

    const after = await readFile(initiativeFile('payments-revamp'), 'utf8');
    assert.deepEqual(parse(after).outcome, {
      ...parse(before).outcome,
      current: '2.4%',
      measured: addDays(FIXTURE_TODAY, -1),
    });
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    assert.deepEqual(changed, ['  current: 2.4%', `  measured: ${addDays(FIXTURE_TODAY, -1)}`]);
    assert.deepEqual(await readdir(join(host.workspace, '.delivery', 'status')), statusFiles, 'no week file written');
    assert.equal(
      (await card.locator('.outcome-now').innerText()).replace(/\s+/g, ' ').trim(),
      `Checkout conversion · 2.4%, measured ${addDays(FIXTURE_TODAY, -1)}`,
    );
    assert.equal(await valueOf(form, field('payments-revamp', 'current')), '', 'a fresh measurement is offered');
  });

  it('shows a day after today as an error on the date field and saves nothing to the initiative file', async () => {
    const { page } = host.workbench;
    const id = 'mobile-onboarding';
    const before = await readFile(initiativeFile(id), 'utf8');
    const card = form.locator(`section.card[data-initiative="${id}"]`);
    const tomorrow = addDays(FIXTURE_TODAY, 1);
    await card.getByRole('textbox', { name: 'Measured value' }).fill('45%');
    await card.getByRole('textbox', { name: 'Measured on' }).fill(tomorrow);
    await form
      .locator(`[id="initiatives.${id}.outcome.measured-error"]`)
      .filter({ hasText: `${tomorrow} is after today (${FIXTURE_TODAY})` })
      .waitFor({ timeout: 5_000 });
    assert.equal(await isDisabled(form), true);
    assert.match(
      await form.locator('#save-reason').innerText(),
      /Mobile onboarding in three screens: .* is after today/,
    );

    await form.locator('vscode-button#save').focus();
    await page.keyboard.press('Enter');
    await waitFor(async () => (await activeId(form)) === `initiatives.${id}.outcome.measured`, 'focus on the date');
    assert.deepEqual(await focusedControl(page), {
      role: 'textbox',
      name: 'Measured on',
      description: `${tomorrow} is after today (${FIXTURE_TODAY}): enter the day the value was measured.`,
      invalid: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.equal(await readFile(initiativeFile(id), 'utf8'), before);
  });

  it('saves the rest when a teammate recorded a measurement meanwhile, keeps theirs in the file and the lead’s on the card', async () => {
    const id = 'fraud-scoring';
    const card = form.locator(`section.card[data-initiative="${id}"]`);
    // No entry left on another card by a test before: this one stands alone.
    const other = form.locator('section.card[data-initiative="mobile-onboarding"]');
    await other.getByRole('textbox', { name: 'Measured value' }).fill('');
    await other.getByRole('textbox', { name: 'Measured on' }).fill(FIXTURE_TODAY);
    await card.getByRole('textbox', { name: 'Measured value' }).fill('0.65%');
    await card.getByRole('textbox', { name: 'Measured on' }).fill(FIXTURE_TODAY);
    await form.locator('input[name="headline"]').fill('Fraud scoring back on track');
    const yesterday = addDays(FIXTURE_TODAY, -1);
    const before = await readFile(initiativeFile(id), 'utf8');
    assert.match(before, /\n {2}current: 0\.7%\n/);
    const theirs = before.replace(/\n {2}current: 0\.7%\n/, `\n  current: 0.6%\n  measured: ${yesterday}\n`);
    await writeFile(initiativeFile(id), theirs);
    await form.locator('vscode-button#save').click();
    const notice = form.locator('.notice.warning', { hasText: 'was not written' });
    await notice.waitFor({ timeout: 15_000 });
    assert.equal(
      (await notice.innerText()).replace(/W\d{2}/, 'Www'),
      'Saved to .delivery/status/2026-Www.yaml. The measurement on “Real-time fraud scoring” was not written: ' +
        `.delivery/initiatives/fraud-scoring.yaml changed since the form opened and now says 0.6%, measured ${yesterday}. ` +
        'Yours stays on its card: if it is the newer one, save again to record it; if not, clear its value.',
    );
    const week = await weekOf(form);
    const written = parse(await readFile(join(host.workspace, '.delivery', 'status', `${week}.yaml`), 'utf8'));
    assert.equal(written.headline, 'Fraud scoring back on track');
    assert.equal(await readFile(initiativeFile(id), 'utf8'), theirs, 'the teammate’s measurement is kept');
    assert.equal(await valueOf(form, field(id, 'current')), '0.65%', 'the lead’s measurement stays as typed');
    assert.equal(await valueOf(form, field(id, 'measured')), FIXTURE_TODAY);
    assert.equal(
      (await card.locator('.outcome-now').innerText()).replace(/\s+/g, ' ').trim(),
      `Chargeback rate · 0.6%, measured ${yesterday}`,
    );
    await mkdir(screenshotsDir(), { recursive: true });
    await notice.screenshot({ path: join(screenshotsDir(), 'weekly-status-outcome-changed-dark.png') });
    await card.locator('fieldset.outcome').scrollIntoViewIfNeeded();
    await card.locator('fieldset.outcome').screenshot({
      path: join(screenshotsDir(), 'weekly-status-outcome-changed-card-dark.png'),
    });
    // Theirs is the newer one: clearing the value leaves nothing to record on the card.
    await card.getByRole('textbox', { name: 'Measured value' }).fill('');
    await form.locator('vscode-button#save').click();
    await form.locator('.notice', { hasText: 'Nothing to save' }).waitFor({ timeout: 5_000 });
    assert.equal(await readFile(initiativeFile(id), 'utf8'), theirs);
  });

  it('saves the rest when a card’s initiative left the plan, and says which measurement was not written and why', async () => {
    const id = 'mobile-onboarding';
    const card = form.locator(`section.card[data-initiative="${id}"]`);
    // Typed here, not left from the test before: this test runs alone too (--grep).
    await card.getByRole('textbox', { name: 'Measured value' }).fill('45%');
    await card.getByRole('textbox', { name: 'Measured on' }).fill(FIXTURE_TODAY);
    await form.locator('input[name="headline"]').fill('Onboarding moved to next quarter');
    await rm(initiativeFile(id));
    await form.locator('vscode-button#save').click();
    const notice = form.locator('.notice.warning', { hasText: 'was not written' });
    await notice.waitFor({ timeout: 15_000 });
    assert.match(
      await notice.innerText(),
      /^Saved to \.delivery\/status\/\d{4}-W\d{2}\.yaml\. The measurement on “Mobile onboarding in three screens” was not written: the initiative is no longer in the plan \(removed or renamed since the form opened\)\. It stays on its card; Revert shows the plan as it is now\.$/,
    );
    const week = await weekOf(form);
    const written = parse(await readFile(join(host.workspace, '.delivery', 'status', `${week}.yaml`), 'utf8'));
    assert.equal(written.headline, 'Onboarding moved to next quarter');
    assert.equal(await valueOf(form, field(id, 'current')), '45%', 'the measurement stays as typed');
    await mkdir(screenshotsDir(), { recursive: true });
    await notice.screenshot({ path: join(screenshotsDir(), 'weekly-status-unwritten-dark.png') });
  });
});
