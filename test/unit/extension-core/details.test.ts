import * as assert from 'node:assert/strict';
import type { LedgerEntry } from '../../../src/core/model';
import { describeInitiative, mainRisk, ownerName, targetWithSlips } from '../../../src/core/view/details';
import { initiative } from './helpers';

const slip = (from: string, to: string, date: string): LedgerEntry => ({ date, sha: 'abc', field: 'target', from, to });

describe('initiative row text', () => {
  it('describes a row as "owner · target"', () => {
    assert.equal(
      describeInitiative(initiative('owner: Dana Kim <dana@acme.io>\ntarget: 2026-Q4\n')),
      'Dana Kim · 2026-Q4',
    );
  });

  it('names what is missing', () => {
    assert.equal(describeInitiative(initiative('title: Loose\n')), 'no owner · no target');
  });

  it('shows an unbounded target as written', () => {
    assert.equal(describeInitiative(initiative('owner: Dana Kim\ntarget: TBD\n')), 'Dana Kim · TBD');
  });

  it('drops the email from an owner', () => {
    assert.equal(ownerName("Zoë O'Brien-Li <zoe@acme.io>"), "Zoë O'Brien-Li");
  });
});

describe('target with slips', () => {
  const payments = initiative('target: 2026-Q4\n');

  it('shows "2026-Q4 (was 2026-Q3)" after one slip', () => {
    assert.equal(targetWithSlips(payments, [slip('2026-Q3', '2026-Q4', '2026-08-20')]), '2026-Q4 (was 2026-Q3)');
  });

  it('lists every earlier target once, oldest first', () => {
    const history = [
      slip('2026-Q2', '2026-Q3', '2026-05-04'),
      slip('2026-Q3', '2026-Q4', '2026-08-20'),
      slip('2026-Q4', '2026-Q3', '2026-09-01'),
      slip('2026-Q3', '2026-Q4', '2026-09-02'),
    ];
    assert.equal(targetWithSlips(payments, history), '2026-Q4 (was 2026-Q2, 2026-Q3)');
  });

  it('ignores status and priority changes', () => {
    const status: LedgerEntry = { date: '2026-09-01', sha: 'abc', field: 'status', from: 'on-track', to: 'at-risk' };
    assert.equal(targetWithSlips(payments, [status]), '2026-Q4');
  });
});

describe('main risk', () => {
  it('picks the highest impact', () => {
    const risky = initiative(
      'risks:\n  - risk: Small\n    impact: low\n  - risk: Vendor\n    impact: high\n  - risk: Medium\n    impact: medium\n',
    );
    assert.equal(mainRisk(risky)?.risk?.value, 'Vendor');
  });

  it('is undefined without risks', () => {
    assert.equal(mainRisk(initiative('title: Calm\n')), undefined);
  });
});
