import * as assert from 'node:assert/strict';
import { parseDeliveryFiles } from '../../../src/core/load';
import type { Config } from '../../../src/core/model';
import { nextCadenceItem, quarterlyItem, roadmapItem, weeklyItem, weekdayOffset } from '../../../src/core/view/cadence';

function config(yaml = ''): Config {
  return parseDeliveryFiles('/repo', [{ path: '.delivery/config.yaml', text: yaml }]).config;
}

const none = { updates: [], reviews: [] };
const WEDNESDAY = '2026-11-25';

describe('cadence', () => {
  describe('weekly update', () => {
    it('is due Friday of the current week', () => {
      const item = weeklyItem(config(), none, WEDNESDAY);
      assert.deepEqual(
        [item.label, item.due, item.period, item.overdue],
        ['Weekly update due Fri', '2026-11-27', '2026-W48', false],
      );
    });

    it('follows the configured day', () => {
      assert.equal(weeklyItem(config('cadence: {weekly: thursday}'), none, WEDNESDAY).label, 'Weekly update due Thu');
    });

    it('says "due today" on the day', () => {
      assert.equal(weeklyItem(config(), none, '2026-11-27').label, 'Weekly update due today');
    });

    it('is overdue after the day when the update is missing', () => {
      const item = weeklyItem(config(), none, '2026-11-28');
      assert.deepEqual([item.label, item.overdue], ['Weekly update overdue', true]);
    });

    it("moves to next week once this week's update exists", () => {
      const item = weeklyItem(config(), { updates: ['2026-W48.md'], reviews: [] }, '2026-11-28');
      assert.deepEqual([item.due, item.period, item.overdue], ['2026-12-04', '2026-W49', false]);
    });
  });

  describe('roadmap review', () => {
    it('is due today when there has never been one', () => {
      assert.equal(roadmapItem(config(), none, WEDNESDAY).label, 'Roadmap review due today');
    });

    it('is due two weeks after the last one when bi-weekly', () => {
      const item = roadmapItem(
        config(),
        { updates: [], reviews: ['roadmap-2026-11-20.md', 'roadmap-2026-11-06.md'] },
        WEDNESDAY,
      );
      assert.equal(item.due, '2026-12-04');
    });

    it('is due a month after the last one when monthly', () => {
      const item = roadmapItem(
        config('cadence: {roadmap: monthly}'),
        { updates: [], reviews: ['roadmap-2026-10-31.md'] },
        WEDNESDAY,
      );
      assert.deepEqual([item.due, item.overdue], ['2026-11-30', false]);
    });
  });

  describe('quarterly review', () => {
    const sinceQ3 = { updates: [], reviews: [], statusWeeks: ['2026-W47', '2026-W39'] };

    it('is overdue while the review of the quarter just ended is missing', () => {
      const item = quarterlyItem(config(), sinceQ3, WEDNESDAY)!;
      assert.deepEqual([item.label, item.period], ['Quarterly review overdue', '2026-Q3']);
    });

    it('counts a weekly update as a sign the rhythm ran in that quarter', () => {
      assert.equal(quarterlyItem(config(), { updates: ['2026-W30.md'], reviews: [] }, WEDNESDAY)!.period, '2026-Q3');
    });

    it('is due at the end of the current quarter once the last one exists', () => {
      const item = quarterlyItem(config(), { ...sinceQ3, reviews: ['quarter-2026-Q3.md'] }, WEDNESDAY)!;
      assert.deepEqual([item.label, item.period], ['Quarterly review due 2026-12-31', '2026-Q4']);
    });

    it('owes nothing for a quarter before the first weekly status', () => {
      const item = quarterlyItem(config(), { updates: [], reviews: [], statusWeeks: ['2026-W44'] }, WEDNESDAY)!;
      assert.deepEqual([item.period, item.overdue], ['2026-Q4', false]);
    });

    it('is off when the config says quarterly: false', () => {
      assert.equal(quarterlyItem(config('cadence: {quarterly: false}'), none, WEDNESDAY), undefined);
    });
  });

  describe('next item', () => {
    it('shows an overdue item before one that is due', () => {
      assert.equal(
        nextCadenceItem(config(), { updates: [], reviews: [], statusWeeks: ['2026-W39'] }, WEDNESDAY)?.label,
        'Quarterly review overdue',
      );
    });

    it('otherwise shows the one due soonest', () => {
      const files = { updates: [], reviews: ['quarter-2026-Q3.md', 'roadmap-2026-11-20.md'] };
      assert.equal(nextCadenceItem(config(), files, WEDNESDAY)?.label, 'Weekly update due Fri');
    });
  });

  it('reads weekday names in full or short, any case', () => {
    assert.deepEqual(['Monday', 'fri', 'SUNDAY', 'someday'].map(weekdayOffset), [0, 4, 6, 4]);
  });
});
