import * as assert from 'node:assert/strict';
import type { LedgerEntry, SlipLedger } from '../../../src/core/model';
import { findings, initiative } from '../parse/build';

describe('target-missing', () => {
  it('warns about an active initiative with no target', () => {
    const [f] = findings({ 'initiatives/a.yaml': initiative({ target: '' }) }, 'target-missing');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /2026-Q4/);
  });
  it('does not ask a paused or done initiative for a target', () => {
    assert.deepEqual(
      findings(
        {
          'initiatives/a.yaml': initiative({ target: '', status: 'paused' }),
          'initiatives/b.yaml': initiative({ target: '', status: 'done' }),
        },
        'target-missing',
      ),
      [],
    );
  });
});

describe('target-unbounded', () => {
  for (const target of ['TBD', 'soon', '2027+', '2026', '"2026 H2"', '{start: 2026-10-01}']) {
    it(`flags ${target}`, () => {
      const [f] = findings({ 'initiatives/a.yaml': initiative({ target }) }, 'target-unbounded');
      assert.equal(f?.severity, 'warning');
      assert.deepEqual(f.range.start, { line: 4, column: 8 });
    });
  }
  for (const target of ['2026-12-15', '2026-12', '2026-Q4', '{start: 2026-10-01, end: 2026-12-15}']) {
    it(`accepts ${target}`, () => {
      assert.deepEqual(findings({ 'initiatives/a.yaml': initiative({ target }) }, 'target-unbounded'), []);
    });
  }
  it('leaves an impossible date to the schema finding', () => {
    assert.deepEqual(findings({ 'initiatives/a.yaml': initiative({ target: '2026-02-30' }) }, 'target-unbounded'), []);
  });
});

describe('target-passed', () => {
  it('warns when the target ended before the as-of date and the work is not done', () => {
    const [f] = findings({ 'initiatives/a.yaml': initiative({ target: '2026-Q3' }) }, 'target-passed', '2026-11-25');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /2026-Q3 ended 56 days ago \(2026-09-30\)/);
  });
  it('counts the last day of the target as still on time', () => {
    assert.deepEqual(
      findings({ 'initiatives/a.yaml': initiative({ target: '2026-11' }) }, 'target-passed', '2026-11-30'),
      [],
    );
    assert.equal(
      findings({ 'initiatives/a.yaml': initiative({ target: '2026-11' }) }, 'target-passed', '2026-12-01').length,
      1,
    );
  });
  it('is quiet for done and cancelled initiatives', () => {
    const files = {
      'initiatives/a.yaml': initiative({ target: '2026-Q3', status: 'done' }),
      'initiatives/b.yaml': initiative({ target: '2026-Q3', status: 'cancelled' }),
    };
    assert.deepEqual(findings(files, 'target-passed'), []);
  });
});

describe('target-slipped', () => {
  const move = (from: string, to: string, date: string): LedgerEntry => ({
    date,
    sha: date.replace(/-/g, ''),
    field: 'target',
    from,
    to,
  });
  const files = { 'initiatives/payments.yaml': initiative({ target: '2027-Q1' }) };

  it('informs when the target moved later twice', () => {
    const ledger: SlipLedger = new Map([
      ['payments', [move('2026-Q3', '2026-Q4', '2026-08-01'), move('2026-Q4', '2027-Q1', '2026-10-01')]],
    ]);
    const [f] = findings(files, 'target-slipped', '2026-11-25', ledger);
    assert.equal(f.severity, 'information');
    assert.match(f.message, /moved later 2 times \(2026-Q3 → 2026-Q4 → 2027-Q1\)/);
  });
  it('does not count one slip, moves earlier, or other fields', () => {
    const ledger: SlipLedger = new Map([
      [
        'payments',
        [
          move('2026-Q3', '2026-Q4', '2026-08-01'),
          move('2027-Q1', '2026-12', '2026-09-01'),
          { date: '2026-10-01', sha: 'c', field: 'status', from: 'on-track', to: 'at-risk' },
        ],
      ],
    ]);
    assert.deepEqual(findings(files, 'target-slipped', '2026-11-25', ledger), []);
  });
  it('is silent without a ledger', () => {
    assert.deepEqual(findings(files, 'target-slipped'), []);
  });
});
