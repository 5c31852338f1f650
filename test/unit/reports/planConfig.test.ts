import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDeliveryFolder } from '../../../src/core/load';
import { peekConfig as peekConfigOf, readConfigText } from '../../../src/core/reports/planConfig';

const peekConfig = (root: string) => peekConfigOf(readConfigText(root));

describe('peekConfig', () => {
  let root: string;
  const write = (path: string, text: string | Buffer) => writeFileSync(join(root, '.delivery', path), text);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dr-config-'));
    mkdirSync(join(root, '.delivery', 'initiatives'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads the branch and time zone from config.yaml alone, whatever the other files hold', () => {
    write('config.yaml', 'timezone: Europe/Berlin\nbranch: trunk\n');
    write('initiatives/broken.yaml', 'title: [unclosed\n');

    const config = peekConfig(root);

    assert.deepEqual([config.timezone, config.branch], ['Europe/Berlin', 'trunk']);
  });

  it('gives the config the loaded plan has', async () => {
    write('config.yaml', 'team: Checkout\ntimezone: America/New_York\nweek_starts: monday\n');

    assert.deepEqual(peekConfig(root), (await loadDeliveryFolder(root)).config);
  });

  it('gives the defaults for a linked config.yaml, which the loader refuses too', async () => {
    const elsewhere = join(root, 'elsewhere.yaml');
    writeFileSync(elsewhere, 'timezone: Asia/Tokyo\n');
    symlinkSync(elsewhere, join(root, '.delivery', 'config.yaml'));

    assert.equal(peekConfig(root).timezone, 'UTC');
    assert.equal((await loadDeliveryFolder(root)).config.timezone, 'UTC');
  });

  it('gives the defaults for a config.yaml that is not UTF-8', () => {
    write('config.yaml', Buffer.concat([Buffer.from('timezone: Asia/Tokyo\nteam: '), Buffer.from([0xff, 0x0a])]));

    assert.equal(peekConfig(root).timezone, 'UTC');
  });

  it('gives the defaults when there is no config.yaml or no .delivery/ folder', () => {
    assert.equal(peekConfig(root).branch, 'main');
    assert.equal(peekConfig(join(root, 'missing')).branch, 'main');
  });
});
