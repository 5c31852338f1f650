import * as assert from 'node:assert/strict';
import { debtOwnerEdit, isDebtOrInvestmentsFile } from '../../../src/core/debtQuickfix';
import type { TextEdit } from '../../../src/core/quickfix';
import { findings, initiative, modelOf } from '../parse/build';

/** Applies a one-range edit to a text of LF lines. */
function apply(text: string, edit: TextEdit): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; column: number }) =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.column;
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
}

const plan = (debt: string) => ({ 'initiatives/payments.yaml': initiative(), 'debt.yaml': debt });

function fixed(debt: string, code: 'owner-missing' | 'owner-not-a-person'): string | undefined {
  const [finding] = findings(plan(debt), code);
  const edit = debtOwnerEdit(debt, code, finding.range, 'Priya Shah <priya@acme.io>');
  return edit && apply(debt, edit);
}

describe('owner quick fix for debt and investments', () => {
  it('replaces a team owner with the person chosen', () => {
    const text = 'debt:\n  - item: Flaky CI\n    owner: Platform team\n    risk: low\n';
    assert.equal(
      fixed(text, 'owner-not-a-person'),
      'debt:\n  - item: Flaky CI\n    owner: Priya Shah <priya@acme.io>\n    risk: low\n',
    );
  });

  it('adds an owner line under the item name, at its indent, and the finding is gone', () => {
    const text = 'debt:\n  # the slowest job\n  - item: Flaky CI\n    risk: low\n';
    const after = fixed(text, 'owner-missing')!;
    assert.equal(
      after,
      'debt:\n  # the slowest job\n  - item: Flaky CI\n    owner: Priya Shah <priya@acme.io>\n    risk: low\n',
    );
    assert.deepEqual(findings(plan(after), 'owner-missing'), []);
    assert.deepEqual(modelOf(plan(after)).problems, []);
  });

  it('adds an owner to the last item of a file with no final newline', () => {
    assert.equal(
      fixed('debt:\n  - item: Flaky CI', 'owner-missing'),
      'debt:\n  - item: Flaky CI\n    owner: Priya Shah <priya@acme.io>',
    );
  });

  it('offers nothing where a line cannot be added safely: a flow mapping, a folded name', () => {
    assert.equal(fixed('debt:\n  - {item: Flaky CI, risk: low}\n', 'owner-missing'), undefined);
    assert.equal(fixed('debt:\n  - item: >\n      Flaky CI\n    risk: low\n', 'owner-missing'), undefined);
  });

  it('knows the files it is for', () => {
    assert.ok(isDebtOrInvestmentsFile('/repo/.delivery/debt.yaml'));
    assert.ok(isDebtOrInvestmentsFile('.delivery/investments/2027-Q1.yaml'));
    assert.ok(!isDebtOrInvestmentsFile('/repo/.delivery/initiatives/debt.yaml'));
  });
});
