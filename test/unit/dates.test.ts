import * as assert from 'node:assert/strict';
import {
  addDays,
  daysBetween,
  isIsoDate,
  isoWeekOf,
  parseIsoWeek,
  parseTarget,
  quarterOf,
  quarterRange,
  todayIn,
  weekRange,
} from '../../src/core/dates';

describe('dates', () => {
  describe('isIsoDate', () => {
    it('accepts a real day, including 29 February of a leap year', () => {
      assert.ok(isIsoDate('2026-11-25'));
      assert.ok(isIsoDate('2028-02-29'));
    });
    it('rejects impossible days and other shapes', () => {
      for (const text of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-1-5', 'soon'])
        assert.equal(isIsoDate(text), false, text);
    });
  });

  describe('ISO weeks', () => {
    it('puts 2026-11-25 in 2026-W48 and 2026-11-22 (a Sunday) in 2026-W47', () => {
      assert.equal(isoWeekOf('2026-11-25'), '2026-W48');
      assert.equal(isoWeekOf('2026-11-22'), '2026-W47');
    });
    it('gives the first days of January to the previous year when its Thursday is there', () => {
      assert.equal(isoWeekOf('2027-01-01'), '2026-W53');
      assert.equal(isoWeekOf('2025-12-29'), '2026-W01');
    });
    it('spans Monday to Sunday', () => {
      assert.deepEqual(weekRange('2026-W47'), { start: '2026-11-16', end: '2026-11-22' });
      assert.deepEqual(weekRange('2026-W01'), { start: '2025-12-29', end: '2026-01-04' });
    });
    it('accepts W53 only in long years', () => {
      assert.equal(parseIsoWeek('2026-W53'), '2026-W53');
      assert.equal(parseIsoWeek('2027-W53'), undefined);
      assert.equal(parseIsoWeek('2026-W00'), undefined);
      assert.equal(parseIsoWeek('2026-47'), undefined);
    });
    it('has a 2026-W53 from 28 December 2026 to 3 January 2027, and 2027-W01 starts on 4 January', () => {
      assert.deepEqual(weekRange('2026-W53'), { start: '2026-12-28', end: '2027-01-03' });
      assert.equal(isoWeekOf('2027-01-01'), '2026-W53');
      assert.equal(isoWeekOf('2027-01-03'), '2026-W53');
      assert.equal(isoWeekOf('2027-01-04'), '2027-W01');
      assert.equal(weekRange('2027-W01').start, '2027-01-04');
    });
    it('lets one week span two months and two quarters', () => {
      const { start, end } = weekRange('2026-W40');
      assert.deepEqual([start, end], ['2026-09-28', '2026-10-04']);
      assert.deepEqual([quarterOf(start), quarterOf(end)], ['2026-Q3', '2026-Q4']);
    });
    it('round-trips every day of two years through its week', () => {
      for (let day = '2026-01-01'; day < '2028-01-01'; day = addDays(day, 1)) {
        const { start, end } = weekRange(isoWeekOf(day));
        assert.ok(start <= day && day <= end, day);
        assert.equal(daysBetween(start, end), 6);
      }
    });
  });

  describe('todayIn', () => {
    it('is already tomorrow in Tokyo when it is late evening in UTC', () => {
      const now = new Date('2026-11-25T20:00:00Z');
      assert.equal(todayIn('UTC', now), '2026-11-25');
      assert.equal(todayIn('Asia/Tokyo', now), '2026-11-26');
      assert.equal(todayIn('America/Los_Angeles', new Date('2026-11-26T05:00:00Z')), '2026-11-25');
    });
    it('is two calendar days apart in Kiritimati (UTC+14) and Pago Pago (UTC−11) at the same instant', () => {
      const now = new Date('2026-12-31T10:30:00Z');
      assert.equal(todayIn('Pacific/Kiritimati', now), '2027-01-01');
      assert.equal(todayIn('Pacific/Pago_Pago', now), '2026-12-30');
      assert.equal(isoWeekOf(todayIn('Pacific/Kiritimati', now)), '2026-W53');
    });
  });

  describe('parseTarget', () => {
    it('reads a date, a month, a quarter and a window as one interval', () => {
      assert.deepEqual(parseTarget('2026-12-15'), {
        kind: 'date',
        start: '2026-12-15',
        end: '2026-12-15',
        label: '2026-12-15',
      });
      assert.deepEqual(parseTarget('2026-02'), {
        kind: 'month',
        start: '2026-02-01',
        end: '2026-02-28',
        label: '2026-02',
      });
      assert.deepEqual(parseTarget('2026-Q4'), {
        kind: 'quarter',
        start: '2026-10-01',
        end: '2026-12-31',
        label: '2026-Q4',
      });
      assert.equal(parseTarget({ start: '2026-10-01', end: '2026-12-15' })?.kind, 'window');
    });
    it('gives nothing for unbounded or impossible targets', () => {
      for (const text of ['TBD', 'soon', '2027+', '2026', '2026-Q5', '2026-02-30', '2026-13'])
        assert.equal(parseTarget(text), undefined, text);
      assert.equal(parseTarget({ start: '2026-12-01' }), undefined);
      assert.equal(parseTarget({ start: '2026-12-01', end: '2026-11-01' }), undefined);
    });
    it('knows the quarters', () => {
      assert.deepEqual(quarterRange('2026-Q1'), { start: '2026-01-01', end: '2026-03-31' });
      assert.deepEqual(quarterRange('2026-Q2'), { start: '2026-04-01', end: '2026-06-30' });
    });
  });
});
