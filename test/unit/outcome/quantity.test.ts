import * as assert from 'node:assert/strict';
import { parseQuantity, progressOf } from '../../../src/core/outcome/quantity';
import { lint } from '../../../src/core/rules';
import { config, initiative } from '../reports/build';

describe('outcome quantities', () => {
  it('read a number with an optional k or M multiplier and an optional unit', () => {
    assert.deepEqual(parseQuantity('2.1%'), { value: 2.1, unit: '%' });
    assert.deepEqual(parseQuantity('180 ms'), { value: 180, unit: 'ms' });
    assert.deepEqual(parseQuantity('120k EUR'), { value: 120000, unit: 'eur' });
    assert.deepEqual(parseQuantity('1.5M'), { value: 1500000, unit: '' });
    assert.deepEqual(parseQuantity('-3 pts'), { value: -3, unit: 'pts' });
  });

  it('take a k glued to a unit as part of the unit', () => {
    assert.deepEqual(parseQuantity('5kg'), { value: 5, unit: 'kg' });
  });

  it('leave words, ranges and long text alone', () => {
    for (const text of ['NPS in the forties', '2.1% to 3%', '', `1 ${'x'.repeat(80)}`])
      assert.equal(parseQuantity(text), undefined, text);
  });

  it('give the way from baseline to target: 0.5 for 2.1% → 2.35% of 2.6%', () => {
    assert.equal(Math.round(progressOf('2.1%', '2.6%', '2.35%')! * 100) / 100, 0.5);
  });

  it('give a negative progress when the value moved the wrong way, also for a falling target', () => {
    assert.equal(progressOf('400 ms', '200 ms', '440 ms'), -0.2);
    assert.equal(progressOf('400 ms', '200 ms', '300 ms'), 0.5);
  });

  it('compute nothing when the units differ or the target is the baseline', () => {
    assert.equal(progressOf('2.1%', '2.6%', '2.3 pts'), undefined);
    assert.equal(progressOf('120k EUR', '150k USD', '130k EUR'), undefined);
    assert.equal(progressOf('5%', '5%', '6%'), undefined);
  });
});

describe('outcome.measured', () => {
  it('is a schema warning when it is after the as-of date', () => {
    const model = {
      root: '/',
      config: config(),
      initiatives: [initiative({ id: 'a', status: 'on-track', metric: 'M', current: '2%', measured: '2026-12-30' })],
      statuses: [],
      problems: [],
    };
    const found = lint(model, { asOf: '2026-11-25' }).filter((f) => f.code === 'schema');
    assert.deepEqual(
      found.map((f) => [f.severity, f.message]),
      [
        [
          'warning',
          'outcome.measured 2026-12-30 is 35 days after today (2026-11-25): give the day the value was measured',
        ],
      ],
    );
  });
});
