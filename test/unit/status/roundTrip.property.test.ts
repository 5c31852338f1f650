import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { STATUSES } from '../../../src/core/model';
import { applyWeeklyStatus } from '../../../src/core/status/apply';
import type { WeeklyStatus } from '../../../src/core/status/types';

const ORIGINAL = `# kept
week: 2026-W47  # week
headline: 'Quoted'
extra: [1, 2]
initiatives:
  pay:
    status: at-risk  # why
    blockers:
      - {blocker: A, since: 2026-11-02, owner: B}
      - blocker: C
        since: 2026-11-03
        owner: D
  other: {status: done}
`;

const text = fc.oneof(
  fc.constant(''),
  fc.stringMatching(/^[a-z :#'"{},[\]\-|>&*!%@`?]{0,12}$/),
  fc.string({ maxLength: 8 }),
);
const blocker = fc.record({ blocker: text, since: text, owner: text });
const decision = fc.record({ decision: text, by: text });
const entry = (id: string) =>
  fc.record({
    id: fc.constant(id),
    status: fc.constantFrom('' as const, ...STATUSES),
    progress: text,
    next: text,
    blockers: fc.array(blocker, { maxLength: 3 }),
    decisions: fc.array(decision, { maxLength: 2 }),
  });
const status: fc.Arbitrary<WeeklyStatus> = fc.record({
  week: fc.constant('2026-W47'),
  author: text,
  headline: text,
  backlog: fc.oneof(fc.constant(''), fc.nat({ max: 9999 }).map(String)),
  initiatives: fc.oneof(fc.tuple(entry('pay')), fc.tuple(entry('pay'), entry('new-one'))),
});

/** What the file should say for one initiative after the edit. */
function expectedEntry(draft: WeeklyStatus['initiatives'][number]): Record<string, unknown> {
  const drop = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== ''));
  const out: Record<string, unknown> = drop({ status: draft.status, progress: draft.progress, next: draft.next });
  if (draft.blockers.length) out.blockers = draft.blockers.map(drop);
  if (draft.decisions.length) out.decisions = draft.decisions.map(drop);
  return out;
}

describe('applyWeeklyStatus on random statuses', () => {
  it('always writes exactly what the form says and keeps everything else', () => {
    fc.assert(
      fc.property(status, (s) => {
        const data = parse(applyWeeklyStatus(ORIGINAL, s));
        assert.equal(data.extra.length, 2);
        assert.deepEqual(data.initiatives.other, { status: 'done' });
        assert.equal(data.headline ?? '', s.headline);
        assert.equal(data.author ?? '', s.author);
        assert.equal(data.backlog === undefined ? '' : String(data.backlog), s.backlog);
        for (const draft of s.initiatives) {
          assert.deepEqual(data.initiatives[draft.id], expectedEntry(draft));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('changes nothing when the same status is applied twice', () => {
    fc.assert(
      fc.property(status, (s) => {
        const once = applyWeeklyStatus(ORIGINAL, s);
        assert.equal(applyWeeklyStatus(once, s), once);
      }),
      { numRuns: 200 },
    );
  });
});
