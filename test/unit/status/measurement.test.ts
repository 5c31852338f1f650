import * as assert from 'node:assert/strict';
import {
  blankMeasurement,
  isEntered,
  measurementOnFile,
  type KeptMeasurement,
  type MeasurementDraft,
  restoredMeasurements,
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
    assert.equal(isEntered(blank), false);
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

describe('restoredMeasurements', () => {
  const yesterday = addDays(FIXTURE_TODAY, -1);
  const cards = [
    { id: 'checkout', outcome: { current: '2.3%', measured: yesterday } },
    { id: 'latency', outcome: { current: '', measured: '' } },
    { id: 'no-metric' },
  ];

  it('offers today again on a card left untouched in a draft kept on an earlier day, against what its file says now', () => {
    const kept = [blankMeasurement('checkout', SEEN, yesterday), blankMeasurement('latency', SEEN, yesterday)];
    const back = restoredMeasurements(kept, cards, FIXTURE_TODAY);
    assert.deepEqual(back, [
      blankMeasurement('checkout', { current: '2.3%', measured: yesterday }, FIXTURE_TODAY),
      blankMeasurement('latency', { current: '', measured: '' }, FIXTURE_TODAY),
    ]);
    assert.equal(back.filter((m) => isEntered(m)).length, 0);
  });

  it('brings back what the lead entered as it was, the outcome it was entered against included', () => {
    const value = { ...blankMeasurement('checkout', SEEN, yesterday), value: '2.4%' };
    const day = { ...blankMeasurement('latency', SEEN, yesterday), measured: addDays(yesterday, -2) };
    assert.deepEqual(restoredMeasurements([value, day], cards, FIXTURE_TODAY), [value, day]);
  });

  it('reads a draft kept without the day it offered as entered only when it has a value', () => {
    const withoutOffered = (m: MeasurementDraft): KeptMeasurement => ({ ...m, offered: undefined });
    const old = withoutOffered({ ...blankMeasurement('checkout', SEEN, yesterday), value: '2.4%' });
    const blank = withoutOffered(blankMeasurement('latency', SEEN, yesterday));
    assert.deepEqual(restoredMeasurements([old, blank], cards, FIXTURE_TODAY), [
      { ...old, offered: yesterday },
      blankMeasurement('latency', { current: '', measured: '' }, FIXTURE_TODAY),
    ]);
  });

  it('offers a measurement on a card with no kept one, and none on a card whose outcome names no metric', () => {
    assert.deepEqual(
      restoredMeasurements(undefined, cards, FIXTURE_TODAY).map((m) => m.id),
      ['checkout', 'latency'],
    );
  });
});
