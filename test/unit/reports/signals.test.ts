import * as assert from 'node:assert/strict';
import type { ShippedItem } from '../../../src/core/git/shipped';
import type { DeliveryModel, Initiative, LedgerEntry, SlipLedger } from '../../../src/core/model';
import { backlogSignal, backlogTrend } from '../../../src/core/signals/backlog';
import { reprioritizationSignal } from '../../../src/core/signals/churn';
import { outcomeSignal } from '../../../src/core/signals/outcomes';
import { commitments, reliabilitySignal } from '../../../src/core/signals/reliability';
import { config, initiative, status } from './build';

function target(date: string, from: string | undefined, to: string): LedgerEntry {
  return { date, sha: 'x', field: 'target', ...(from ? { from } : {}), to };
}

describe('constant-reprioritization', () => {
  it('fires when one initiative changes target twice in a month', () => {
    const ledger: SlipLedger = new Map([
      [
        'a',
        [
          target('2026-06-01', undefined, '2026-10'),
          target('2026-11-03', '2026-10', '2026-11'),
          target('2026-11-20', '2026-11', '2026-12'),
        ],
      ],
    ]);
    const plan = [
      { id: 'a', title: 'Card tokens' },
      ...Array.from({ length: 9 }, (_, n) => ({ id: `x${n}`, title: 'X' })),
    ];
    const signal = reprioritizationSignal(ledger, plan, '2026-11-25');
    assert.equal(signal.fires, true);
    // Named by title, as every other line of a report names initiatives.
    assert.deepEqual(signal.details, ['Card tokens in 2026-11: 2 target/priority changes']);
  });

  it('does not count first values or status changes', () => {
    const ledger: SlipLedger = new Map([
      [
        'a',
        [
          target('2026-11-01', undefined, '2026-12'),
          { date: '2026-11-02', sha: 'y', field: 'status', from: 'on-track', to: 'at-risk' },
        ],
      ],
    ]);
    const signal = reprioritizationSignal(ledger, [{ id: 'a', title: 'A' }], '2026-11-25');
    assert.deepEqual([signal.fires, signal.value], [false, 0]);
  });

  it('says it needs git when there is no ledger', () => {
    assert.equal(reprioritizationSignal(undefined, [{ id: 'a', title: 'A' }], '2026-11-25').value, null);
  });
});

describe('missed-commitments', () => {
  const q4 = { label: '2026-Q4', start: '2026-10-01', end: '2026-12-31' };
  const oct = { label: '2026-10', start: '2026-10-01', end: '2026-10-31' };

  it('judges against the target held when the quarter began, not the moved one', () => {
    const slipped = initiative({ id: 'slipped', title: 'Slipped work', status: 'on-track', target: q4 });
    const ledger: SlipLedger = new Map([
      ['slipped', [target('2026-09-01', undefined, '2026-10'), target('2026-10-20', '2026-10', '2026-Q4')]],
    ]);
    const list = commitments([slipped], ledger, '2026-Q4', '2026-11-25');
    assert.deepEqual(list, [
      { id: 'slipped', title: 'Slipped work', target: '2026-10', due: '2026-10-31', met: false },
    ]);
    assert.deepEqual(reliabilitySignal(list, '2026-Q4', '2026-11-25').details, [
      'Slipped work: committed 2026-10, due 2026-10-31, not done by then',
    ]);
  });

  it('counts an initiative done on time as met, and fires below 70% with two or more due', () => {
    const done = initiative({ id: 'done', status: 'done', target: oct });
    const late = initiative({ id: 'late', status: 'at-risk', target: oct });
    const late2 = initiative({ id: 'late2', status: 'at-risk', target: oct });
    const ledger: SlipLedger = new Map([
      [
        'done',
        [
          target('2026-09-01', undefined, '2026-10'),
          { date: '2026-10-28', sha: 'd', field: 'status', from: 'on-track', to: 'done' },
        ],
      ],
      ['late', [target('2026-09-01', undefined, '2026-10')]],
      ['late2', [target('2026-09-01', undefined, '2026-10')]],
    ]);
    const signal = reliabilitySignal(
      commitments([done, late, late2], ledger, '2026-Q4', '2026-11-25'),
      '2026-Q4',
      '2026-11-25',
    );
    assert.deepEqual([signal.fires, signal.value], [true, 0.33]);
    // Three commitments make no percentage: the counts say it.
    assert.equal(signal.summary, '1 of 3 commitments due in 2026-Q4 was finished by its target, below 70%.');
    const one = reliabilitySignal(
      [{ id: 'a', title: 'A', target: '2026-10', due: '2026-10-31', met: false }],
      '2026-Q4',
      '2026-11-25',
    );
    assert.equal(one.summary, '0 of 1 commitment due in 2026-Q4 was finished by its target.');
  });

  it('gives a share from five commitments on', () => {
    const list = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
      id,
      title: id,
      target: '2026-10',
      due: '2026-10-31',
      met: i < 4,
    }));
    assert.match(
      reliabilitySignal(list, '2026-Q4', '2026-11-25').summary,
      /^4 of 5 commitments due in 2026-Q4 were finished by their targets \(80%\)\.$/,
    );
  });

  it('says a quarter that has ended had no commitment due, not that none is due yet', () => {
    assert.equal(reliabilitySignal([], '2026-Q2', '2026-08-20').summary, 'No commitment was due in 2026-Q2.');
    assert.equal(reliabilitySignal([], '2026-Q4', '2026-11-25').summary, 'No 2026-Q4 commitment is due yet.');
  });

  it('ignores targets not yet due', () => {
    const future = initiative({ id: 'f', status: 'on-track', target: q4 });
    assert.deepEqual(commitments([future], undefined, '2026-Q4', '2026-11-25'), []);
  });
});

describe('backlog-growth', () => {
  it('fires on three weeks of growth in a row', () => {
    const trend = backlogTrend(
      [status('2026-W44', 100), status('2026-W45', 101), status('2026-W46', 102), status('2026-W47', 103)],
      '2026-W47',
    );
    const signal = backlogSignal(trend);
    assert.deepEqual([signal.fires, signal.value], [true, 3]);
    // The whole series on one line: a list cap can never hide the weeks the summary quotes.
    assert.deepEqual(signal.details, ['2026-W44: 100 · 2026-W45: 101 · 2026-W46: 102 · 2026-W47: 103']);
  });

  it('stays quiet on a flat backlog and ignores weeks after the as-of week', () => {
    const trend = backlogTrend(
      [status('2026-W45', 120), status('2026-W46', 118), status('2026-W47', 121), status('2026-W48', 500)],
      '2026-W47',
    );
    assert.deepEqual([backlogSignal(trend).fires, backlogSignal(trend).value], [false, 1]);
  });

  it('asks for backlog counts when there are fewer than two', () => {
    assert.equal(backlogSignal(backlogTrend([status('2026-W47', 3), status('2026-W46')], '2026-W47')).value, null);
  });
});

describe('output-without-outcomes', () => {
  const asOf = '2026-11-25';
  const shipped = (n: number, date = '2026-11-10'): ShippedItem[] =>
    Array.from({ length: n }, (_, k) => ({
      sha: `s${k}`,
      subject: `change ${k}`,
      trailerInitiatives: [],
      files: ['src/a.ts'],
      date,
      author: 'Dana Kim',
      kind: 'direct' as const,
    }));
  const measuredOn = (date: string, to: string): LedgerEntry => ({ date, sha: 'm', field: 'outcome', to });
  const model = (...initiatives: Initiative[]): DeliveryModel => ({
    root: '/',
    config: config(),
    initiatives,
    statuses: [],
    problems: [],
  });

  it('names an active initiative that shipped five changes in 30 days without measuring, with its last measurement', () => {
    const ledger: SlipLedger = new Map([['a', [measuredOn('2026-09-01', '2.1%')]]]);
    const signal = outcomeSignal(
      model(initiative({ id: 'a', title: 'Checkout', status: 'on-track', metric: 'Conversion', current: '2.1%' })),
      { ledger, recent: new Map([['a', shipped(6)]]) },
      asOf,
    );
    assert.deepEqual([signal.fires, signal.value], [true, 1]);
    assert.deepEqual(signal.details, ['Checkout: 6 changes shipped in the last 30 days, last measured 2026-09-01']);
  });

  it('is quiet for an initiative measured within the 30 days, or one that shipped four changes', () => {
    const ledger: SlipLedger = new Map([['a', [measuredOn('2026-11-01', '2.3%')]]]);
    const signal = outcomeSignal(
      model(
        initiative({ id: 'a', status: 'on-track', metric: 'Conversion', current: '2.3%' }),
        initiative({ id: 'b', status: 'at-risk', metric: 'Latency' }),
      ),
      {
        ledger,
        recent: new Map([
          ['a', shipped(9)],
          ['b', shipped(4)],
        ]),
      },
      asOf,
    );
    assert.deepEqual([signal.fires, signal.value, signal.details], [false, 0, []]);
    // Says what was checked, not that every initiative measured (b never did, and shipped too little to ask).
    assert.equal(
      signal.summary,
      'No active initiative shipped 5 or more changes in the last 30 days without measuring its outcome, and every done one was measured when done.',
    );
  });

  it('takes its thresholds from rules: output-without-outcomes', () => {
    const folder = model(initiative({ id: 'b', status: 'at-risk', metric: 'Latency' }));
    folder.config.outcomeSignal = { items: 3, days: 10 };
    const signal = outcomeSignal(folder, { ledger: new Map(), recent: new Map([['b', shipped(3)]]) }, asOf);
    assert.deepEqual(signal.details, ['b: 3 changes shipped in the last 10 days, never measured']);
  });

  it('fires for a done initiative not measured since it was done', () => {
    const ledger: SlipLedger = new Map([
      ['a', [measuredOn('2026-10-01', '2.3%'), { date: '2026-11-02', sha: 'd', field: 'status', to: 'done' }]],
    ]);
    const signal = outcomeSignal(
      model(initiative({ id: 'a', status: 'done', metric: 'Conversion', current: '2.3%' })),
      { ledger, recent: new Map() },
      asOf,
    );
    assert.deepEqual(signal.details, ['a: done, last measured 2026-10-01, no measurement since it was done']);
  });

  it('without git judges only done initiatives, and says it needs git when none fires', () => {
    const signal = outcomeSignal(model(initiative({ id: 'a', status: 'on-track', metric: 'M' })), {}, asOf);
    assert.deepEqual([signal.fires, signal.value], [false, null]);
  });
});
