import * as assert from 'node:assert/strict';
import { findings, initiative } from '../parse/build';

const week = (w: string, ids = ['payments']): Record<string, string> => ({
  [`status/${w}.yaml`]: `week: ${w}\ninitiatives:\n${ids.map((id) => `  ${id}: {status: on-track}\n`).join('')}`,
});

describe('status-stale', () => {
  const payments = { 'initiatives/payments.yaml': initiative() };

  it('counts a status of week W as of its Sunday: W47 (Sunday 22 Nov) is fresh on 2 Dec', () => {
    assert.deepEqual(findings({ ...payments, ...week('2026-W47') }, 'status-stale', '2026-12-02'), []);
  });
  it('warns once more than 10 days have passed since that Sunday', () => {
    const [f] = findings({ ...payments, ...week('2026-W46'), ...week('2026-W47', []) }, 'status-stale', '2026-11-26');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /for 11 days \(last: 2026-W46\): add it to status\/2026-W48\.yaml/);
  });
  it('uses the days from config.yaml', () => {
    const files = { ...payments, ...week('2026-W46'), 'config.yaml': 'rules: {status-stale: {days: 20}}\n' };
    assert.deepEqual(findings(files, 'status-stale', '2026-11-26'), []);
  });
  it('warns about an active initiative that no status ever mentioned', () => {
    assert.match(findings(payments, 'status-stale')[0].message, /No weekly status mentions 'payments'/);
  });
  it('leaves finished and paused initiatives alone', () => {
    const files = {
      'initiatives/a.yaml': initiative({ status: 'done' }),
      'initiatives/b.yaml': initiative({ status: 'paused' }),
    };
    assert.deepEqual(findings(files, 'status-stale'), []);
  });
});
