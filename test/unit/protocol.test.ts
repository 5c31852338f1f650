import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFormState, parseWebviewMessage } from '../../src/core/protocol';
import type { WeeklyStatus } from '../../src/core/status/types';

const status: WeeklyStatus = {
  week: '2026-W47',
  author: 'Dana Kim',
  headline: '',
  backlog: '',
  initiatives: [
    {
      id: 'pay',
      status: 'on-track',
      progress: '',
      next: '',
      blockers: [{ blocker: 'a', since: '2026-11-02', owner: 'b' }],
      decisions: [],
    },
  ],
};

const fields = { values: { headline: '' }, readonly: { backlog: 'about 40' }, entries: ['pay'] };
const measurement = {
  id: 'pay',
  value: '2.35%',
  measured: '2026-11-19',
  offered: '2026-11-19',
  seen: { current: '2.2%', measured: '' },
};
const work = { status, loaded: status, fields, confirmed: ['pay'], measurements: [measurement] };

describe('parseWebviewMessage', () => {
  it('accepts every well-formed message', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'save', ...work, base: null, updateInitiatives: false },
      { type: 'save', ...work, base: 'abc', updateInitiatives: true },
      { type: 'changeWeek', week: '2026-W48' },
      { type: 'revert' },
      { type: 'draft', ...work, base: null, dirty: true, savedAt: 1764000000000 },
      { type: 'resolveConflict', choice: 'diff', useMine: [] },
      { type: 'resolveConflict', choice: 'merge', useMine: ['initiatives.pay.progress'] },
      { type: 'openFile' },
      { type: 'openFile', initiative: 'pay', line: 12 },
    ]) {
      assert.deepEqual(parseWebviewMessage(message), { ok: true, value: message });
    }
  });

  it('rejects a save without its measurements, or with one malformed, naming the field', () => {
    const save = { type: 'save', ...work, base: null, updateInitiatives: false };
    const reason = (message: object) => {
      const parsed = parseWebviewMessage(message);
      return parsed.ok ? 'accepted' : parsed.reason;
    };
    assert.equal(reason({ ...save, measurements: undefined }), 'save.measurements must be a list of at most 200 items');
    assert.equal(
      reason({ ...save, measurements: [{ ...measurement, id: '../secrets' }] }),
      'save.measurements[0].id must be an initiative id',
    );
    assert.equal(
      reason({ ...save, measurements: [{ ...measurement, measured: 20261119 }] }),
      'save.measurements[0].measured must be text of at most 4000 characters',
    );
    assert.equal(
      reason({ ...save, measurements: [{ ...measurement, seen: { current: '2.2%' } }] }),
      'save.measurements[0].seen.measured must be text of at most 4000 characters',
    );
  });

  it('accepts a draft kept before measurements existed, and refuses a malformed one', () => {
    const draft = { type: 'draft', ...work, measurements: undefined, base: null, dirty: true, savedAt: 1764000000000 };
    assert.equal(parseWebviewMessage(draft).ok, true);
    assert.equal(parseWebviewMessage({ ...draft, measurements: [{ id: 'pay' }] }).ok, false);
  });

  it('asks a save for the day each measurement offered, and accepts a draft kept before it was kept', () => {
    const old: Partial<typeof measurement> = { ...measurement };
    delete old.offered;
    const save = { type: 'save', ...work, measurements: [old], base: null, updateInitiatives: false };
    assert.deepEqual(parseWebviewMessage(save), {
      ok: false,
      reason: 'save.measurements[0].offered must be text of at most 4000 characters',
    });
    const draft = { type: 'draft', ...work, measurements: [old], base: null, dirty: true, savedAt: 1764000000000 };
    assert.equal(parseWebviewMessage(draft).ok, true);
  });

  it('rejects an unknown type', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'writeFile', path: '/etc/passwd' }), {
      ok: false,
      reason: 'unknown message type "writeFile"',
    });
  });

  it('rejects a type inherited from Object', () => {
    assert.equal(parseWebviewMessage({ type: 'toString' }).ok, false);
  });

  it('rejects a save whose status is missing a field, naming it', () => {
    const partial: Partial<WeeklyStatus> = { ...status };
    delete partial.headline;
    const parsed = parseWebviewMessage({
      type: 'save',
      ...work,
      status: partial,
      base: null,
      updateInitiatives: false,
    });
    assert.deepEqual(parsed, { ok: false, reason: 'save.status.headline must be text of at most 4000 characters' });
  });

  it('rejects an initiative id that is not an id', () => {
    const bad = { ...status, initiatives: [{ ...status.initiatives[0], id: '../x' }] };
    assert.equal(
      parseWebviewMessage({ type: 'save', ...work, status: bad, base: null, updateInitiatives: false }).ok,
      false,
    );
  });

  it('rejects an unknown health', () => {
    const bad = { ...status, initiatives: [{ ...status.initiatives[0], status: 'great' }] };
    assert.match(
      String(
        (
          parseWebviewMessage({ type: 'draft', ...work, status: bad, base: null, dirty: true, savedAt: 1 }) as {
            reason: string;
          }
        ).reason,
      ),
      /known status/,
    );
  });

  it('rejects a draft without the time it was kept', () => {
    assert.match(
      String((parseWebviewMessage({ type: 'draft', ...work, base: null, dirty: true }) as { reason: string }).reason),
      /draft\.savedAt must be a time/,
    );
  });

  it('rejects a conflict choice it does not know', () => {
    assert.equal(parseWebviewMessage({ type: 'resolveConflict', choice: 'delete', useMine: [] }).ok, false);
    assert.equal(parseWebviewMessage({ type: 'resolveConflict', choice: 'overwrite', useMine: [] }).ok, false);
  });

  it('rejects what the file said when it is not text per field', () => {
    const bad = { ...fields, readonly: { backlog: 40 } };
    assert.match(
      String(
        (
          parseWebviewMessage({ type: 'save', ...work, fields: bad, base: null, updateInitiatives: false }) as {
            reason: string;
          }
        ).reason,
      ),
      /save\.fields\.readonly\.backlog must be text/,
    );
  });

  it('rejects a line that is not a line number', () => {
    assert.equal(parseWebviewMessage({ type: 'openFile', initiative: 'pay', line: 0 }).ok, false);
    assert.equal(parseWebviewMessage({ type: 'openFile', initiative: '../x', line: 1 }).ok, false);
  });

  it('never throws and never accepts random junk', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const parsed = parseWebviewMessage(junk);
        return !parsed.ok || ['ready', 'revert', 'openFile'].includes((junk as { type: string }).type);
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts a save with a random status', () => {
    fc.assert(
      fc.property(
        fc.object(),
        (junk) => !parseWebviewMessage({ type: 'save', ...work, status: junk, base: null, updateInitiatives: true }).ok,
      ),
    );
  });
});

describe('parseFormState', () => {
  it('accepts the state the form keeps', () => {
    assert.equal(
      parseFormState({ week: '2026-W47', ...work, base: null, dirty: true, updateInitiatives: false }).ok,
      true,
    );
  });

  it('accepts state kept by an older version, without what the form loaded', () => {
    assert.equal(
      parseFormState({ week: '2026-W47', status, base: null, dirty: true, updateInitiatives: false }).ok,
      true,
    );
  });

  it('rejects undefined state from a panel that never stored any', () => {
    assert.equal(parseFormState(undefined).ok, false);
  });
});
