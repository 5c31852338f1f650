import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { Finding } from '../../../src/core/model';
import { lint } from '../../../src/core/rules';
import { initiative, modelOf } from './build';

const VALID = `${initiative()}contributors: [Lee Park]
risks:
  - {risk: Vendor, impact: high, mitigation: Weekly sync}
blockers:
  - blocker: PCI audit
    since: 2026-11-02
    owner: Priya Shah
decisions: [{decision: Second contractor, by: 2026-12-01}]
match: {paths: [services/payments/**], branches: [payments/*], scopes: [payments], keywords: [PAY-]}
`;
const STATUS =
  'week: 2026-W47\nbacklog: 134\ninitiatives:\n  payments:\n    status: at-risk\n    blockers: [{blocker: PCI, since: 2026-11-02}]\n';
const CONFIG = 'timezone: Europe/Berlin\nrules: {status-stale: {days: 10}, outcome-missing: off}\n';

const PIECES = [
  '\t',
  ':',
  '- ',
  '&a ',
  '*a',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '\n',
  '  ',
  '#',
  '|',
  '>',
  '---\n',
  '__proto__: ',
  '2026-02-30',
  '!!binary ',
  '%YAML 1.2\n',
  '\u0000',
  '\r\n',
  '\uFEFF',
  '? ',
];

/** A valid document with random cuts and insertions of YAML's sharp edges. */
const mutated = (base: string): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }))), {
      maxLength: 6,
    })
    .map((edits) =>
      edits.reduce((text, [at, cut, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      }, base),
    );

const anyYaml = fc.jsonValue({ maxDepth: 4 }).map((value) => stringify(value));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }), anyYaml);

function assertWithin(finding: Finding, texts: Record<string, string>): void {
  assert.doesNotMatch(finding.message, /\n/, 'a message must fit on one line');
  const { start, end } = finding.range;
  assert.ok(
    start.line < end.line || (start.line === end.line && start.column <= end.column),
    `inverted range in ${finding.message}`,
  );
  const text = texts[finding.file.replace(/^\.delivery\//, '')];
  if (text === undefined)
    return assert.deepEqual(finding.range, { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } });
  // Lines as the editor counts them: LF, CRLF and a lone CR each end one.
  const lines = text.split(/\r(?!\n)|\n/);
  for (const p of [start, end]) {
    assert.ok(p.line >= 0 && p.line < lines.length, `line ${p.line} outside ${finding.file}: ${finding.message}`);
    assert.ok(
      p.column >= 0 && p.column <= lines[p.line].length,
      `column ${p.column} outside line ${p.line}: ${finding.message}`,
    );
  }
}

function lintsCleanly(texts: Record<string, string>): void {
  const found = lint(modelOf(texts), { asOf: '2026-11-25' });
  for (const finding of found) assertWithin(finding, texts);
}

describe('parse + lint on random input', function () {
  this.timeout(60_000);

  it('never throws and keeps every finding inside its text, for mutated plan files', () => {
    fc.assert(
      fc.property(mutated(VALID), mutated(STATUS), mutated(CONFIG), (a, status, config) =>
        lintsCleanly({ 'initiatives/payments.yaml': a, 'status/2026-W47.yaml': status, 'config.yaml': config }),
      ),
      { numRuns: 1500 },
    );
  });

  it('never throws for arbitrary text and YAML in every kind of file', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (a, list, status, config) =>
        lintsCleanly({
          'initiatives/a.yaml': a,
          'initiatives.yaml': list,
          'status/2026-W47.yaml': status,
          'config.yaml': config,
        }),
      ),
      { numRuns: 1500 },
    );
  });

  it('never throws for random initiatives.yaml entries built from plan keys', () => {
    const keys = fc.constantFrom(
      'id',
      'title',
      'owner',
      'target',
      'status',
      'blockers',
      'risks',
      'outcome',
      'match',
      'priority',
      'ownr',
    );
    const entry = fc.dictionary(keys, fc.jsonValue({ maxDepth: 2 }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), (entries) =>
        lintsCleanly({ 'initiatives.yaml': stringify({ initiatives: entries }) }),
      ),
      { numRuns: 500 },
    );
  });
});
