import * as assert from 'node:assert/strict';
import type { LedgerEntry } from '../../../src/core/model';
import { describeInitiative, mainRisk, outcomeLine, ownerName, targetWithSlips } from '../../../src/core/view/details';
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

describe('the outcome line of an initiative', () => {
  const outcome = (extra: string) =>
    initiative(`outcome:\n  metric: Checkout conversion\n  baseline: 2.1%\n  target: 2.6%\n${extra}`);
  const measuredOn = (date: string, to: string): LedgerEntry => ({ date, sha: 'm', field: 'outcome', to });

  it('shows the last value, the way to the target and the age of the measurement', () => {
    const line = outcomeLine(outcome('  current: 2.35%\n  measured: 2026-11-19\n'), [], '2026-11-25');
    assert.equal(line, 'Checkout conversion: 2.35% · 50% of the way to 2.6% · measured 6 days ago');
  });

  it('dates a value without measured by the commit that recorded it, and says recorded', () => {
    const line = outcomeLine(outcome('  current: 2.2%\n'), [measuredOn('2026-10-16', '2.2%')], '2026-11-25');
    assert.equal(line, 'Checkout conversion: 2.2% · 20% of the way to 2.6% · recorded 40 days ago');
  });

  it('says the target is reached past it, and that the value moved away below the baseline, as the reports do', () => {
    assert.equal(
      outcomeLine(outcome('  current: 2.7%\n  measured: 2026-11-24\n'), [], '2026-11-25'),
      'Checkout conversion: 2.7% · target 2.6% reached: 120% of the way · measured 1 day ago',
    );
    assert.equal(
      outcomeLine(outcome('  current: 2.0%\n  measured: 2026-11-25\n'), [], '2026-11-25'),
      'Checkout conversion: 2.0% · moved away from 2.6%: -20% of the way · measured today',
    );
  });

  it('says "not measured" rather than a figure when there is none', () => {
    assert.equal(outcomeLine(outcome(''), [], '2026-11-25'), 'Checkout conversion: not measured (target 2.6%)');
  });

  it('says the day is unknown for a value outside git with no measured day', () => {
    assert.equal(
      outcomeLine(outcome('  current: 2.2%\n'), undefined, '2026-11-25'),
      'Checkout conversion: 2.2% · 20% of the way to 2.6% · day unknown',
    );
  });
});
