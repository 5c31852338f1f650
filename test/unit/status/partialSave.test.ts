import * as assert from 'node:assert/strict';
import { partialSaveMessage } from '../../../src/core/status/partialSave';

describe('a save that stopped after writing some of its files', () => {
  it('says what was written, what failed and why, and what was not tried', () => {
    assert.equal(
      partialSaveMessage(
        ['.delivery/status/2026-W49.yaml', '.delivery/initiatives/pay.yaml'],
        '.delivery/initiatives/search.yaml',
        'VS Code did not apply the change. Check that the file is writable.',
        ['.delivery/initiatives/mobile.yaml'],
      ),
      'Saved only in part: .delivery/status/2026-W49.yaml and .delivery/initiatives/pay.yaml were written, ' +
        'but .delivery/initiatives/search.yaml was not: VS Code did not apply the change. Check that the file is writable. ' +
        '.delivery/initiatives/mobile.yaml was not written either. ' +
        'Your form keeps every change: fix that, then Save again (what was written is not written twice).',
    );
  });

  it('names a single file written', () => {
    assert.match(
      partialSaveMessage(['.delivery/status/2026-W49.yaml'], 'initiatives.yaml', 'It changed while saving.', []),
      /^Saved only in part: \.delivery\/status\/2026-W49\.yaml was written, but initiatives\.yaml was not: It changed while saving\. Your form/,
    );
  });
});
