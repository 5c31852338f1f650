import * as assert from 'node:assert/strict';
import { findings, initiative, modelOf } from '../parse/build';

const DEBT = [
  'debt:',
  '  - item: Legacy payment adapter on Java 8',
  '    area: ["services/payments/legacy/**"]',
  '    risk: high',
  '    owner: Priya Shah',
  '    since: 2026-03-01',
  '    impact: Every payments change takes two extra days',
  '  - item: Hand-rolled feature flags',
  '    area: web/flags/**',
  '    risk: medium',
  '    owner: Lee Park',
  '    since: 2025-11-10',
  '',
].join('\n');

const INVESTMENTS = [
  'quarter: 2027-Q1',
  'investments:',
  '  - investment: Move the payment adapter to Java 21',
  '    why: Java 8 support ends 2026-12',
  '    cost: 8 engineer-weeks',
  '    owner: Priya Shah',
  '    decision_by: 2026-12-10',
  '    retires: [Legacy payment adapter on Java 8]',
  '',
].join('\n');

const plan = (files: Record<string, string>) => ({ 'initiatives/payments.yaml': initiative(), ...files });
/** The parser's problems as `file:line severity message`, by line. */
const messages = (files: Record<string, string>) =>
  modelOf(plan(files))
    .problems.sort((a, b) => a.range.start.line - b.range.start.line)
    .map((p) => `${p.file}:${p.range.start.line + 1} ${p.severity} ${p.message}`);

describe('debt register (debt.yaml)', () => {
  it('reads each item with its area, risk, owner, since and impact, and where each stands', () => {
    const model = modelOf(plan({ 'debt.yaml': DEBT }));
    assert.deepEqual(model.problems, []);
    assert.equal(model.debt?.file, '.delivery/debt.yaml');
    const [adapter, flags] = model.debt!.items;
    assert.deepEqual(
      [
        adapter.item?.value,
        adapter.area.map((a) => a.value),
        adapter.risk?.value,
        adapter.owner?.value,
        adapter.since?.value,
        adapter.impact?.value,
      ],
      [
        'Legacy payment adapter on Java 8',
        ['services/payments/legacy/**'],
        'high',
        'Priya Shah',
        '2026-03-01',
        'Every payments change takes two extra days',
      ],
    );
    assert.deepEqual(adapter.owner?.range.start, { line: 4, column: 11 });
    assert.deepEqual(
      flags.area.map((a) => a.value),
      ['web/flags/**'],
      'a single glob is a list of one',
    );
  });

  it('flags a bad risk with the nearest value, a bad date, an unknown key and an item with no name', () => {
    const bad = 'debt:\n  - item: A\n    risk: hgh\n    since: 2026-13-01\n    ownr: Dana Kim\n  - risk: low\n';
    assert.deepEqual(messages({ 'debt.yaml': bad }), [
      ".delivery/debt.yaml:3 error Unknown risk 'hgh' — did you mean 'high'?",
      ".delivery/debt.yaml:4 error 'since' must be a calendar date like 2026-11-02, found '2026-13-01'",
      ".delivery/debt.yaml:5 warning Unknown key 'ownr' in a debt item — did you mean 'owner'?",
      '.delivery/debt.yaml:6 error This debt item has no name: add `item:` with a short name that `retires:` can refer to',
    ]);
  });

  it('flags a top-level key other than debt, and an item that is not a mapping', () => {
    assert.deepEqual(messages({ 'debt.yaml': 'dept:\n  - item: A\n' }), [
      ".delivery/debt.yaml:1 warning Unknown key 'dept' in debt.yaml — did you mean 'debt'?",
    ]);
    assert.deepEqual(messages({ 'debt.yaml': 'debt:\n  - just words\n' }), [
      ".delivery/debt.yaml:2 error Each item of 'debt' must be a mapping that starts with `item:` (the debt's name)",
    ]);
  });

  it('reads an empty register without a word', () => {
    assert.deepEqual(messages({ 'debt.yaml': 'debt: []\n' }), []);
    assert.deepEqual(messages({ 'debt.yaml': '# nothing yet\n' }), []);
  });
});

describe('investment proposals (investments/<YYYY>-Q<n>.yaml)', () => {
  it('reads the quarter and each investment with cost, owner, decision date and the debt it retires', () => {
    const model = modelOf(plan({ 'debt.yaml': DEBT, 'investments/2027-Q1.yaml': INVESTMENTS }));
    assert.deepEqual(model.problems, []);
    const [file] = model.investments!;
    assert.equal(file.quarter, '2027-Q1');
    const [java] = file.investments;
    assert.deepEqual(
      [
        java.investment?.value,
        java.why?.value,
        java.cost?.value,
        java.owner?.value,
        java.decisionBy?.value,
        java.retires.map((r) => r.value),
      ],
      [
        'Move the payment adapter to Java 21',
        'Java 8 support ends 2026-12',
        '8 engineer-weeks',
        'Priya Shah',
        '2026-12-10',
        ['Legacy payment adapter on Java 8'],
      ],
    );
  });

  it('takes the quarter from the file name and warns when `quarter:` disagrees', () => {
    assert.equal(
      modelOf(plan({ 'investments/2027-Q2.yaml': 'investments: []\n' })).investments?.[0].quarter,
      '2027-Q2',
    );
    assert.deepEqual(messages({ 'investments/2027-Q2.yaml': 'quarter: 2027-Q1\ninvestments: []\n' }), [
      ".delivery/investments/2027-Q2.yaml:1 warning 'quarter' says 2027-Q1 but the file is named for 2027-Q2: make them agree",
    ]);
    assert.deepEqual(messages({ 'investments/next.yaml': 'investments: []\n' }), [
      '.delivery/investments/next.yaml:1 error This investments file has no quarter: name it like investments/2027-Q1.yaml or add `quarter: 2027-Q1`',
    ]);
  });

  it('flags a bad decision date and an unknown key with the nearest one', () => {
    const text = 'investments:\n  - investment: X\n    decision_by: soon\n    decison_by: 2026-12-01\n';
    assert.deepEqual(messages({ 'investments/2027-Q1.yaml': text }), [
      ".delivery/investments/2027-Q1.yaml:3 error 'decision_by' must be a calendar date like 2026-11-02, found 'soon'",
      ".delivery/investments/2027-Q1.yaml:4 warning Unknown key 'decison_by' in an investment — did you mean 'decision_by'?",
    ]);
  });

  it("flags a `retires` name that matches no debt item, with the nearest item's name", () => {
    const typo = INVESTMENTS.replace(
      'retires: [Legacy payment adapter on Java 8]',
      'retires: [Legacy payment adaptor on Java 8, Flaky CI]',
    );
    assert.deepEqual(messages({ 'debt.yaml': DEBT, 'investments/2027-Q1.yaml': typo }), [
      ".delivery/investments/2027-Q1.yaml:8 warning 'retires' names 'Legacy payment adaptor on Java 8', which is no item of the debt register — did you mean 'Legacy payment adapter on Java 8'?",
      ".delivery/investments/2027-Q1.yaml:8 warning 'retires' names 'Flaky CI', which is no item of the debt register: add it to .delivery/debt.yaml or correct the name",
    ]);
  });

  it('says to create the register when `retires` names debt and there is none', () => {
    assert.match(messages({ 'investments/2027-Q1.yaml': INVESTMENTS })[0], /add \.delivery\/debt\.yaml with this item/);
  });
});

describe('owners of debt and investments', () => {
  it('owner-missing: a debt item and an investment with no owner', () => {
    const files = plan({
      'debt.yaml': 'debt:\n  - item: Flaky CI\n    risk: low\n',
      'investments/2027-Q1.yaml': 'investments:\n  - investment: Fix CI\n    retires: [Flaky CI]\n',
    });
    const found = findings(files, 'owner-missing').map(
      (f) => `${f.file}:${f.range.start.line + 1} ${f.severity} ${f.message}`,
    );
    assert.deepEqual(found, [
      ".delivery/debt.yaml:2 error Debt item 'Flaky CI' has no owner: add `owner:` with one person who answers for it",
      ".delivery/investments/2027-Q1.yaml:2 error Investment 'Fix CI' has no owner: add `owner:` with one person who answers for it",
    ]);
  });

  it('owner-not-a-person: a team owning debt, several people owning an investment', () => {
    const files = plan({
      'debt.yaml': 'debt:\n  - item: Flaky CI\n    owner: Platform team\n',
      'investments/2027-Q1.yaml': 'investments:\n  - investment: Fix CI\n    owner: Dana and Lee\n',
    });
    const found = findings(files, 'owner-not-a-person').map(
      (f) => `${f.range.start.line + 1}:${f.range.start.column + 1} ${f.message}`,
    );
    assert.deepEqual(found, [
      '3:12 Owner "Platform team" names a group ("team"): name one person who answers for this debt',
      '3:12 Owner "Dana and Lee" names several people: name one person who answers for this investment',
    ]);
  });

  it('leaves one named person alone', () => {
    assert.deepEqual(
      findings(plan({ 'debt.yaml': DEBT, 'investments/2027-Q1.yaml': INVESTMENTS }), 'owner-not-a-person'),
      [],
    );
    assert.deepEqual(
      findings(plan({ 'debt.yaml': DEBT, 'investments/2027-Q1.yaml': INVESTMENTS }), 'owner-missing'),
      [],
    );
  });
});
