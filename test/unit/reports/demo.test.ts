import * as assert from 'node:assert/strict';
import { readSlipLedger } from '../../../src/core/git/ledger';
import { generateWeeklyUpdate } from '../../../src/core/reports/generate';
import { demoCheckout, EXAMPLE_PLAN, type DemoCheckout } from '../../helpers/demoCheckout';
import { makeDemoRepo } from '../../helpers/demoRepo';

describe('demo repository', () => {
  let checkout: DemoCheckout;
  let dir: string;
  before(async () => {
    checkout = await demoCheckout('dr-demo-', { name: 'acme' });
    dir = checkout.repo;
  });
  after(() => checkout?.remove());

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
    await assert.rejects(makeDemoRepo(dir, EXAMPLE_PLAN), /not empty/);
  });
});
