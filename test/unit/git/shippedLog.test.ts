import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  landedRange,
  parseShippedLog,
  recordsRange,
  windowLogFormat,
  type ShippedItem,
} from '../../../src/core/git/shippedLog';
import { parseSubject } from '../../../src/core/git/subject';
import { localDate } from '../../../src/core/git/zone';

const TOKEN = 'c0ffee42';
const RECORD = `\x1e${TOKEN}r`;
const FIELD = `\x1f${TOKEN}f`;
const LIST = `\x1d${TOKEN}l`;
const format = windowLogFormat(TOKEN);

/** The plain reading the parser must agree with: split each record into its fields and its names. */
function oracle(out: string, timeZone: string): { at: number; item: ShippedItem; parents: string[] }[] {
  return out
    .split(RECORD)
    .slice(1)
    .map((record) => {
      const [sha, parents, time, author, subject, body, trailers, rest] = record.split(FIELD);
      const parentList = parents.trim() ? parents.trim().split(' ') : [];
      const title =
        parentList.length > 1
          ? body
              .split('\n')
              .map((line) => line.trim())
              .find(Boolean)
          : undefined;
      const facts = parseSubject(subject, parentList.length, title);
      const at = Number(time) * 1000;
      const files = rest
        .replace(/^\0\n?/, '')
        .split('\0')
        .filter(Boolean);
      const item: ShippedItem = {
        sha,
        subject,
        kind: facts.kind,
        files,
        author,
        date: localDate(at, timeZone),
        trailerInitiatives: trailers
          .split(LIST)
          .map((t) => t.trim())
          .filter(Boolean),
      };
      if (title && (facts.pr !== undefined || facts.branch !== undefined)) item.title = title;
      for (const key of ['pr', 'branch', 'type', 'scope'] as const)
        if (facts[key] !== undefined) Object.assign(item, { [key]: facts[key] });
      return { at, item, parents: parentList };
    });
}

const sha = fc.stringMatching(/^[0-9a-f]{40}$/);
const SUBJECTS = [
  'feat(payments): tokens',
  'fix: typo (#12)',
  'Merge pull request #7 from acme/search/v2',
  "Merge branch 'topic'",
  "Merge remote-tracking branch 'origin/x'",
  'chore!: drop',
  'plain words',
  '',
];
// Commit text may hold any byte: the old separators among them must stay text.
const text = fc.oneof(
  fc.constantFrom(...SUBJECTS),
  fc.string({
    unit: fc.constantFrom('a', ' ', '(', '#', '1', ')', ':', 'é', '李', '\x1e', '\x1f', '\x1d', '\0', '\n'),
  }),
);
const line = fc.oneof(fc.constantFrom('', '  ', 'feat(web): new page', 'Initiative: payments'), text);
const name = fc.oneof(
  fc.constantFrom('.delivery/initiatives/a.yaml', 'services/web/a b.ts', 'x', 'odd\x1ename', '\nleading newline'),
  fc.stringMatching(/^[a-z/.é ]{1,12}$/),
);

// A record as `shippedLogArgs` has git write it: seven fields each ended by the field mark, then
// `\0\n` and NUL-ended names, or a lone NUL for a commit that changed no file.
const record = fc
  .record({
    sha,
    parents: fc.array(sha, { maxLength: 3 }),
    time: fc.integer({ min: 1_700_000_000, max: 1_800_000_000 }),
    author: fc.constantFrom('Dana Kim', 'Zoë', '', 'Mal\x1flory'),
    subject: text,
    body: fc.array(line, { maxLength: 4 }).map((lines) => lines.join('\n')),
    trailers: fc
      .array(fc.constantFrom('payments', ' search ', 'q', '', 'a\x1db'), { maxLength: 3 })
      .map((ids) => ids.join(LIST)),
    files: fc.array(name, { maxLength: 4 }),
  })
  .map(
    (r) =>
      `${RECORD}${[r.sha, r.parents.join(' '), String(r.time), r.author, r.subject, r.body, r.trailers].join(FIELD)}${FIELD}${r.files.length ? `\0\n${r.files.join('\0')}\0` : '\0'}`,
  );

describe('parseShippedLog', () => {
  it('reads every field and name as a plain split of the log would', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 12 }),
        fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kolkata'),
        (records, zone) => {
          const out = records.join('');
          assert.deepEqual(parseShippedLog(out, format, zone), oracle(out, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps a merge body to its first line and lists a file with spaces whole', () => {
    const fields = [
      'a'.repeat(40),
      `${'b'.repeat(40)} ${'c'.repeat(40)}`,
      '1763460000',
      'Dana Kim',
      'Merge pull request #42 from acme/pay',
      '\n  feat(pay): cards \nmore',
      'payments',
    ];
    const out = `${RECORD}${fields.join(FIELD)}${FIELD}\0\nsrc/a b.ts\0docs/x.md\0`;
    const [entry] = parseShippedLog(out, format, 'UTC');
    assert.deepEqual(entry.item, {
      sha: 'a'.repeat(40),
      subject: 'Merge pull request #42 from acme/pay',
      kind: 'merge',
      trailerInitiatives: ['payments'],
      files: ['src/a b.ts', 'docs/x.md'],
      date: '2025-11-18',
      author: 'Dana Kim',
      title: 'feat(pay): cards',
      pr: 42,
      branch: 'pay',
      type: 'feat',
      scope: 'pay',
    });
    assert.deepEqual(entry.parents, ['b'.repeat(40), 'c'.repeat(40)]);
  });

  it('reads nothing from an empty log', () => {
    assert.deepEqual(parseShippedLog('', format, 'UTC'), []);
  });
});

describe('recordsRange', () => {
  it('finds the range of the commits landed in the window as the full parse does, from three fields', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 12 }),
        fc.integer({ min: 1_700_000_000, max: 1_800_000_000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (records, start, length) => {
          const out = records.join('');
          const [startMs, endMs] = [start * 1000, (start + length) * 1000];
          const landed = parseShippedLog(out, format, 'UTC')
            .filter((entry) => entry.at >= startMs && entry.at < endMs)
            .reverse()
            .map((entry) => ({ sha: entry.item.sha, parents: entry.parents }));
          assert.deepEqual(recordsRange(format.parse(out), startMs, endMs), landedRange(landed));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
