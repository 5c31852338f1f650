import * as assert from 'node:assert/strict';
import { savedMessage } from '../../../src/core/status/saved';
import { versionOf } from '../../../src/core/status/version';

const written = { inEditor: false, measured: ['.delivery/initiatives/pay.yaml'], unwritten: [] };

describe('savedMessage', () => {
  it('says "no file" as the form’s load does when a save only recorded measurements in a week with no file', () => {
    const saved = savedMessage('2026-W49', '.delivery/status/2026-W49.yaml', undefined, written);
    // The form keeps this as the draft's starting version: equal to what opening the week says, no "was created" warning.
    assert.equal(saved.base, versionOf(undefined));
    assert.equal(saved.base, null);
    assert.deepEqual(saved.fields, { values: {}, readonly: {}, entries: [] });
    assert.deepEqual(saved.measured, written.measured);
  });

  it('gives the version of the file as written, the one the form loads it with', () => {
    const text = 'week: 2026-W49\nheadline: Calmer\n';
    const saved = savedMessage('2026-W49', '.delivery/status/2026-W49.yaml', text, written);
    assert.equal(saved.base, versionOf(text));
    assert.equal(saved.fields.values.headline, 'Calmer');
  });
});
