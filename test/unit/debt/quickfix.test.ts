import * as assert from 'node:assert/strict';
import { debtOwnerEdit, isDebtOrInvestmentsFile } from '../../../src/core/debtQuickfix';
import { applyYamlEdit } from '../../../src/core/edit/yamlEdit';
import type { Position } from '../../../src/core/model';
import { findings, initiative, modelOf } from '../parse/build';

/** The offset of a position in a text of LF lines, as the editor gives it. */
function offsetOf(text: string, p: Position): number {
  return text
    .split('\n')
    .slice(0, p.line)
    .reduce((n, l) => n + l.length + 1, p.column);
}

const plan = (debt: string) => ({ 'initiatives/payments.yaml': initiative(), 'debt.yaml': debt });

function fixed(debt: string, code: 'owner-missing' | 'owner-not-a-person'): string | undefined {
  const [finding] = findings(plan(debt), code);
  const edit = debtOwnerEdit(
    debt,
    '.delivery/debt.yaml',
    offsetOf(debt, finding.range.start),
    'Priya Shah <priya@acme.io>',
  );
  return edit && applyYamlEdit(debt, edit);
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

  it('adds the owner inside a flow mapping, and under a folded name', () => {
    assert.equal(
      fixed('debt:\n  - {item: Flaky CI, risk: low}  # noisy\n', 'owner-missing'),
      'debt:\n  - {item: Flaky CI, owner: Priya Shah <priya@acme.io>, risk: low}  # noisy\n',
    );
    assert.equal(
      fixed('debt:\n  - item: >\n      Flaky CI\n    risk: low\n', 'owner-missing'),
      'debt:\n  - item: >\n      Flaky CI\n    owner: Priya Shah <priya@acme.io>\n    risk: low\n',
    );
  });

  it('keeps CRLF line ends in a CRLF register', () => {
    const text = 'debt:\r\n  - item: Flaky CI\r\n    risk: low\r\n';
    const edit = debtOwnerEdit(text, '.delivery/debt.yaml', text.indexOf('item'), 'Priya Shah');
    assert.equal(
      applyYamlEdit(text, edit),
      'debt:\r\n  - item: Flaky CI\r\n    owner: Priya Shah\r\n    risk: low\r\n',
    );
  });

  it('knows the files it is for', () => {
    assert.ok(isDebtOrInvestmentsFile('/repo/.delivery/debt.yaml'));
    assert.ok(isDebtOrInvestmentsFile('.delivery/investments/2027-Q1.yaml'));
    assert.ok(!isDebtOrInvestmentsFile('/repo/.delivery/initiatives/debt.yaml'));
  });
});
