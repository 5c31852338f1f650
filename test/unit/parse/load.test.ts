import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DeliveryError } from '../../../src/core/errors';
import { loadDeliveryFolder } from '../../../src/core/load';
import { initiative } from './build';

describe('loadDeliveryFolder', () => {
  let root: string;
  const write = (path: string, content: string | Buffer): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'delivery-load-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads initiatives, statuses and config from disk', async () => {
    write('.delivery/initiatives/payments.yaml', initiative());
    write('.delivery/status/2026-W47.yaml', 'initiatives:\n  payments: {status: at-risk}\n');
    write('.delivery/config.yaml', 'timezone: Europe/Berlin\n');
    write('.delivery/updates/2026-W47.md', '# generated\n');
    const model = await loadDeliveryFolder(root);
    assert.deepEqual(
      model.initiatives.map((i) => i.file),
      ['.delivery/initiatives/payments.yaml'],
    );
    assert.equal(model.statuses[0].initiatives[0].status?.value, 'at-risk');
    assert.equal(model.config.timezone, 'Europe/Berlin');
    assert.deepEqual(model.problems, []);
  });

  it('lets unsaved editor text replace a file and add a new one', async () => {
    write('.delivery/initiatives/payments.yaml', initiative());
    const overrides = new Map([
      ['.delivery/initiatives/payments.yaml', initiative({ owner: 'Lee Park' })],
      ['.delivery/initiatives/search.yaml', initiative({ title: 'Search' })],
    ]);
    const model = await loadDeliveryFolder(root, overrides);
    assert.deepEqual(
      model.initiatives.map((i) => [i.id, i.owner?.value]),
      [
        ['payments', 'Lee Park'],
        ['search', 'Dana Kim <dana@acme.io>'],
      ],
    );
  });

  it('reports non-UTF-8 content instead of reading garbage', async () => {
    write('.delivery/initiatives/payments.yaml', initiative());
    write('.delivery/initiatives/latin1.yaml', Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe9, 0x0a]));
    const model = await loadDeliveryFolder(root);
    assert.deepEqual(
      model.problems.map((p) => [p.file, p.message]),
      [['.delivery/initiatives/latin1.yaml', 'This file is not UTF-8 text: save it as UTF-8']],
    );
  });

  it('reports a file over 1 MiB without reading it', async () => {
    write('.delivery/initiatives/payments.yaml', initiative());
    write('.delivery/initiatives/huge.yaml', `title: ${'x'.repeat(1024 * 1024 + 1)}\n`);
    const model = await loadDeliveryFolder(root);
    assert.match(model.problems[0].message, /larger than 1 MiB/);
  });

  it('refuses symbolic links, to files and to folders, with a finding each', async () => {
    write('.delivery/initiatives/payments.yaml', initiative());
    write('outside/secret.yaml', 'title: Secret\n');
    symlinkSync(join(root, 'outside/secret.yaml'), join(root, '.delivery/initiatives/linked.yaml'));
    symlinkSync(join(root, 'outside'), join(root, '.delivery/status'));
    const model = await loadDeliveryFolder(root);
    assert.deepEqual(
      model.initiatives.map((i) => i.id),
      ['payments'],
    );
    assert.deepEqual(model.problems.map((p) => p.file).sort(), [
      '.delivery/initiatives/linked.yaml',
      '.delivery/status',
    ]);
    assert.ok(model.problems.every((p) => /symbolic link/.test(p.message)));
  });

  it('gives an empty .delivery/ a finding that says how to add an initiative', async () => {
    mkdirSync(join(root, '.delivery'));
    const model = await loadDeliveryFolder(root);
    assert.match(model.problems[0].message, /add \.delivery\/initiatives\/<id>\.yaml/);
  });

  it('throws DeliveryError when the folder or its .delivery/ is missing', async () => {
    await assert.rejects(
      loadDeliveryFolder(join(root, 'nope')),
      (e: unknown) => e instanceof DeliveryError && /Folder not found/.test(e.message),
    );
    await assert.rejects(
      loadDeliveryFolder(root),
      (e: unknown) => e instanceof DeliveryError && /No \.delivery\/ folder/.test(e.message),
    );
  });
});
