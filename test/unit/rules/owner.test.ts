import * as assert from 'node:assert/strict';
import { findings, initiative, FRESH_STATUS } from '../parse/build';

describe('owner-missing', () => {
  it('flags an initiative with no owner, as an error at its first line', () => {
    const [f] = findings({ 'initiatives/payments.yaml': initiative({ owner: '' }) }, 'owner-missing');
    assert.equal(f.severity, 'error');
    assert.equal(f.initiative, 'payments');
    assert.equal(f.range.start.line, 0);
    assert.match(f.message, /add `owner:` with one person/);
  });
  it('leaves an owned initiative alone', () => {
    assert.deepEqual(findings({ 'initiatives/payments.yaml': initiative(), ...FRESH_STATUS }, 'owner-missing'), []);
  });
});

describe('owner-not-a-person', () => {
  for (const owner of [
    'Platform team',
    'Payments squad',
    'Backend',
    'Eng',
    '"@acme/payments"',
    'Dana, Lee',
    'Dana and Lee',
    'Dana / Lee',
    'dana@acme.io lee@acme.io',
  ]) {
    it(`flags ${owner}`, () => {
      const [f] = findings({ 'initiatives/payments.yaml': initiative({ owner }) }, 'owner-not-a-person');
      assert.equal(f?.severity, 'error');
      assert.match(f.message, /Name one person who answers for this initiative/i);
      assert.deepEqual(f.range.start, { line: 1, column: 7 });
    });
  }
  for (const owner of ['Dana Kim', 'Dana Kim <dana@acme.io>', "Zoë O'Brien-Li", '李娜']) {
    it(`leaves ${owner} alone`, () => {
      assert.deepEqual(findings({ 'initiatives/payments.yaml': initiative({ owner }) }, 'owner-not-a-person'), []);
    });
  }
});
