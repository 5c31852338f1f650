import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { globMatch } from '../../src/core/glob';

/** The backtracking regular expression the matcher replaced: right, but exponential on some patterns. */
function byRegExp(pattern: string, path: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '*' && pattern[i + 1] === '*') {
      const slashAfter = pattern[i + 2] === '/';
      source += slashAfter ? '(?:[^/]*/)*' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (pattern[i] === '*') source += '[^/]*';
    else if (pattern[i] === '?') source += '[^/]';
    else source += pattern[i].replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`).test(path);
}

describe('globMatch', () => {
  it('agrees with the regular expression on any short pattern and path', () => {
    const pattern = fc.string({ unit: fc.constantFrom('a', 'b', '/', '*', '?', '.', '**/'), maxLength: 8 });
    const path = fc.string({ unit: fc.constantFrom('a', 'b', '/', '.'), maxLength: 10 });
    fc.assert(
      fc.property(pattern, path, (p, s) => assert.equal(globMatch(p, s), byRegExp(p, s), `${p} on ${s}`)),
      { numRuns: 20_000 },
    );
  });

  it('answers a pattern of many double stars on a long path (the regular expression never returns)', () => {
    const pattern = `${'**a'.repeat(12)}**b`;
    assert.equal(globMatch(pattern, 'a'.repeat(5_000)), false);
    assert.equal(globMatch(pattern, `${'a'.repeat(5_000)}b`), true);
  });
});
