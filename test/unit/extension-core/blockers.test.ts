import * as assert from 'node:assert/strict';
import { lint } from '../../../src/core/rules';
import { collectBlockers, countAging, formatAge, hasBegun } from '../../../src/core/view/blockers';
import { buildWeeklyUpdate, weekBlockers } from '../../../src/core/reports/weekly';
import { modelOf } from './helpers';

const model = modelOf({
  'initiatives/payments.yaml': [
    'title: Payments revamp',
    'owner: Dana Kim',
    'blockers:',
    '  - blocker: PCI audit sign-off',
    '    since: 2026-11-02',
    '    owner: Priya Shah',
    '  - blocker: Vendor contract',
    '    since: 2026-11-20',
    '',
  ].join('\n'),
  'initiatives/search.yaml': 'title: Search\nowner: Lee Park\n',
  'status/2026-W46.yaml':
    'week: 2026-W46\ninitiatives:\n  search:\n    blockers: [{blocker: Old index, since: 2026-10-01, owner: Sam Ode}]\n',
  'status/2026-W47.yaml': [
    'week: 2026-W47',
    'initiatives:',
    '  payments:',
    '    blockers: [{blocker: PCI audit sign-off, since: 2026-11-02, owner: Priya Shah}]',
    '  search:',
    '    blockers: [{blocker: Relevance labels, since: 2026-11-10}]',
    '',
  ].join('\n'),
});

describe('blockers list', () => {
  const rows = collectBlockers(model, '2026-11-25');

  it('lists blockers from initiatives and the latest weekly status, oldest first', () => {
    assert.deepEqual(
      rows.map((r) => r.text),
      ['PCI audit sign-off', 'Relevance labels', 'Vendor contract'],
    );
  });

  it('reads each initiative’s latest entry: an older entry is replaced by a newer one of the same initiative', () => {
    assert.ok(!rows.some((r) => r.text === 'Old index'));
  });

  it('computes the age in days from since to the as-of date', () => {
    assert.deepEqual(
      rows.map((r) => r.ageDays),
      [23, 15, 5],
    );
  });

  it('keeps a missing owner visible as undefined', () => {
    assert.equal(rows.find((r) => r.text === 'Vendor contract')?.owner, undefined);
    assert.equal(rows[0].owner, 'Priya Shah');
  });

  it('points at the file and line of each blocker', () => {
    const relevance = rows.find((r) => r.text === 'Relevance labels')!;
    assert.equal(relevance.file, '.delivery/status/2026-W47.yaml');
    assert.equal(relevance.range.start.line, 5);
    assert.equal(relevance.initiativeTitle, 'Search');
  });

  it('counts blockers older than the aging limit', () => {
    assert.equal(countAging(rows, 14), 2);
    assert.equal(countAging(rows, 20), 1);
  });
});

describe('open blockers: the list and the blocker rules choose the same ones', () => {
  const mixed = modelOf({
    'initiatives/payments.yaml':
      'title: Payments\nowner: Dana Kim\nblockers: [{blocker: PCI audit, since: 2026-10-01}]\n',
    'initiatives/search.yaml':
      'title: Search\nowner: Lee Park\nstatus: done\nblockers: [{blocker: Old index, since: 2026-10-01}]\n',
    'status/2026-W47.yaml': [
      'week: 2026-W47',
      'initiatives:',
      '  payments: {blockers: [{blocker: pci AUDIT , since: 2026-10-01}, {blocker: Labels, since: 2026-10-05}]}',
      '  ghost: {blockers: [{blocker: Nobody, since: 2026-10-01}]}',
      '',
    ].join('\n'),
    'status/2026-W49.yaml':
      'week: 2026-W49\ninitiatives:\n  payments: {blockers: [{blocker: Next week, since: 2026-10-01}]}\n',
  });
  const listed = collectBlockers(mixed, '2026-11-25').map((r) => `${r.initiative}: ${r.text}`);
  const flagged = lint(mixed, { asOf: '2026-11-25' })
    .filter((f) => f.code === 'blocker-owner-missing')
    .map((f) => `${f.initiative}: ${/'(.*)'/.exec(f.message)?.[1]}`);

  it('leaves out done initiatives, unknown ones and weekly statuses not begun yet', () => {
    assert.deepEqual(listed, ['payments: PCI audit', 'payments: Labels']);
  });

  it("counts a status entry that repeats the file's blocker in another case once", () => {
    assert.equal(listed.filter((row) => /pci audit/i.test(row)).length, 1);
  });

  it('flags exactly the listed blockers', () => {
    assert.deepEqual(flagged.sort(), [...listed].sort());
  });
});

describe('a blocker not begun yet', () => {
  const later = modelOf({
    'initiatives/payments.yaml':
      'title: Payments\nowner: Dana Kim\nblockers: [{blocker: Vendor contract, since: 2026-12-05}, Waiting on legal]\n',
  });
  const [vendor, legal] = later.initiatives[0].blockers;
  const seen = (asOf: string) => ({
    view: collectBlockers(later, asOf).map((r) => r.text),
    report: weekBlockers(later, '2026-W48', asOf).map((b) => b.blocker),
    ownerMissing: lint(later, { asOf })
      .filter((f) => f.code === 'blocker-owner-missing')
      .map((f) => /'(.*)'/.exec(f.message)?.[1]),
  });

  it('has begun on its since day, not the day before; one without since has always begun', () => {
    assert.deepEqual(
      [hasBegun(vendor, '2026-12-04'), hasBegun(vendor, '2026-12-05'), hasBegun(legal, '1970-01-01')],
      [false, true, true],
    );
  });

  it('is listed in the view ("starts in N days") but left out of the report and of blocker-owner-missing', () => {
    assert.deepEqual(seen('2026-11-25'), {
      view: ['Vendor contract', 'Waiting on legal'],
      report: ['Waiting on legal'],
      ownerMissing: ['Waiting on legal'],
    });
  });

  it('is in all three from the day it begins', () => {
    assert.deepEqual(seen('2026-12-05'), {
      view: ['Vendor contract', 'Waiting on legal'],
      report: ['Vendor contract', 'Waiting on legal'],
      ownerMissing: ['Vendor contract', 'Waiting on legal'],
    });
  });
});

describe('blocker age text', () => {
  it('says "12 days"', () => assert.equal(formatAge(12), '12 days'));
  it('says "1 day"', () => assert.equal(formatAge(1), '1 day'));
  it('says when the date is missing', () => assert.equal(formatAge(undefined), 'no start date'));
  it('says when a blocker starts later, never "since today"', () => {
    assert.equal(formatAge(-17), 'starts in 17 days');
    assert.equal(formatAge(-1), 'starts tomorrow');
    assert.equal(formatAge(0), 'since today');
  });
});

describe('a week that mentions only some initiatives', () => {
  const partial = modelOf({
    'initiatives/payments.yaml': 'title: Payments revamp\nowner: Dana Kim\n',
    'initiatives/search.yaml': 'title: Search\nowner: Lee Park\n',
    'status/2026-W47.yaml': [
      'week: 2026-W47',
      'initiatives:',
      '  payments: {status: at-risk, blockers: [{blocker: PCI audit sign-off, since: 2026-11-02}]}',
      '  search:',
      '    status: on-track',
      '    blockers: [{blocker: Relevance labels, since: 2026-11-10}]',
      '    decisions: [{decision: Pick a ranking vendor, by: 2026-12-10}]',
      '',
    ].join('\n'),
    // The lead touched only the payments card in W48: search's entry of W47 still stands.
    'status/2026-W48.yaml': 'week: 2026-W48\ninitiatives:\n  payments: {status: on-track}\n',
  });

  it('keeps the blockers of the initiatives it does not mention, and drops those an entry cleared', () => {
    assert.deepEqual(
      collectBlockers(partial, '2026-11-25').map((r) => [r.text, r.file]),
      [['Relevance labels', '.delivery/status/2026-W47.yaml']],
    );
  });

  it('keeps their open decisions in the weekly update', () => {
    const update = buildWeeklyUpdate({ model: partial, asOf: '2026-11-27', plan: null } as never, {
      since: '2026-11-23',
      until: '2026-11-27',
      week: '2026-W48',
    });
    assert.deepEqual(
      update.decisions.map((d) => d.decision),
      ['Pick a ranking vendor'],
    );
  });
});
