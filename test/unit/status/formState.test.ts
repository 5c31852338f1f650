import * as assert from 'node:assert/strict';
import { type FormModel, reduce, view } from '../../../src/core/status/formState';
import { blankMeasurement, measurementOnFile, restoredMeasurements } from '../../../src/core/status/measurement';
import type { WeeklyStatus } from '../../../src/core/status/types';

const NOW = Date.UTC(2026, 11, 7, 9);

function week(): WeeklyStatus {
  const card = (id: string) => ({
    id,
    status: 'on-track' as const,
    progress: '',
    next: '',
    blockers: [],
    decisions: [],
  });
  return {
    week: '2026-W49',
    author: 'Dana Kim',
    headline: 'Steady',
    backlog: '',
    initiatives: [card('pay'), card('search'), card('mobile')],
  };
}

function model(over: Partial<FormModel> = {}): FormModel {
  return {
    week: '2026-W49',
    loaded: week(),
    status: week(),
    base: 'v1',
    fields: { values: { headline: 'Steady', 'initiatives.pay.status': 'on-track' }, readonly: {}, entries: ['pay'] },
    confirmed: [],
    today: '2026-12-07',
    measurements: [],
    updateInitiatives: false,
    ...over,
  };
}

describe('the weekly status form state', () => {
  it('starts clean: nothing touched, nothing to save', () => {
    assert.deepEqual(view(model()).touched, []);
    assert.equal(view(model()).dirty, false);
  });

  it('records a value by its field id and stamps the draft, leaving the old state untouched', () => {
    const before = model();
    const after = reduce(before, { type: 'set', field: 'initiatives.search.progress', value: 'Index rebuilt' }, NOW);
    assert.equal(after.status.initiatives[1].progress, 'Index rebuilt');
    assert.equal(before.status.initiatives[1].progress, '', 'pure: the previous state is not changed');
    assert.equal(after.savedAt, NOW);
    assert.deepEqual(view(after).touched, ['initiatives.search.progress']);
  });

  it('sets a blocker field by its path, and adds and removes items', () => {
    let m = reduce(model(), { type: 'add', id: 'pay', list: 'blockers', today: '2026-12-07' }, NOW);
    m = reduce(m, { type: 'set', field: 'initiatives.pay.blockers.0.blocker', value: 'Vendor contract' }, NOW);
    assert.deepEqual(m.status.initiatives[0].blockers, [
      { blocker: 'Vendor contract', since: '2026-12-07', owner: '' },
    ]);
    assert.deepEqual(view(m).touched, ['initiatives.pay.blockers']);
    m = reduce(m, { type: 'remove', id: 'pay', list: 'blockers', index: 0 }, NOW);
    assert.deepEqual(view(m).touched, [], 'back to what was loaded');
  });

  it('touches a card by "No change this week", and undoes it', () => {
    const confirmed = reduce(model(), { type: 'confirm', id: 'mobile' }, NOW);
    assert.deepEqual(view(confirmed).touched, ['initiatives.mobile.status']);
    assert.deepEqual(view(reduce(confirmed, { type: 'confirm', id: 'mobile' }, NOW)).touched, []);
  });

  it('goes back to what it loaded on Revert, and counts what is typed next as a change to save', () => {
    let m = reduce(model(), { type: 'set', field: 'headline', value: 'Typed, then reverted' }, NOW);
    m = reduce(m, { type: 'confirm', id: 'mobile' }, NOW);
    m = reduce(m, { type: 'conflict', fields: [{ field: 'headline', base: 'Steady', disk: 'Calm', mine: 'Green' }] });
    const reverted = reduce(m, { type: 'revert' }, NOW);
    assert.deepEqual(reverted.status, model().status);
    assert.deepEqual(reverted.confirmed, []);
    assert.equal(reverted.conflict, undefined);
    assert.equal(reverted.savedAt, undefined);
    assert.equal(view(reverted).dirty, false);
    // Typed before the file is back: the form it loaded stays as it was, so the edit is one to save.
    const typed = reduce(reverted, { type: 'set', field: 'initiatives.search.progress', value: 'Index rebuilt' }, NOW);
    assert.equal(typed.loaded.initiatives[1].progress, '');
    assert.deepEqual(view(typed).touched, ['initiatives.search.progress']);
    assert.equal(view(typed).dirty, true);
    assert.equal(typed.savedAt, NOW);
  });

  it('never edits a value the file holds in a form it cannot read', () => {
    const m = model({
      fields: { values: {}, readonly: { backlog: 'about 40', 'initiatives.pay.blockers': '- 42' }, entries: ['pay'] },
    });
    assert.equal(reduce(m, { type: 'set', field: 'backlog', value: '3' }, NOW), m);
    assert.equal(reduce(m, { type: 'set', field: 'initiatives.pay.blockers.0.owner', value: 'Sam' }, NOW), m);
    assert.equal(reduce(m, { type: 'add', id: 'pay', list: 'blockers', today: '2026-12-07' }, NOW), m);
  });

  it('blocks a save only on what the save writes', () => {
    // An untouched card with no health is only a warning; once the lead edits it, it stops the save.
    const m = model();
    m.loaded.initiatives[1].status = '';
    m.status.initiatives[1].status = '';
    const untouched = reduce(m, { type: 'set', field: 'headline', value: 'Calm' }, NOW);
    assert.deepEqual(view(untouched).blocking, []);
    assert.deepEqual(
      view(untouched).problems.map((p) => [p.field, p.severity]),
      [['initiatives.search.status', 'warning']],
    );
    const touched = reduce(untouched, { type: 'set', field: 'initiatives.search.next', value: 'Ship' }, NOW);
    assert.deepEqual(
      view(touched).blocking.map((p) => p.field),
      ['initiatives.search.status'],
    );
  });

  it('never blocks a save on a blocker without an owner', () => {
    let m = reduce(model(), { type: 'add', id: 'pay', list: 'blockers', today: '2026-12-07' }, NOW);
    m = reduce(m, { type: 'set', field: 'initiatives.pay.blockers.0.blocker', value: 'Legal review' }, NOW);
    m = reduce(m, { type: 'set', field: 'initiatives.pay.blockers.0.owner', value: 'Legal team' }, NOW);
    assert.deepEqual(view(m).blocking, []);
    assert.match(view(m).problems[0].message, /one person/);
  });

  it('keeps the lead’s choice per conflicting field, and forgets the conflict once saved', () => {
    const conflict = { field: 'headline', base: 'Steady', disk: 'Calm', mine: 'Green' };
    let m = reduce(model(), { type: 'conflict', fields: [conflict] }, NOW);
    m = reduce(m, { type: 'choose', field: 'headline', mine: true }, NOW);
    assert.deepEqual(m.conflict?.useMine, ['headline']);
    m = reduce(m, { type: 'choose', field: 'headline', mine: false }, NOW);
    assert.deepEqual(m.conflict?.useMine, []);
    m = reduce(
      reduce(m, { type: 'set', field: 'headline', value: 'Green' }, NOW),
      { type: 'saved', base: 'v2', fields: { values: { headline: 'Green' }, readonly: {}, entries: [] } },
      NOW,
    );
    assert.equal(m.conflict, undefined);
    assert.equal(m.base, 'v2');
    assert.deepEqual(view(m).touched, [], 'what was saved is the new starting point');
  });
});

describe('the form once its save is written', () => {
  const sentOf = (m: FormModel) =>
    structuredClone({ status: m.status, confirmed: m.confirmed, measurements: m.measurements });
  const file = (values: Record<string, string>) => ({ values, readonly: {}, entries: ['pay'] });

  it('keeps what was typed while the save was on its way as a change still to save', () => {
    const pressed = reduce(model(), { type: 'set', field: 'headline', value: 'Green' }, NOW);
    const sent = sentOf(pressed);
    let m = reduce(pressed, { type: 'set', field: 'initiatives.search.next', value: 'Ship the index' }, NOW + 1);
    m = reduce(m, { type: 'set', field: 'headline', value: 'Green, mostly' }, NOW + 2);
    m = reduce(m, { type: 'saved', base: 'v2', fields: file({ headline: 'Green' }), sent }, NOW + 3);
    assert.deepEqual(view(m).touched, ['headline', 'initiatives.search.next']);
    assert.equal(m.status.headline, 'Green, mostly');
    assert.equal(m.loaded.headline, 'Green', 'what was saved is the new starting point');
    assert.equal(m.savedAt, NOW + 2, 'still a draft, as new as its last change');
  });

  it('keeps a No Change This Week pressed while the save was on its way', () => {
    const pressed = reduce(model(), { type: 'confirm', id: 'pay' }, NOW);
    const sent = sentOf(pressed);
    const m = reduce(
      reduce(pressed, { type: 'confirm', id: 'search' }, NOW),
      { type: 'saved', base: 'v2', fields: file({}), sent },
      NOW,
    );
    assert.deepEqual(m.confirmed, ['search']);
    assert.equal(view(m).dirty, true);
  });

  it('shows the file’s value for a field whose conflict was settled with the file’s', () => {
    let m = reduce(model(), { type: 'set', field: 'headline', value: 'Green' }, NOW);
    m = reduce(m, { type: 'set', field: 'initiatives.pay.progress', value: 'Mine' }, NOW);
    const blockers = [{ blocker: 'Vendor', since: '2026-12-01', owner: 'Bo' }];
    m = reduce(m, { type: 'add', id: 'search', list: 'blockers', today: '2026-12-07' }, NOW);
    m = reduce(m, { type: 'set', field: 'initiatives.search.blockers.0.blocker', value: 'Mine too' }, NOW);
    const sent = sentOf(m);
    const kept = file({
      headline: 'Calm',
      'initiatives.pay.progress': 'Mine',
      'initiatives.search.blockers': JSON.stringify(blockers),
    });
    m = reduce(m, { type: 'saved', base: 'v2', fields: kept, sent }, NOW);
    assert.equal(m.status.headline, 'Calm');
    assert.equal(m.status.initiatives[0].progress, 'Mine');
    assert.deepEqual(m.status.initiatives[1].blockers, blockers);
    assert.equal(view(m).dirty, false);
  });

  it('keeps a measurement typed again while the save was on its way', () => {
    const seen = { current: '2.2%', measured: '2026-10-01' };
    let m = model({ measurements: [blankMeasurement('pay', seen, '2026-12-07')] });
    m = reduce(m, { type: 'measure', id: 'pay', key: 'value', value: '2.3%' }, NOW);
    const sent = sentOf(m);
    m = reduce(m, { type: 'measure', id: 'pay', key: 'value', value: '2.4%' }, NOW);
    m = reduce(m, { type: 'saved', base: 'v2', fields: m.fields, sent }, NOW);
    assert.deepEqual(m.measurements, [
      {
        id: 'pay',
        value: '2.4%',
        measured: '2026-12-07',
        offered: '2026-12-07',
        seen: { current: '2.3%', measured: '2026-12-07' },
      },
    ]);
    assert.equal(view(m).dirty, true);
  });
});

describe('a measurement recorded in the form', () => {
  const withOutcome = () =>
    model({ measurements: [blankMeasurement('pay', { current: '2.2%', measured: '2026-10-01' }, '2026-12-07')] });
  const measure = (m: FormModel, key: 'value' | 'measured', value: string) =>
    reduce(m, { type: 'measure', id: 'pay', key, value }, NOW);

  it('leaves the form clean until a value is typed', () => {
    assert.equal(view(withOutcome()).dirty, false);
    const typed = measure(withOutcome(), 'value', '2.35%');
    assert.deepEqual(
      view(typed).measured.map((m) => [m.value, m.measured]),
      [['2.35%', '2026-12-07']],
    );
    assert.equal(view(typed).dirty, true);
    assert.deepEqual(view(typed).touched, []);
  });

  it('forgets on Revert a measurement typed, and the day chosen', () => {
    const typed = measure(measure(withOutcome(), 'value', '2.35%'), 'measured', '2026-12-01');
    const reverted = reduce(typed, { type: 'revert' }, NOW);
    assert.deepEqual(reverted.measurements, withOutcome().measurements);
    assert.equal(view(reverted).dirty, false);
  });

  it('stops the save at a day after today, on the date field', () => {
    const future = measure(measure(withOutcome(), 'value', '2.35%'), 'measured', '2026-12-08');
    assert.deepEqual(
      view(future).blocking.map((e) => e.field),
      ['initiatives.pay.outcome.measured'],
    );
  });

  it('after a save shows the recorded value as the current one and offers a fresh measurement', () => {
    const typed = measure(measure(withOutcome(), 'value', ' 2.35% '), 'measured', '2026-12-01');
    const saved = reduce(typed, { type: 'saved', base: 'v2', fields: typed.fields }, NOW);
    assert.deepEqual(saved.measurements, [
      {
        id: 'pay',
        value: '',
        measured: '2026-12-07',
        offered: '2026-12-07',
        seen: { current: '2.35%', measured: '2026-12-01' },
      },
    ]);
    assert.equal(view(saved).dirty, false);
  });

  it('keeps as typed a measurement the save could not write, and takes the rest as saved', () => {
    let m = reduce(withOutcome(), { type: 'set', field: 'headline', value: 'Calmer' }, NOW);
    m = measure(m, 'value', '2.35%');
    const saved = reduce(m, { type: 'saved', base: 'v2', fields: m.fields, unrecorded: [{ id: 'pay' }] }, NOW);
    assert.deepEqual(saved.measurements, m.measurements);
    assert.deepEqual(view(saved).touched, []);
    assert.deepEqual(
      view(saved).measured.map((x) => x.value),
      ['2.35%'],
    );
  });

  it('keeps as typed a measurement not written over one a teammate recorded meanwhile, and shows theirs on the card', () => {
    let m = reduce(withOutcome(), { type: 'set', field: 'headline', value: 'Calmer' }, NOW);
    m = measure(measure(m, 'value', '2.35%'), 'measured', '2026-12-04');
    const theirs = { current: '2.4%', measured: '2026-12-05' };
    const saved = reduce(
      m,
      { type: 'saved', base: 'v2', fields: m.fields, unrecorded: [{ id: 'pay', now: theirs }] },
      NOW,
    );
    assert.deepEqual(
      saved.measurements.map((x) => [x.value, x.measured, x.seen]),
      [['2.35%', '2026-12-04', theirs]],
    );
    assert.deepEqual(view(saved).touched, []);
    // Saving again records the lead's over theirs (the file says what the card now shows)…
    assert.deepEqual(
      view(saved).measured.map((x) => measurementOnFile(x, theirs)),
      ['unchanged'],
    );
    // …and clearing the value keeps theirs: nothing is left to record, nothing stops the save.
    const cleared = measure(saved, 'value', '');
    assert.deepEqual(view(cleared).measured, []);
    assert.deepEqual(view(cleared).blocking, []);
  });

  it('lets a draft brought back on a later day save with its untouched cards, which record nothing', () => {
    // Kept on 2026-12-07 with only the headline typed; the form opens on it on 2026-12-08.
    const kept = reduce(withOutcome(), { type: 'set', field: 'headline', value: 'Calmer' }, NOW);
    const cards = [{ id: 'pay', outcome: { current: '2.2%', measured: '2026-10-01' } }];
    const back = {
      ...kept,
      today: '2026-12-08',
      measurements: restoredMeasurements(kept.measurements, cards, '2026-12-08'),
    };
    assert.deepEqual(view(back).blocking, []);
    assert.deepEqual(view(back).measured, []);
    // Even left as it was kept: the day it offered then is still no entry.
    assert.deepEqual(view({ ...kept, today: '2026-12-08' }).blocking, []);
    assert.deepEqual(view({ ...kept, today: '2026-12-08' }).measured, []);
  });
});
