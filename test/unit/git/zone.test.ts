import * as assert from 'node:assert/strict';
import { addDays } from '../../../src/core/dates';
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

  it('starts the day at 01:00 when a DST change skips its midnight, and at the first of two midnights', () => {
    // Santiago 2027-09-05: the clock jumps from 23:59:59 of the day before to 01:00.
    const start = startOfDay('2027-09-05', 'America/Santiago');
    assert.equal(new Date(start).toISOString(), '2027-09-05T04:00:00.000Z');
    assert.equal(localDate(start - 1000, 'America/Santiago'), '2027-09-04');
    // Havana 2027-11-07: at 01:00 the clock goes back to 00:00, so the day has two midnights, an hour apart.
    assert.equal(new Date(startOfDay('2027-11-07', 'America/Havana')).toISOString(), '2027-11-07T04:00:00.000Z');
  });

  for (const zone of [
    'America/Santiago',
    'America/Havana',
    'Europe/Berlin',
    'Pacific/Auckland',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
    'America/Asuncion',
    'Asia/Beirut',
    'Pacific/Chatham',
    'America/St_Johns',
  ]) {
    it(`starts every day of 2026-2028 in ${zone} at its first instant`, () => {
      for (let date = '2026-01-01'; date <= '2028-12-31'; date = addDays(date, 1)) {
        const start = startOfDay(date, zone);
        assert.equal(localDate(start, zone), date, `${date} starts on it`);
        assert.ok(localDate(start - 1000, zone) < date, `${date}: a second earlier is the day before`);
        assert.equal(start % 1000, 0);
      }
    });
  }

  it('rejects an unknown zone with the setting to fix', () => {
    assert.throws(
      () => localDate(0, 'Mars/Olympus'),
      (error: Error) => error instanceof DeliveryError && /Unknown time zone/.test(error.message),
    );
  });
});
