import * as assert from 'node:assert/strict';
import { findings, initiative } from '../parse/build';

const withBlockers = (blockers: string): Record<string, string> => ({
  'initiatives/payments.yaml': `${initiative()}blockers:\n${blockers}`,
});

describe('blocker-aging', () => {
  it('warns about a blocker open more than 14 days, at its since date', () => {
    const [f] = findings(
      withBlockers('  - {blocker: PCI audit sign-off, since: 2026-11-02, owner: Priya Shah}\n'),
      'blocker-aging',
      '2026-11-25',
    );
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /'PCI audit sign-off' has been open 23 days/);
    assert.deepEqual(f.range.start, { line: 7, column: 41 });
  });
  it('allows 14 days', () => {
    assert.deepEqual(
      findings(withBlockers('  - {blocker: B, since: 2026-11-11, owner: Priya Shah}\n'), 'blocker-aging', '2026-11-25'),
      [],
    );
  });
  it('uses days and severity from config.yaml', () => {
    const files = {
      ...withBlockers('  - {blocker: B, since: 2026-11-11, owner: Priya Shah}\n'),
      'config.yaml': 'rules: {blocker-aging: {days: 7, severity: error}}\n',
    };
    assert.equal(findings(files, 'blocker-aging', '2026-11-25')[0].severity, 'error');
  });
  it('checks the latest weekly status but reports a repeated blocker once', () => {
    const files = {
      ...withBlockers('  - {blocker: PCI, since: 2026-10-01, owner: Priya Shah}\n'),
      'status/2026-W46.yaml':
        'initiatives:\n  payments:\n    blockers: [{blocker: Old, since: 2026-09-01, owner: Lee Park}]\n',
      'status/2026-W47.yaml':
        'initiatives:\n  payments:\n    blockers: [{blocker: PCI, since: 2026-10-01, owner: Priya Shah}, {blocker: Vendor, since: 2026-10-15, owner: Lee Park}]\n',
    };
    const found = findings(files, 'blocker-aging', '2026-11-25');
    assert.deepEqual(
      found.map((f) => [f.file, f.message.split(' has')[0]]),
      [
        ['.delivery/initiatives/payments.yaml', "Blocker 'PCI'"],
        ['.delivery/status/2026-W47.yaml', "Blocker 'Vendor'"],
      ],
    );
  });
});

describe('blocker-owner-missing', () => {
  it('warns about a blocker with no owner', () => {
    const [f] = findings(
      withBlockers('  - blocker: PCI audit sign-off\n    since: 2026-11-20\n'),
      'blocker-owner-missing',
    );
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /has no owner/);
  });
  it('takes a plain text blocker as a blocker without owner', () => {
    assert.equal(findings(withBlockers('  - Waiting on legal\n'), 'blocker-owner-missing').length, 1);
  });
  it('is quiet for an owned blocker and for a done initiative', () => {
    assert.deepEqual(findings(withBlockers('  - {blocker: B, owner: Priya Shah}\n'), 'blocker-owner-missing'), []);
    assert.deepEqual(
      findings({ 'initiatives/a.yaml': `${initiative({ status: 'done' })}blockers: [B]\n` }, 'blocker-owner-missing'),
      [],
    );
  });
  it('is quiet for a blocker whose since is still to come: the since is the finding', () => {
    const files = withBlockers('  - {blocker: PCI audit sign-off, since: 2026-12-05}\n');
    assert.deepEqual(findings(files, 'blocker-owner-missing', '2026-11-25'), []);
    assert.equal(findings(files, 'schema', '2026-11-25').length, 1);
  });
  it('warns about that blocker from the day it begins', () => {
    const files = withBlockers('  - {blocker: PCI audit sign-off, since: 2026-12-05}\n');
    assert.deepEqual(
      findings(files, 'blocker-owner-missing', '2026-12-05').map((f) => [f.message, f.range.start]),
      [
        [
          "Blocker 'PCI audit sign-off' has no owner: add `owner:` with the person who will clear it",
          { line: 7, column: 14 },
        ],
      ],
    );
    assert.deepEqual(findings(files, 'schema', '2026-12-05'), []);
  });
});

describe('a blocker whose since is still to come', () => {
  it('is a schema warning at its since, saying how far ahead it is', () => {
    const found = findings(
      withBlockers('  - {blocker: PCI audit sign-off, since: 2026-12-05, owner: Priya Shah}\n'),
      'schema',
      '2026-11-25',
    );
    assert.deepEqual(
      found.map((f) => [f.severity, f.message, f.range.start]),
      [
        [
          'warning',
          "Blocker 'PCI audit sign-off' has since 2026-12-05, 10 days after today (2026-11-25): give the day it began blocking (reports leave it out until then)",
          { line: 7, column: 41 },
        ],
      ],
    );
  });
  it('says nothing about a blocker that began today', () => {
    assert.deepEqual(
      findings(withBlockers('  - {blocker: B, since: 2026-11-25, owner: Priya Shah}\n'), 'schema', '2026-11-25'),
      [],
    );
  });
});
