// Folders the plan cannot use: unreadable, named like a plan file, or a link out of the repository.
// Each is a finding (or, for .delivery itself, a one-line error), never a crash or a silent skip.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeliveryError } from '../../../src/core/errors';
import { loadDeliveryFolder } from '../../../src/core/load';
import { builtCli, DIST } from '../../helpers/builtCli';

const INITIATIVE = 'title: Payments\nowner: Dana Kim\nwhy: Fewer drop-offs\nstatus: on-track\ntarget: 2026-Q4\n';

describe('folders in .delivery/', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dr-folders-'));
    mkdirSync(join(root, '.delivery', 'initiatives'), { recursive: true });
    writeFileSync(join(root, '.delivery', 'initiatives', 'payments.yaml'), INITIATIVE);
  });
  afterEach(() => {
    chmodSync(root, 0o700);
    rmSync(root, { recursive: true, force: true });
  });

  it('reports a folder named like an initiative file or config.yaml', async () => {
    mkdirSync(join(root, '.delivery', 'initiatives', 'x.yaml'));
    mkdirSync(join(root, '.delivery', 'config.yaml'));
    const model = await loadDeliveryFolder(root);
    const problems = model.problems.map((p) => [p.file, p.message]);
    assert.deepEqual(problems.sort(), [
      ['.delivery/config.yaml', 'This is a folder, not a YAML file: remove it, or put the file itself here'],
      ['.delivery/initiatives/x.yaml', 'This is a folder, not a YAML file: remove it, or put the file itself here'],
    ]);
    assert.deepEqual(
      model.initiatives.map((i) => i.id),
      ['payments'],
    );
  });

  it('refuses a .delivery that is a link, which could point anywhere on the machine', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'dr-elsewhere-'));
    mkdirSync(join(elsewhere, 'initiatives'));
    writeFileSync(join(elsewhere, 'initiatives', 'secret.yaml'), INITIATIVE);
    const linked = join(root, 'linked');
    mkdirSync(linked);
    symlinkSync(elsewhere, join(linked, '.delivery'));
    await assert.rejects(
      loadDeliveryFolder(linked),
      (error: unknown) => error instanceof DeliveryError && /symbolic link/.test(error.message),
    );
    rmSync(elsewhere, { recursive: true, force: true });
  });

  describe('that the user cannot read', () => {
    let cli: (args: string[]) => { status: number | null; stdout: string; stderr: string };
    before(() => builtCli());
    beforeEach(() => {
      // Root reads every folder whatever its mode: the CLI then runs as the unprivileged "nobody",
      // from a copy of dist/ that user can reach.
      const asRoot = process.getuid?.() === 0;
      const bin = join(root, 'bin');
      mkdirSync(bin);
      for (const name of readdirSync(DIST)) if (name.startsWith('cli')) copyFileSync(join(DIST, name), join(bin, name));
      chmodSync(root, 0o755);
      for (const dir of [bin, join(root, '.delivery'), join(root, '.delivery', 'initiatives')]) chmodSync(dir, 0o755);
      chmodSync(join(root, '.delivery', 'initiatives', 'payments.yaml'), 0o644);
      cli = (args) => {
        const command = asRoot
          ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath]
          : [process.execPath];
        const result = spawnSync(
          command[0],
          [...command.slice(1), join(bin, 'cli.js'), ...args, '--as-of', '2026-11-25'],
          { encoding: 'utf8' },
        );
        return { status: result.status, stdout: result.stdout, stderr: result.stderr };
      };
    });

    it('reports an unreadable status folder as a finding and still lints the rest', () => {
      mkdirSync(join(root, '.delivery', 'status'), { mode: 0o000 });
      chmodSync(join(root, '.delivery', 'status'), 0o000);
      const { status, stdout, stderr } = cli(['lint', root, '--no-git']);
      // Nothing on stderr but the count of the findings: no stack, no second message.
      assert.equal(stderr, '1 error, 1 warning and 1 information finding in 2 files.\n');
      assert.equal(status, 1);
      assert.match(
        stdout,
        /^\.delivery\/status:1:1 error schema This folder cannot be read \(EACCES\): check its permissions$/m,
      );
      assert.match(stdout, /payments\.yaml.*status-stale/);
    });

    it('stops with one line and exit 2 when .delivery itself cannot be read', () => {
      chmodSync(join(root, '.delivery'), 0o000);
      const { status, stdout, stderr } = cli(['lint', root]);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.match(
        stderr,
        /^delivery-rhythm lint: \.delivery\/ in .* cannot be read \(EACCES\)\. Check its permissions\.\n$/,
      );
    });
  });
});
