import * as assert from 'node:assert/strict';
import { fileGone, NOT_IN_PLAN, outcomeChanged, unwrittenText } from '../../../src/core/status/unwritten';

const titles: Record<string, string> = { pay: 'Payments revamp', search: 'Search' };
const titleOf = (id: string) => titles[id] ?? id;

describe('unwrittenText', () => {
  it('names the card whose measurement an initiative gone from the plan kept out, says why, and keeps the draft', () => {
    const text = unwrittenText([{ id: 'pay', kind: 'measurement', reason: NOT_IN_PLAN }], titleOf);
    assert.equal(
      text,
      'The measurement on “Payments revamp” was not written: the initiative is no longer in the plan (removed or renamed since the form opened). It stays on its card; Revert shows the plan as it is now.',
    );
  });

  it('says what the file says now of a measurement recorded meanwhile, and how to keep either, not to discard the draft', () => {
    const now = { current: '2.4%', measured: '2026-12-05' };
    const reason = outcomeChanged('.delivery/initiatives/pay.yaml', now);
    const text = unwrittenText([{ id: 'pay', kind: 'measurement', reason, now }], titleOf);
    assert.equal(
      text,
      'The measurement on “Payments revamp” was not written: .delivery/initiatives/pay.yaml changed since the form opened and now says 2.4%, measured 2026-12-05. ' +
        'Yours stays on its card: if it is the newer one, save again to record it; if not, clear its value.',
    );
    assert.doesNotMatch(text, /Revert/);
  });

  it('says so when the outcome recorded meanwhile has no day, or no value at all', () => {
    assert.equal(
      outcomeChanged('pay.yaml', { current: '2.4%', measured: '' }),
      'pay.yaml changed since the form opened and now says 2.4%, with no day recorded',
    );
    assert.equal(
      outcomeChanged('pay.yaml', { current: '', measured: '' }),
      'pay.yaml changed since the form opened and now says no measurement',
    );
  });

  it('says a health copy was left out of its initiative file while the week’s status has it', () => {
    const text = unwrittenText(
      [
        { id: 'search', kind: 'health', reason: NOT_IN_PLAN },
        { id: 'gone', kind: 'health', reason: fileGone('.delivery/initiatives/gone.yaml') },
      ],
      titleOf,
    );
    assert.equal(
      text,
      'The health of “Search” is in the week’s status but was not written into its initiative file: the initiative is no longer in the plan (removed or renamed since the form opened). ' +
        'The health of “gone” is in the week’s status but was not written into its initiative file: .delivery/initiatives/gone.yaml no longer exists.',
    );
  });

  it('says nothing when everything was written', () => {
    assert.equal(unwrittenText([], titleOf), '');
  });
});
