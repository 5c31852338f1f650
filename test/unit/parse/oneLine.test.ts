import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { joinLines, oneLine } from '../../../src/core/parse/oneLine';

/** The pattern joinLines replaces: right on every text, but quadratic on a long run of spaces. */
const byPattern = (text: string) => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');

describe('oneLine', () => {
  it('joins lines as the single pattern did, on any short text', () => {
    const unit = fc.constantFrom('a', 'b', ' ', '\t', '\n', '\r', '\u2028', '\u00a0', '\u3000');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => assert.equal(joinLines(text), byPattern(text))),
      { numRuns: 5000 },
    );
  });

  it('quotes a value of 200,000 spaces between two letters cut to 300 characters (the pattern took 19 s on it)', () => {
    const line = oneLine(`a${' '.repeat(200_000)}b`);
    assert.equal(line.length, 300);
    assert.ok(line.startsWith('a   ') && line.endsWith('...'));
  });

  it('keeps a finding on one line and shows control characters as ?', () => {
    assert.equal(oneLine('Owner "Dana\n  Kim\x07": name one person'), 'Owner "Dana Kim?": name one person');
  });
});
