import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readSlipLedger } from '../../../src/core/git/ledger';
import { generateWeeklyUpdate } from '../../../src/core/reports/generate';
import { makeDemoRepo } from '../../helpers/demoRepo';

const EXAMPLE = resolve(__dirname, '../../../../examples/acme/.delivery');

describe('demo repository', () => {
  let dir: string;
  before(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'dr-demo-')), 'acme');
    await makeDemoRepo(dir, EXAMPLE);
  });
  after(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('moves the payments target later twice', async () => {
    const moves = (await readSlipLedger(dir, { timeZone: 'Europe/Berlin' }))
      .get('payments-revamp')
      ?.filter((e) => e.field === 'target' && e.from);
    assert.deepEqual(
      moves?.map((e) => `${e.from}→${e.to} ${e.date}`),
      ['2026-10→2026-11 2026-10-20', '2026-11→2026-Q4 2026-11-18'],
    );
  });

  it('ships merges, squash merges and direct pushes in W47, with Other work and a trailer', async () => {
    const { json } = await generateWeeklyUpdate(dir, { week: '2026-W47', asOf: '2026-11-25', useGit: true });
    const shipped = json.initiatives.flatMap((i) => i.shipped);
    assert.deepEqual([...new Set([...shipped, ...json.other].map((s) => s.kind))].sort(), [
      'direct',
      'merge',
      'squash',
    ]);
    assert.ok(json.other.length >= 1);
    assert.deepEqual(
      json.initiatives.find((i) => i.id === 'payments-revamp')?.shipped.map((s) => s.subject),
      ['Retry vendor webhooks with backoff'],
    );
  });

  it('refuses a folder that is not empty', async () => {
    await assert.rejects(makeDemoRepo(dir, EXAMPLE), /not empty/);
  });
});
