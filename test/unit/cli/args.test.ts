import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { AS_OF_OPTION, asOfDate, formatOption, OUT_OPTION, parseCommandArgs, UsageError } from '../../../src/cli/args';

describe('parseCommandArgs', () => {
  const specs = {
    ...formatOption('md', 'json'),
    ...AS_OF_OPTION,
    ...OUT_OPTION,
    roadmap: { type: 'boolean' as const },
  };

  it('reads the folder, shared options and command flags in any order', () => {
    const args = parseCommandArgs(
      ['--format', 'json', 'repo', '--roadmap', '--as-of=2026-11-25', '--out', 'r.md'],
      specs,
    );
    assert.deepEqual(args, {
      folder: resolve('repo'),
      inputs: ['repo'],
      help: false,
      options: { format: 'json', roadmap: true, 'as-of': '2026-11-25', out: 'r.md' },
    });
  });
  it('defaults the folder to the current directory and sees -h', () => {
    assert.deepEqual(parseCommandArgs(['-h'], specs), { folder: resolve('.'), inputs: [], help: true, options: {} });
  });
  for (const [argv, message] of [
    [['--bogus'], /Unknown option '--bogus'$/],
    [['--format', 'txt'], /--format must be one of md, json, not 'txt'/],
    [['--as-of', '2026-13-01'], /--as-of must be a date/],
    [['--format'], /argument missing/],
    [['a', 'b'], /at most one folder/],
    [['--out', 'a.md', '--out', 'b.md'], /^--out is given more than once: give it once$/],
    [['--as-of=2026-11-25', '--as-of', '2026-11-26'], /^--as-of is given more than once/],
    [['--roadmap', '--roadmap'], /^--roadmap is given more than once/],
  ] as const) {
    it(`throws a UsageError for ${argv.join(' ')}`, () => {
      assert.throws(
        () => parseCommandArgs([...argv], specs),
        (e: unknown) => e instanceof UsageError && message.test(e.message),
      );
    });
  }
});

describe('asOfDate', () => {
  it('prefers --as-of and otherwise gives a date', () => {
    assert.equal(asOfDate(parseCommandArgs(['--as-of', '2026-11-25'], AS_OF_OPTION), 'Asia/Tokyo'), '2026-11-25');
    assert.match(asOfDate(parseCommandArgs([], AS_OF_OPTION), 'Asia/Tokyo'), /^\d{4}-\d{2}-\d{2}$/);
  });
});
