import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { DeliveryError } from '../../../src/core/errors';
import { applyWeeklyStatus } from '../../../src/core/status/apply';
import { touchedFields } from '../../../src/core/status/fieldKeys';
import { readFileFields } from '../../../src/core/status/fileFields';
import { planMerge } from '../../../src/core/status/merge';
import type { InitiativeStatusDraft, WeeklyStatus } from '../../../src/core/status/types';
import { changedLines } from './changedLines';

const W49 = `week: 2026-W49
author: Dana Kim
headline: Checkout steady   # keep
backlog: 12
initiatives:
  fraud-scoring:
    status: on-track
    progress: Model v2 in shadow
  checkout-accessibility:
    status: at-risk
`;

const card = (id: string, over: Partial<InitiativeStatusDraft> = {}): InitiativeStatusDraft => ({
  id,
  status: 'on-track',
  progress: '',
  next: '',
  blockers: [],
  decisions: [],
  ...over,
});

function loadedW49(): WeeklyStatus {
  return {
    week: '2026-W49',
    author: 'Dana Kim',
    headline: 'Checkout steady',
    backlog: '12',
    initiatives: [
      card('fraud-scoring', { progress: 'Model v2 in shadow' }),
      card('checkout-accessibility', { status: 'at-risk' }),
      card('mobile-onboarding'),
    ],
  };
}

/** The save as the panel does it: plan against the file now, write only what the plan says. */
function save(base: string, disk: string, loaded: WeeklyStatus, mine: WeeklyStatus, confirmed: string[] = []) {
  const touched = touchedFields(loaded, mine, confirmed);
  const plan = planMerge(touched, mine, readFileFields(base), readFileFields(disk));
  return { plan, text: applyWeeklyStatus(disk, mine, new Set(plan.write)) };
}

describe('the three-way save', () => {
  it('keeps a line a teammate added while the form was open, with no conflict', () => {
    const disk = W49.replace('    status: at-risk\n', '    status: at-risk\n    progress: Contrast fixes merged\n');
    const mine = loadedW49();
    mine.initiatives[0].progress = 'Model v2 live for 5%';
    const { plan, text } = save(W49, disk, loadedW49(), mine);
    assert.deepEqual(plan.conflicts, []);
    assert.deepEqual(plan.write, ['initiatives.fraud-scoring.progress']);
    const data = parse(text);
    assert.equal(data.initiatives['checkout-accessibility'].progress, 'Contrast fixes merged');
    assert.equal(data.initiatives['fraud-scoring'].progress, 'Model v2 live for 5%');
    assert.deepEqual(changedLines(disk, text), {
      removed: ['    progress: Model v2 in shadow'],
      added: ['    progress: Model v2 live for 5%'],
    });
  });

  it('reports a conflict on exactly the field both sides changed, and writes the rest', () => {
    const disk = W49.replace('Model v2 in shadow', 'Model v2 paused').replace('backlog: 12', 'backlog: 15');
    const mine = loadedW49();
    mine.initiatives[0].progress = 'Model v2 live for 5%';
    mine.headline = 'Checkout green';
    const { plan, text } = save(W49, disk, loadedW49(), mine);
    assert.deepEqual(plan.conflicts, [
      {
        field: 'initiatives.fraud-scoring.progress',
        base: 'Model v2 in shadow',
        disk: 'Model v2 paused',
        mine: 'Model v2 live for 5%',
      },
    ]);
    assert.deepEqual(plan.write, ['headline']);
    const data = parse(text);
    assert.equal(data.backlog, 15, 'the teammate’s backlog stays');
    assert.equal(
      data.initiatives['fraud-scoring'].progress,
      'Model v2 paused',
      'a conflict is not written until settled',
    );
    assert.equal(data.headline, 'Checkout green');
  });

  it('is no conflict when both sides wrote the same value', () => {
    const disk = W49.replace('Checkout steady', 'Checkout green');
    const mine = { ...loadedW49(), headline: 'Checkout green' };
    const { plan, text } = save(W49, disk, loadedW49(), mine);
    assert.deepEqual(plan, { write: [], same: ['headline'], conflicts: [] });
    assert.equal(text, disk);
  });

  it('finds its own fields already written when a save that stopped halfway is tried again', () => {
    const mine = loadedW49();
    mine.headline = 'Checkout green';
    mine.initiatives[1].status = 'off-track';
    const first = save(W49, W49, loadedW49(), mine);
    assert.deepEqual(first.plan.write, ['headline', 'initiatives.checkout-accessibility.status']);
    // The form still holds its draft against the old version; the file now says what it wrote.
    const again = save(W49, first.text, loadedW49(), mine);
    assert.deepEqual(again.plan, {
      write: [],
      same: ['headline', 'initiatives.checkout-accessibility.status'],
      conflicts: [],
    });
    assert.equal(again.text, first.text, 'nothing written twice');
  });

  it('writes only the cards the lead touched; untouched cards get no entry', () => {
    const loaded = loadedW49();
    const mine = loadedW49();
    mine.initiatives[0].next = 'Ramp to 25%';
    const { text } = save(W49, W49, loaded, mine);
    assert.equal(parse(text).initiatives['mobile-onboarding'], undefined);
    assert.deepEqual(changedLines(W49, text).added, ['    next: Ramp to 25%']);
  });

  it('"No change this week" records the health of a card without an entry, blockers carried with it', () => {
    const loaded = loadedW49();
    loaded.initiatives[2].blockers = [{ blocker: 'Final copy from legal', since: '2026-10-20', owner: '' }];
    const mine = structuredClone(loaded);
    const { plan, text } = save(W49, W49, loaded, mine, ['mobile-onboarding']);
    assert.deepEqual(plan.write, ['initiatives.mobile-onboarding.status']);
    assert.deepEqual(parse(text).initiatives['mobile-onboarding'], {
      status: 'on-track',
      blockers: [{ blocker: 'Final copy from legal', since: '2026-10-20' }],
    });
  });

  it('writes nothing when nothing was touched, empty keys and all', () => {
    const odd = 'week: 2026-W49\nauthor:   # fill in\nheadline: ~\ninitiatives:\n  fraud-scoring: {status: on-track}\n';
    const loaded: WeeklyStatus = {
      week: '2026-W49',
      author: '',
      headline: '',
      backlog: '',
      initiatives: [card('fraud-scoring')],
    };
    assert.equal(save(odd, odd, loaded, structuredClone(loaded)).text, odd);
  });
});

describe('values the form cannot edit', () => {
  const ODD = `week: 2026-W49
headline: Steady
backlog: about 40 # rough
initiatives:
  fraud-scoring:
    status: on-track
    progress: [a, b]
    decisions:
      - decision: Pick a vendor
        by: end of sprint # ask Sam
    blockers:
      - 42
`;

  it('are read as their text in the file, read-only', () => {
    const fields = readFileFields(ODD);
    assert.equal(fields.readonly.get('backlog'), 'about 40');
    assert.equal(fields.readonly.get('initiatives.fraud-scoring.progress'), '[a, b]');
    assert.match(fields.readonly.get('initiatives.fraud-scoring.decisions') ?? '', /by: end of sprint/);
    assert.equal(fields.readonly.get('initiatives.fraud-scoring.blockers'), '- 42');
    assert.equal(fields.values.get('initiatives.fraud-scoring.status'), 'on-track');
    assert.equal(fields.values.get('headline'), 'Steady');
  });

  it('survive a headline edit byte for byte, comments included', () => {
    const loaded: WeeklyStatus = {
      week: '2026-W49',
      author: '',
      headline: 'Steady',
      backlog: '',
      initiatives: [card('fraud-scoring')],
    };
    const mine = { ...structuredClone(loaded), headline: 'Calm' };
    const { text } = save(ODD, ODD, loaded, mine);
    assert.equal(text, ODD.replace('headline: Steady', 'headline: Calm'));
  });

  it('changed on disk into something the form cannot edit is a conflict, never overwritten', () => {
    const disk = W49.replace('backlog: 12', 'backlog: about 40');
    const mine = { ...loadedW49(), backlog: '14' };
    const { plan, text } = save(W49, disk, loadedW49(), mine);
    assert.deepEqual(plan.conflicts, [{ field: 'backlog', base: '12', disk: 'about 40', mine: '14' }]);
    assert.equal(text, disk);
  });

  it('behind a YAML anchor: read-only, and a write is refused with a clear message rather than a crash', () => {
    const anchored = 'week: 2026-W49\nheadline: &h Steady\nauthor: *h\n';
    const fields = readFileFields(anchored);
    assert.ok(fields.readonly.has('headline') && fields.readonly.has('author'));
    const status: WeeklyStatus = { week: '2026-W49', author: '', headline: 'Steady', backlog: '', initiatives: [] };
    assert.throws(
      () => applyWeeklyStatus(anchored, { ...status, headline: '' }, new Set(['headline'])),
      (error: unknown) =>
        error instanceof DeliveryError &&
        /anchor or alias/.test(error.message) &&
        /Edit that value in the file/.test(error.hint ?? ''),
    );
    assert.equal(applyWeeklyStatus(anchored, { ...status, headline: 'Calm' }, new Set(['backlog'])), anchored);
  });
});

describe('the writer keeps the file’s own shape', () => {
  it('adds a key to the last initiative before a new top-level key', () => {
    const text = 'week: 2026-W49\ninitiatives:\n  fraud-scoring:\n    status: on-track\n';
    const status: WeeklyStatus = {
      week: '2026-W49',
      author: '',
      headline: 'New',
      backlog: '',
      initiatives: [card('fraud-scoring', { next: 'Ramp' })],
    };
    const out = applyWeeklyStatus(text, status, new Set(['headline', 'initiatives.fraud-scoring.next']));
    assert.equal(out, `${text}    next: Ramp\nheadline: New\n`);
  });

  it('adds an owner to a blocker that is not the last as one line, its comment spacing kept', () => {
    const text =
      'week: 2026-W49\ninitiatives:\n  pay:\n    blockers:\n      - blocker: A   # first\n        since: 2026-11-02\n      - blocker: B\n        since: 2026-11-03\n';
    const blockers = [
      { blocker: 'A', since: '2026-11-02', owner: 'Priya Shah' },
      { blocker: 'B', since: '2026-11-03', owner: '' },
    ];
    const status: WeeklyStatus = {
      week: '2026-W49',
      author: '',
      headline: '',
      backlog: '',
      initiatives: [card('pay', { blockers })],
    };
    const out = applyWeeklyStatus(text, status, new Set(['initiatives.pay.blockers']));
    assert.equal(
      out,
      text.replace('        since: 2026-11-02\n', '        since: 2026-11-02\n        owner: Priya Shah\n'),
    );
  });

  it('writes CRLF lines into a CRLF file', () => {
    const text = 'week: 2026-W49\r\ninitiatives:\r\n  fraud-scoring:\r\n    status: on-track\r\n';
    const status: WeeklyStatus = {
      week: '2026-W49',
      author: '',
      headline: '',
      backlog: '',
      initiatives: [card('fraud-scoring', { progress: 'A', next: 'B' })],
    };
    const out = applyWeeklyStatus(
      text,
      status,
      new Set(['initiatives.fraud-scoring.progress', 'initiatives.fraud-scoring.next']),
    );
    assert.equal(out, `${text}    progress: A\r\n    next: B\r\n`);
    assert.ok(!/[^\r]\n/.test(out), 'no bare LF');
  });
});
