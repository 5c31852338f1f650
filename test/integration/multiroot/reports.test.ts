// Report commands in a multi-root workspace write into the folder they were given or the user
// picked, and never into another folder.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { MULTI_ROOT, SECOND_PLAN_SHIPPED_TITLE, SIBLING_SHIPPED_TITLE } from '../../host/multiRootWorkspace';
import { AS_OF, deliveryApi } from '../extensionApi';
import { acceptFirstPick, exampleFolder, exists, fileIn, plainFolder, readText, secondFolder } from './folders';

interface ReportResult {
  uri: string;
  usedGit: boolean;
}

const WEEK = '2026-W48';
const ROADMAP = `.delivery/reviews/roadmap-${AS_OF}.md`;

function run(command: string, options: Record<string, unknown>): Thenable<ReportResult | undefined> {
  return vscode.commands.executeCommand<ReportResult | undefined>(command, {
    asOf: AS_OF,
    open: false,
    replace: true,
    ...options,
  });
}

describe('report commands in a multi-root workspace', () => {
  before(async () => {
    await deliveryApi();
  });

  it('write the weekly update of the folder named in the options, from its own git history, and only there', async () => {
    const result = await run('deliveryRhythm.weeklyUpdate', { folder: secondFolder().name, week: WEEK });
    assert.equal(result?.uri, fileIn(secondFolder(), `.delivery/updates/${WEEK}.md`).toString());
    assert.equal(result.usedGit, true);
    const markdown = await readText(vscode.Uri.parse(result.uri));
    assert.match(markdown, /^# Weekly update — Billing — 2026-W48$/m);
    assert.ok(markdown.includes(SECOND_PLAN_SHIPPED_TITLE), markdown);
    assert.match(markdown, new RegExp(`${SIBLING_SHIPPED_TITLE}.* · ${MULTI_ROOT.service} · `), 'the sibling named');
    assert.ok(!markdown.includes('3-D Secure'), "the example repository's work leaked into the second plan's update");
    assert.equal(await exists(fileIn(exampleFolder(), `.delivery/updates/${WEEK}.md`)), false);
  });

  it('take the folder by its URI too', async () => {
    const result = await run('deliveryRhythm.quarterlyReview', {
      folder: secondFolder().uri.toString(),
      quarter: '2026-Q4',
    });
    assert.equal(result?.uri, fileIn(secondFolder(), '.delivery/reviews/quarter-2026-Q4.md').toString());
    assert.equal(await exists(fileIn(exampleFolder(), '.delivery/reviews/quarter-2026-Q4.md')), false);
  });

  it("roll up every folder with a plan into one director's update, each from its own history, writing into no folder", async () => {
    const result = await vscode.commands.executeCommand<
      { markdown: string; json: { teams: { team: string; source: string }[]; shippedCount: number } } | undefined
    >('deliveryRhythm.rollupUpdate', { asOf: AS_OF, week: WEEK, open: false });
    assert.ok(result, 'no roll-up');
    assert.deepEqual(
      result.json.teams.map((t) => t.source),
      [exampleFolder().name, secondFolder().name],
    );
    assert.ok(result.json.teams.some((t) => t.team === 'Billing'));
    assert.match(result.markdown, /^# Roll-up — 2 teams — 2026-W48$/m);
    assert.ok(result.markdown.includes(SECOND_PLAN_SHIPPED_TITLE), result.markdown);
    assert.ok(result.markdown.includes('3-D Secure'), "the example team's shipped work is there too");
    assert.equal(await exists(fileIn(plainFolder(), '.delivery')), false);
  });

  it('refuse the folder without .delivery/ and create nothing in it', async () => {
    const result = await run('deliveryRhythm.weeklyUpdate', { folder: plainFolder().name, week: WEEK });
    assert.equal(result, undefined);
    assert.equal(await exists(fileIn(plainFolder(), '.delivery')), false);
  });

  it('ask which folder when none is named, and write into the one picked', async () => {
    let settled = false;
    const running = Promise.resolve(run('deliveryRhythm.roadmapReview', {})).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(settled, false, 'the command did not wait for a folder to be picked');
    const result = await acceptFirstPick(running, () => settled);
    assert.equal(result?.uri, fileIn(exampleFolder(), ROADMAP).toString());
    assert.equal(await exists(fileIn(secondFolder(), ROADMAP)), false);
  });
});
