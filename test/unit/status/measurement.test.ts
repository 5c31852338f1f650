import * as assert from 'node:assert/strict';
import {
  blankMeasurement,
  isEntered,
  measurementOnFile,
  validateMeasurement,
} from '../../../src/core/status/measurement';
import { FIXTURE_TODAY } from '../../helpers/fixtureDate';
import { addDays } from '../../../src/core/dates';

const SEEN = { current: '2.2%', measured: '2026-10-01' };
const draft = (value: string, measured: string) => ({
  ...blankMeasurement('checkout', SEEN, FIXTURE_TODAY),
  value,
  measured,
});
const messages = (value: string, measured: string) =>
  validateMeasurement(draft(value, measured), FIXTURE_TODAY).map((e) => `${e.field}: ${e.message}`);

describe('validateMeasurement', () => {
  it('accepts a value measured today or earlier', () => {
    assert.deepEqual(messages('2.35%', FIXTURE_TODAY), []);
    assert.deepEqual(messages('180 ms', addDays(FIXTURE_TODAY, -30)), []);
  });

  it('asks for nothing on a card where nothing was entered', () => {
    const blank = blankMeasurement('checkout', SEEN, FIXTURE_TODAY);
    assert.equal(isEntered(blank, FIXTURE_TODAY), false);
    assert.deepEqual(validateMeasurement(blank, FIXTURE_TODAY), []);
  });

  it('refuses a day after today on the date field', () => {
    const tomorrow = addDays(FIXTURE_TODAY, 1);
    assert.deepEqual(messages('2.35%', tomorrow), [
      `initiatives.checkout.outcome.measured: ${tomorrow} is after today (${FIXTURE_TODAY}): enter the day the value was measured.`,
    ]);
  });

  it('refuses a day that is not a real YYYY-MM-DD', () => {
    for (const bad of ['2026-02-30', '19/11/2026', '2026-11-1', ''])
      assert.match(messages('2.35%', bad).join(), /^initiatives\.checkout\.outcome\.measured: /, bad);
  });

  it('asks for the value once a day is entered without one, on the value field', () => {
    assert.deepEqual(messages('   ', FIXTURE_TODAY), [
      'initiatives.checkout.outcome.current: Enter the value measured, e.g. 2.35% or 180 ms.',
    ]);
    assert.deepEqual(messages('', addDays(FIXTURE_TODAY, -1)), [
      'initiatives.checkout.outcome.current: Enter the value measured, e.g. 2.35% or 180 ms.',
    ]);
  });
});

describe('measurementOnFile', () => {
  const typed = { ...draft('2.35%', '2026-12-01') };

  it('writes onto the outcome the form saw', () => {
    assert.equal(measurementOnFile(typed, SEEN), 'unchanged');
  });

  it('finds the measurement already there when a save that stopped after writing it is tried again', () => {
    assert.equal(
      measurementOnFile({ ...typed, value: ' 2.35% ' }, { current: '2.35%', measured: '2026-12-01' }),
      'recorded',
    );
  });

  it('stops at an outcome someone else changed, even to the same value on another day', () => {
    assert.equal(measurementOnFile(typed, { current: '2.4%', measured: '2026-12-02' }), 'changed');
    assert.equal(measurementOnFile(typed, { current: '2.35%', measured: '2026-11-30' }), 'changed');
  });
});
