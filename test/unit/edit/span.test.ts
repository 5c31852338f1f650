import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { changedSpan } from '../../../src/core/edit/span';

describe('changedSpan', () => {
  it('covers only the changed word', () => {
    assert.deepEqual(changedSpan('status: on-track\nnext: x\n', 'status: paused\nnext: x\n'), {
      start: 8,
      end: 16,
      text: 'paused',
    });
  });

  it('is an insertion when text is only added', () => {
    assert.deepEqual(changedSpan('a\nb\n', 'a\nnew\nb\n'), { start: 2, end: 2, text: 'new\n' });
  });

  it('is empty for equal texts', () => {
    assert.deepEqual(changedSpan('same', 'same'), { start: 4, end: 4, text: '' });
  });

  it('always rebuilds the new text from the old one', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const { start, end, text } = changedSpan(before, after);
        return before.slice(0, start) + text + before.slice(end) === after;
      }),
    );
  });
});
