import * as assert from 'node:assert/strict';
import { blankMeasurement } from '../../../src/core/status/measurement';
import { applyOutcomeMeasurement, outcomeOnFile, recordMeasurement } from '../../../src/core/status/outcomeMeasurement';

const MEASURED = { value: '2.35%', measured: '2026-11-19' };

describe('applyOutcomeMeasurement', () => {
  const CHECKOUT = `title: Checkout revamp
outcome:
  metric: Checkout conversion   # weekly dashboard
  baseline: 2.1%
  target: 2.6%    # board goal
  current: 2.2%   # the last measured value
  measured: 2026-10-01  # from the dashboard
status: on-track
`;

  it('rewrites current and measured in place, keeping every comment', () => {
    assert.equal(
      applyOutcomeMeasurement(CHECKOUT, 'checkout', MEASURED, 'initiatives/checkout.yaml'),
      CHECKOUT.replace('current: 2.2%', 'current: 2.35%').replace('2026-10-01', '2026-11-19'),
    );
  });

  it('adds current after target and measured after current when the outcome has neither', () => {
    const text =
      'title: Checkout\noutcome:\n  metric: Checkout conversion  # dashboard\n  target: 2.6%\nstatus: on-track\n';
    assert.equal(
      applyOutcomeMeasurement(text, 'checkout', MEASURED, 'checkout.yaml'),
      text.replace('  target: 2.6%\n', '  target: 2.6%\n  current: 2.35%\n  measured: 2026-11-19\n'),
    );
  });

  it('adds the outcome mapping when the initiative has none yet', () => {
    const text = '# Checkout\ntitle: Checkout   # short\nstatus: on-track\n';
    assert.equal(
      applyOutcomeMeasurement(text, 'checkout', MEASURED, 'checkout.yaml'),
      `${text}outcome:\n  current: 2.35%\n  measured: 2026-11-19\n`,
    );
  });

  it('writes into the entry with that id in initiatives.yaml, and no other', () => {
    const text = `initiatives:
  - id: search
    outcome: {metric: Zero-result searches, current: 8%}
  - id: checkout   # the big one
    outcome:
      metric: Checkout conversion
      current: 2.2%
    status: at-risk
`;
    assert.equal(
      applyOutcomeMeasurement(text, 'checkout', MEASURED, 'initiatives.yaml'),
      text.replace('      current: 2.2%\n', '      current: 2.35%\n      measured: 2026-11-19\n'),
    );
  });

  it('keeps the CRLF line ends of the file on the lines it adds', () => {
    const text =
      'title: Checkout\r\noutcome:\r\n  metric: Checkout conversion\r\n  current: 2.2%\r\nstatus: on-track\r\n';
    assert.equal(
      applyOutcomeMeasurement(text, 'checkout', MEASURED, 'checkout.yaml'),
      text.replace('  current: 2.2%\r\n', '  current: 2.35%\r\n  measured: 2026-11-19\r\n'),
    );
  });

  it('writes a whole number plain and a value YAML would misread quoted', () => {
    const text = 'outcome:\n  metric: Weekly orders\n';
    const plain = applyOutcomeMeasurement(text, 'orders', { value: '42', measured: '2026-11-19' }, 'o.yaml');
    assert.equal(plain, `${text}  current: 42\n  measured: 2026-11-19\n`);
    const quoted = applyOutcomeMeasurement(text, 'orders', { value: 'yes: 3', measured: '2026-11-19' }, 'o.yaml');
    assert.equal(outcomeOnFile(quoted, 'orders', 'o.yaml').current, 'yes: 3');
  });

  it('refuses a value on several lines, or empty, and a day that is not a date, writing nothing', () => {
    const text = 'outcome:\n  metric: Checkout conversion\n';
    assert.throws(
      () => applyOutcomeMeasurement(text, 'c', { value: '2%\n3%', measured: '2026-11-19' }, 'c.yaml'),
      /measurement of "c" was not written to c\.yaml: Enter the value on one line/,
    );
    assert.throws(() => applyOutcomeMeasurement(text, 'c', { value: '  ', measured: '2026-11-19' }, 'c.yaml'), /value/);
    assert.throws(
      () => applyOutcomeMeasurement(text, 'c', { value: '2%', measured: '2026-02-30' }, 'c.yaml'),
      /not a date/,
    );
  });

  it('refuses an outcome written as text rather than a mapping', () => {
    assert.throws(
      () => applyOutcomeMeasurement('outcome: faster checkout\n', 'c', MEASURED, 'c.yaml'),
      /outcome of "c" in c\.yaml is not a mapping/,
    );
  });

  it('refuses an outcome shared through a YAML alias instead of changing both initiatives', () => {
    const text = `initiatives:
  - id: a
    outcome: &shared
      metric: Conversion
      current: 2.2%
  - id: b
    outcome: *shared
`;
    assert.throws(
      () => applyOutcomeMeasurement(text, 'b', MEASURED, 'initiatives.yaml'),
      /"b.outcome" in initiatives\.yaml uses a YAML anchor or alias/,
    );
  });

  it('explains a missing id instead of writing', () => {
    assert.throws(
      () => applyOutcomeMeasurement('initiatives:\n  - id: a\n', 'zzz', MEASURED, 'initiatives.yaml'),
      /"zzz" was not found in initiatives\.yaml/,
    );
  });
});

describe('outcomeOnFile', () => {
  it('reads current and measured as the plan does, a number as written', () => {
    const text = 'outcome:\n  metric: Latency\n  current: 180.50\n  measured: 2026-11-02\n';
    assert.deepEqual(outcomeOnFile(text, 'x', 'x.yaml'), { current: '180.50', measured: '2026-11-02' });
  });

  it('reads a measured day that is not a real date as none, as the plan (and so the form) does', () => {
    const text = 'outcome:\n  metric: Latency\n  current: 180 ms\n  measured: 2026-02-30\n';
    assert.deepEqual(outcomeOnFile(text, 'x', 'x.yaml'), { current: '180 ms', measured: '' });
  });

  it('reads nothing from an initiative never measured', () => {
    assert.deepEqual(outcomeOnFile('title: X\n', 'x', 'x.yaml'), { current: '', measured: '' });
  });
});

describe('recordMeasurement', () => {
  const FILE = 'outcome:\n  metric: Checkout conversion\n  current: 2.2%\n  measured: 2026-10-01\n';
  const typed = { ...blankMeasurement('c', { current: '2.2%', measured: '2026-10-01' }, '2026-11-19'), value: '2.35%' };

  it('records the measurement over the outcome the form saw', () => {
    assert.deepEqual(recordMeasurement(FILE, typed, 'c.yaml'), {
      next: FILE.replace('2.2%', '2.35%').replace('2026-10-01', '2026-11-19'),
    });
  });

  it('leaves alone, as already recorded, a file where a teammate recorded the same value and day', () => {
    const theirs = FILE.replace('2.2%', '2.35%').replace('2026-10-01', '2026-11-19');
    assert.deepEqual(recordMeasurement(theirs, typed, 'c.yaml'), { next: theirs });
  });

  it('does not write over a measurement a teammate recorded since the form opened, and says what it is', () => {
    const theirs = FILE.replace('2.2%', '2.4%').replace('2026-10-01', '2026-11-18');
    assert.deepEqual(recordMeasurement(theirs, typed, 'c.yaml'), {
      changed: { current: '2.4%', measured: '2026-11-18' },
    });
  });
});
