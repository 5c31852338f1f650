import * as assert from 'node:assert/strict';
import { todayNow } from '../../../src/core/status/today';

describe('todayNow', () => {
  // 23:30 and 00:30 in New York, the form loaded on the evening of 2026-12-07.
  const evening = new Date('2026-12-08T04:30:00Z');
  const pastMidnight = new Date('2026-12-08T05:30:00Z');
  const sent = { today: '2026-12-07', timeZone: 'America/New_York' };

  it('moves on at midnight in the plan’s time zone for a form left open', () => {
    assert.equal(todayNow(sent, evening), '2026-12-07');
    assert.equal(todayNow(sent, pastMidnight), '2026-12-08');
  });

  it('keeps a pinned day whatever the clock says, and never goes back before the day sent', () => {
    assert.equal(todayNow({ today: '2026-12-07' }, pastMidnight), '2026-12-07');
    assert.equal(todayNow({ today: '2026-12-09', timeZone: 'America/New_York' }, pastMidnight), '2026-12-09');
  });
});
