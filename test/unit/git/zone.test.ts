import * as assert from 'node:assert/strict';
import { DeliveryError } from '../../../src/core/errors';
import { localDate, startOfDay } from '../../../src/core/git/zone';

const day = (iso: string) => localDate(Date.parse(iso), 'Europe/Berlin');

describe('calendar days in a time zone', () => {
  it('moves to the next day at local midnight in summer time (UTC+2)', () => {
    assert.deepEqual([day('2026-10-24T21:59:59Z'), day('2026-10-24T22:00:00Z')], ['2026-10-24', '2026-10-25']);
  });

  it('keeps the day right on the day summer time ends, and moves at 23:00 UTC after it', () => {
    assert.deepEqual([day('2026-10-25T22:59:59Z'), day('2026-10-25T23:00:00Z')], ['2026-10-25', '2026-10-26']);
  });

  it('finds midnight on the day summer time starts', () => {
    assert.equal(new Date(startOfDay('2026-03-29', 'Europe/Berlin')).toISOString(), '2026-03-28T23:00:00.000Z');
    assert.equal(new Date(startOfDay('2026-03-30', 'Europe/Berlin')).toISOString(), '2026-03-29T22:00:00.000Z');
  });

  it('rejects an unknown zone with the setting to fix', () => {
    assert.throws(
      () => localDate(0, 'Mars/Olympus'),
      (error: Error) => error instanceof DeliveryError && /Unknown time zone/.test(error.message),
    );
  });
});
