import * as assert from 'node:assert/strict';
import { findings, initiative } from '../parse/build';

describe('why-missing', () => {
  it('warns when an initiative gives no business reason', () => {
    const [f] = findings({ 'initiatives/payments.yaml': initiative({ why: '' }) }, 'why-missing');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /business reason/);
  });
  it('counts an empty why as missing', () => {
    assert.equal(findings({ 'initiatives/payments.yaml': initiative({ why: '""' }) }, 'why-missing').length, 1);
  });
  it('is quiet when the why is there', () => {
    assert.deepEqual(findings({ 'initiatives/payments.yaml': initiative() }, 'why-missing'), []);
  });
});

describe('outcome-missing', () => {
  it('informs when an active initiative has no outcome metric', () => {
    const [f] = findings({ 'initiatives/payments.yaml': initiative({ outcome: '' }) }, 'outcome-missing');
    assert.equal(f.severity, 'information');
    assert.match(f.message, /outcome\.metric/);
  });
  it('also asks a done initiative for its outcome, and points at an outcome without metric', () => {
    const [f] = findings(
      { 'initiatives/payments.yaml': initiative({ status: 'done', outcome: '{baseline: 2.1%}' }) },
      'outcome-missing',
    );
    assert.equal(f.range.start.line, 5);
  });
  it('does not ask a cancelled or paused one', () => {
    assert.deepEqual(
      findings(
        {
          'initiatives/a.yaml': initiative({ status: 'cancelled', outcome: '' }),
          'initiatives/b.yaml': initiative({ status: 'paused', outcome: '' }),
        },
        'outcome-missing',
      ),
      [],
    );
  });
});

describe('duplicate-id', () => {
  it('flags an id used by a file and by initiatives.yaml, at both places', () => {
    const files = {
      'initiatives/search.yaml': initiative(),
      'initiatives.yaml': 'initiatives:\n  - id: mobile\n  - id: search\n    title: Search\n',
    };
    const found = findings(files, 'duplicate-id');
    assert.deepEqual(
      found.map((f) => [f.file, f.range.start.line, f.severity]),
      [
        ['.delivery/initiatives.yaml', 2, 'error'],
        ['.delivery/initiatives/search.yaml', 0, 'error'],
      ],
    );
    assert.match(found[0].message, /also used by \.delivery\/initiatives\/search\.yaml:1/);
  });
  it('is quiet for unique ids', () => {
    assert.deepEqual(
      findings({ 'initiatives/a.yaml': initiative(), 'initiatives/b.yaml': initiative() }, 'duplicate-id'),
      [],
    );
  });
});
