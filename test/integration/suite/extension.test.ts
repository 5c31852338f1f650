// The extension in a real VS Code on the example plan, trusted: trees, live diagnostics, quick fixes, reports.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DeliveryRhythmApi } from '../../../src/api';
import type { DebtNode } from '../../../src/tree/debtNodes';
import type { DetailNode, GroupNode, InitiativeNode } from '../../../src/tree/initiativeNodes';
import { AS_OF, deliveryApi, deliveryCodes, label, recordGitSpawns, waitFor } from '../extensionApi';

const HEALTH_LABELS = ['On track', 'At risk', 'Off track', 'Not started', 'Paused', 'Done', 'Cancelled'];

describe('Delivery Rhythm in a trusted workspace', () => {
  let api: DeliveryRhythmApi;
  let root: vscode.Uri;

  before(async () => {
    api = await deliveryApi();
    root = vscode.workspace.workspaceFolders![0].uri;
  });

  it('logs the activation time', async function () {
    assert.ok(api.activationMs > 0 && api.activationMs < 1000, `activation took ${api.activationMs} ms`);
    const line = await waitFor('the activation line in the log', async () => {
      const logs = await vscode.workspace.fs.readDirectory(api.logUri).then(undefined, () => []);
      for (const [name] of logs) {
        const text = new TextDecoder().decode(
          await vscode.workspace.fs.readFile(vscode.Uri.joinPath(api.logUri, name)),
        );
        const found = /activated in [\d.]+ ms/.exec(text)?.[0];
        if (found) return found;
      }
      return undefined;
    });
    this.test!.title = `logs the activation time (${line})`;
  });

  describe('Initiatives tree', () => {
    it('groups the example initiatives by health, in the executive order', async () => {
      const groups = (await api.initiatives.getChildren()) as GroupNode[];
      const labels = groups.map(label);
      assert.ok(labels.length >= 2, `groups: ${labels.join(', ')}`);
      const order = labels.map((l) => HEALTH_LABELS.indexOf(l));
      assert.ok(
        order.every((index, i) => index >= 0 && (i === 0 || index > order[i - 1])),
        `order: ${labels.join(', ')}`,
      );
    });

    it('shows each initiative as "owner · target" with a health icon and a composed context value', async () => {
      const groups = (await api.initiatives.getChildren()) as GroupNode[];
      const rows = (await api.initiatives.getChildren(groups[0])) as InitiativeNode[];
      assert.ok(rows.length > 0);
      for (const row of rows) {
        assert.match(String(row.description), / · /);
        assert.ok(row.iconPath instanceof vscode.ThemeIcon);
        assert.match(String(row.contextValue), /^initiative:[a-z-]+:(owned|unowned|team-owned)$/);
        assert.equal(row.command?.command, 'vscode.open');
      }
    });

    it('lists why, owner, target and shipped this week under an initiative', async () => {
      const groups = (await api.initiatives.getChildren()) as GroupNode[];
      const row = ((await api.initiatives.getChildren(groups[0])) as InitiativeNode[])[0];
      const details = (await api.initiatives.getChildren(row)) as DetailNode[];
      const labels = details.map(label);
      for (const expected of ['Owner', 'Target', 'Shipped this week'])
        assert.ok(labels.includes(expected), `children: ${labels.join(', ')}`);
    });

    it('regroups by owner and remembers the choice', async () => {
      await vscode.commands.executeCommand('deliveryRhythm.groupByOwner');
      try {
        const labels = ((await api.initiatives.getChildren()) as GroupNode[]).map(label);
        assert.ok(!labels.some((l) => HEALTH_LABELS.includes(l)), `groups: ${labels.join(', ')}`);
        assert.equal(api.initiatives.groupBy, 'owner');
      } finally {
        await vscode.commands.executeCommand('deliveryRhythm.groupByHealth');
      }
    });
  });

  describe('Blockers tree', () => {
    it('lists blockers oldest first with their age', async () => {
      const rows = await api.blockers.getChildren();
      assert.ok(rows.length > 0, 'the example has blockers');
      const ages = rows.map((row) => Number(/^(\d+) days?/.exec(String(row.description))?.[1] ?? -1));
      assert.deepEqual(
        [...ages].sort((a, b) => b - a),
        ages,
      );
    });

    it('counts blockers older than the aging limit for the view badge', async () => {
      const rows = await api.blockers.getChildren();
      const old = rows.filter((row) => Number(/^(\d+) days?/.exec(String(row.description))?.[1] ?? 0) > 14);
      assert.ok(old.length > 0, 'the example has an aging blocker');
      assert.equal(api.blockers.agingCount(), old.length);
    });
  });

  describe('Technical debt view', () => {
    it('lists the register worst risk first, each with its risk and owner, opening the item in debt.yaml', async () => {
      const rows = (await api.debt.getChildren()) as DebtNode[];
      assert.deepEqual(rows.map(label), [
        'Hand-rolled payment rollout switch',
        'Order export cron on a single VM',
        'Checkout forms on a deprecated form library',
        'Dependencies two major versions behind',
      ]);
      assert.deepEqual(
        rows.map((row) => row.description),
        ['high · Lee Park', 'medium · Omar Haddad', 'medium · Sam Ode', 'low · Tom Berg'],
      );
      assert.equal(rows[0].contextValue, 'debt:high:owned');
      const [uri] = rows[0].command?.arguments ?? [];
      assert.equal((uri as vscode.Uri).path, vscode.Uri.joinPath(root, '.delivery/debt.yaml').path);
    });

    it('diagnoses debt.yaml as the user types, and a quick fix names a recent author as the owner', async () => {
      const file = vscode.Uri.joinPath(root, '.delivery/debt.yaml');
      const document = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(document);
      try {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(
          file,
          document.lineAt(
            document
              .getText()
              .split('\n')
              .findIndex((l) => l.includes('owner: Lee Park')),
          ).range,
          '    owner: Platform team',
        );
        assert.ok(await vscode.workspace.applyEdit(edit));
        await waitFor('owner-not-a-person on debt.yaml', () =>
          deliveryCodes(file).includes('owner-not-a-person') ? true : undefined,
        );
        await waitFor('the view to follow the edit', async () =>
          ((await api.debt.getChildren()) as DebtNode[])[0]?.description === 'high · Platform team' ? true : undefined,
        );
        const diagnostic = vscode.languages.getDiagnostics(file).find((d) => d.code === 'owner-not-a-person')!;
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          file,
          diagnostic.range,
        );
        const setOwner = actions.find((a) => a.title.startsWith('Set owner to '));
        assert.ok(setOwner?.edit, `actions: ${actions.map((a) => a.title).join(', ')}`);
        assert.ok(await vscode.workspace.applyEdit(setOwner.edit));
        await waitFor('the quick fix to clear the finding', () =>
          deliveryCodes(file).includes('owner-not-a-person') ? undefined : true,
        );
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
      await waitFor('the view to show the file on disk again', async () =>
        ((await api.debt.getChildren()) as DebtNode[])[0]?.description === 'high · Lee Park' ? true : undefined,
      );
    });
  });

  describe('Set Owner', () => {
    const file = () => vscode.Uri.joinPath(root, '.delivery/initiatives/zz-team-owned.yaml');

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(file()).then(undefined, () => undefined);
    });

    it('replaces a team owner with one person and touches nothing else', async () => {
      const text = '# keep this comment\ntitle: Team owned\nowner: "Payments squad"  # who?\nwhy: Revenue\n';
      await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode(text));
      await vscode.commands.executeCommand('deliveryRhythm.setOwner', {
        uri: file().toString(),
        id: 'zz-team-owned',
        owner: 'Dana Kim',
      });
      const document = await vscode.workspace.openTextDocument(file());
      assert.equal(document.getText(), text.replace('"Payments squad"', 'Dana Kim'));
    });
  });

  describe('diagnostics and quick fixes', () => {
    const file = () => vscode.Uri.joinPath(root, '.delivery/initiatives/zz-ownerless.yaml');
    const text = [
      'title: Ownerless experiment',
      'why: Learn whether bundles sell',
      'status: on-track',
      'target: TBD',
      '',
    ].join('\n');

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(file()).then(undefined, () => undefined);
    });

    it('flags a new ownerless initiative from disk', async () => {
      await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode(text));
      await waitFor('owner-missing', () => (deliveryCodes(file()).includes('owner-missing') ? true : undefined));
    });

    it('follows unsaved edits as the user types', async () => {
      const document = await vscode.workspace.openTextDocument(file());
      await vscode.window.showTextDocument(document);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(file(), new vscode.Position(1, 0), 'owner: Platform team\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(document.isDirty);
      await waitFor('owner-not-a-person instead of owner-missing', () => {
        const codes = deliveryCodes(file());
        return codes.includes('owner-not-a-person') && !codes.includes('owner-missing') ? true : undefined;
      });
    });

    it('offers a quick fix that names a recent commit author, and the diagnostic vanishes', async () => {
      const diagnostic = vscode.languages.getDiagnostics(file()).find((d) => d.code === 'owner-not-a-person')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        file(),
        diagnostic.range,
      );
      const setOwner = actions.find((a) => a.title.startsWith('Set owner to '));
      assert.ok(setOwner?.edit, `actions: ${actions.map((a) => a.title).join(', ')}`);
      assert.ok(await vscode.workspace.applyEdit(setOwner.edit));
      await waitFor('owner findings to vanish', () =>
        deliveryCodes(file()).some((c) => c.startsWith('owner-')) ? undefined : true,
      );
    });

    it('replaces an unbounded target with the next quarter', async () => {
      const diagnostic = vscode.languages.getDiagnostics(file()).find((d) => d.code === 'target-unbounded')!;
      assert.ok(diagnostic, `codes: ${deliveryCodes(file()).join(', ')}`);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        file(),
        diagnostic.range,
      );
      const fix = actions.find((a) => a.title === 'Set target to 2027-Q1 (next quarter)');
      assert.ok(fix?.edit, `actions: ${actions.map((a) => a.title).join(', ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      const document = await vscode.workspace.openTextDocument(file());
      assert.match(document.getText(), /^target: 2027-Q1$/m);
      await waitFor('target-unbounded to vanish', () =>
        deliveryCodes(file()).includes('target-unbounded') ? undefined : true,
      );
    });

    it('clears the diagnostics of a deleted file', async () => {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(file());
      await waitFor('diagnostics to clear', () => (deliveryCodes(file()).length ? undefined : true));
    });
  });

  describe('Generate Weekly Executive Update', () => {
    it('writes .delivery/updates/2026-W47.md from git and the files', async () => {
      const recorder = recordGitSpawns();
      let result: { uri: string; usedGit: boolean } | undefined;
      try {
        result = await vscode.commands.executeCommand('deliveryRhythm.weeklyUpdate', {
          week: '2026-W47',
          asOf: AS_OF,
          open: false,
          replace: true,
        });
      } finally {
        recorder.restore();
      }
      assert.ok(result, 'the command returned nothing');
      assert.equal(result.uri, vscode.Uri.joinPath(root, '.delivery/updates/2026-W47.md').toString());
      assert.equal(result.usedGit, true);
      assert.ok(
        recorder.commands.length > 0,
        'git was not spawned, so the Restricted Mode check could not catch it either',
      );
      const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(result.uri)));
      assert.match(markdown, /^# Weekly update.*2026-W47/m);
    });

    it('writes the roadmap review and the quarterly review where DESIGN.md says', async () => {
      const roadmap = await vscode.commands.executeCommand<{ uri: string }>('deliveryRhythm.roadmapReview', {
        asOf: AS_OF,
        open: false,
        replace: true,
      });
      const quarterly = await vscode.commands.executeCommand<{ uri: string }>('deliveryRhythm.quarterlyReview', {
        quarter: '2026-Q4',
        asOf: AS_OF,
        open: false,
        replace: true,
      });
      assert.equal(roadmap?.uri, vscode.Uri.joinPath(root, `.delivery/reviews/roadmap-${AS_OF}.md`).toString());
      assert.equal(quarterly?.uri, vscode.Uri.joinPath(root, '.delivery/reviews/quarter-2026-Q4.md').toString());
      for (const written of [roadmap!, quarterly!])
        assert.ok((await vscode.workspace.fs.stat(vscode.Uri.parse(written.uri))).size > 0);
    });

    it('refuses a malformed week instead of writing anywhere', async () => {
      const result = await vscode.commands.executeCommand('deliveryRhythm.weeklyUpdate', {
        week: '../../x',
        open: false,
      });
      assert.equal(result, undefined);
    });
  });

  describe('with deliveryRhythm.useGit off', () => {
    const setting = () => vscode.workspace.getConfiguration('deliveryRhythm');

    before(async () => {
      await setting().update('useGit', false, vscode.ConfigurationTarget.Workspace);
      await waitFor('the setting to apply', () => (setting().get('useGit') === false ? true : undefined));
      await vscode.commands.executeCommand('deliveryRhythm.refresh');
      await api.idle();
    });

    after(async () => {
      await setting().update('useGit', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('deliveryRhythm.refresh');
      await api.idle();
    });

    it('drops "Shipped this week" and writes reports from the files only', async () => {
      const groups = (await api.initiatives.getChildren()) as GroupNode[];
      const row = ((await api.initiatives.getChildren(groups[0])) as InitiativeNode[])[0];
      assert.ok(!(await api.initiatives.getChildren(row)).map(label).includes('Shipped this week'));
      const runs = api.gitRuns();
      const result = await vscode.commands.executeCommand<{ usedGit: boolean }>('deliveryRhythm.weeklyUpdate', {
        week: '2026-W47',
        asOf: AS_OF,
        open: false,
        replace: true,
      });
      assert.equal(result?.usedGit, false);
      assert.equal(api.gitRuns(), runs);
    });
  });

  it('creates nothing when .delivery/ already has files', async () => {
    const before = (await vscode.workspace.findFiles('.delivery/**')).length;
    const created = await vscode.commands.executeCommand('deliveryRhythm.init', {
      team: 'Checkout',
      owner: 'Dana Kim',
    });
    assert.equal(created, undefined);
    assert.equal((await vscode.workspace.findFiles('.delivery/**')).length, before);
  });

  it('reads no git history again when a plan file is saved: one rev-parse tells the commits did not move', async () => {
    const uri = vscode.Uri.joinPath(root, '.delivery/initiatives/search-relevance.yaml');
    const before = await vscode.workspace.fs.readFile(uri);
    // Whatever an earlier test started has finished, so only this save's reload is recorded.
    await api.idle();
    const recorder = recordGitSpawns();
    try {
      await vscode.workspace.fs.writeFile(
        uri,
        new TextEncoder().encode(`${new TextDecoder().decode(before)}# saved again\n`),
      );
      await waitFor('the reload to ask git where HEAD is', () =>
        recorder.commands.some((c) => c.includes('rev-parse')) ? true : undefined,
      );
      await api.idle();
    } finally {
      recorder.restore();
      await vscode.workspace.fs.writeFile(uri, before);
    }
    assert.deepEqual(
      recorder.commands.filter((c) => / log /.test(c)),
      [],
      recorder.commands.join('\n'),
    );
  });

  it('shows the next cadence item in the status bar', async () => {
    await api.cadence.refresh();
    assert.match(api.cadence.current()?.label ?? '', /^(Weekly update|Roadmap review|Quarterly review) (due|overdue)/);
  });

  it("opens this week's status form from the weekly item, and writes no update by itself", async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const updates = () => vscode.workspace.findFiles('.delivery/updates/**');
    const before = (await updates()).length;
    await vscode.commands.executeCommand('deliveryRhythm.cadenceStep', {
      kind: 'weekly',
      period: '2026-W49',
      folder: folder.uri.toString(),
      week: '2026-W48',
    });
    await waitFor("this week's form", () =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.label === 'Weekly Status 2026-W48'),
    );
    assert.equal((await updates()).length, before);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
