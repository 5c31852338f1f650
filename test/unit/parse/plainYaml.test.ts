import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMap, isPair, isScalar, isSeq, parseDocument, stringify } from 'yaml';
import { readPlainYaml } from '../../../src/core/parse/plainYaml';

/** Where a node starts and its value ends; the third offset (after trailing comments) is never read. */
const span = (node: { range?: [number, number, number] | null }) => node.range?.slice(0, 2);

/** What the readers look at: kinds, values, scalar types and ranges. */
function shape(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  if (isMap(node)) {
    return {
      map: node.items.map((pair) => (isPair(pair) ? [shape(pair.key), shape(pair.value)] : 'not a pair')),
      flow: !!node.flow,
      range: span(node),
    };
  }
  if (isSeq(node)) return { seq: node.items.map(shape), flow: !!node.flow, range: span(node) };
  if (isScalar(node)) return { value: node.value, type: node.type, range: span(node) };
  return { other: String(node) };
}

/** The fast reader either declines or agrees with the full parser on a clean document. */
function agrees(text: string): boolean {
  const plain = readPlainYaml(text);
  if (plain === undefined) return false;
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  assert.deepEqual(
    doc.errors.map((e) => e.code),
    [],
    `read as plain, but the full parser reports errors for ${JSON.stringify(text)}`,
  );
  assert.deepEqual(
    doc.warnings.map((e) => e.code),
    [],
    `read as plain, but the full parser warns for ${JSON.stringify(text)}`,
  );
  assert.deepEqual(shape(plain), shape(doc.contents), `differs from the full parser for ${JSON.stringify(text)}`);
  return true;
}

/** Values plan files hold, most of which the fast path reads… */
const WORDS = [
  'Dana Kim',
  'on-track',
  '2026-Q4',
  '2026-11-02',
  '12',
  '+4',
  '0o17',
  '0x1F',
  '1.50',
  '.5',
  '1e3',
  '.inf',
  '.NaN',
  'true',
  'False',
  'NULL',
  '~',
  'null',
  'yes',
  'C# rocks',
  'a:b',
  'time 12:30',
  'R&D',
  'x > y',
  'ship it!',
  '50%',
  'a, b',
  'a [b]',
  "it's",
  'Zoë',
  '李娜',
  "'it''s'",
  '"plain"',
  "''",
  '""',
  '{}',
  '[]',
];
/** …and values at YAML's sharp edges, which it must either read right or decline. */
const EDGES = [
  '2026-Q4\u00a0',
  '\u2003x',
  'a\u200ab',
  '-3',
  '-.Inf',
  'http://x.io/a?b=c',
  'a {b}',
  '@acme',
  '*star',
  '&amp',
  '!tag',
  '|',
  '>',
  '-',
  '- x',
  '? q',
  ': c',
  'a: b',
  'end:',
  '#hash',
  'a #b',
  '`tick',
  '%p',
  '"q"',
  "'s'",
  '"a \\" b"',
  '',
];
const KEYS = [
  'title',
  'owner',
  'status',
  'target',
  'risks',
  'match',
  'a',
  'b',
  '1',
  'true',
  '~',
  'key with spaces',
  'x-y',
  'why',
  'next',
  'since',
  'blocker',
];
const EDGE_KEYS = ['a:b', '-k', '"q"', "'s'", 'title ', 'a #b', '?', 'target\u00a0', 'owner\u3000'];

const word = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 60 },
  { arbitrary: fc.constantFrom(...EDGES), weight: 1 },
);
const key = fc.oneof(
  { arbitrary: fc.constantFrom(...KEYS), weight: 60 },
  { arbitrary: fc.constantFrom(...EDGE_KEYS), weight: 1 },
);
const entries = <T>(value: fc.Arbitrary<T>, minLength: number, maxLength: number) =>
  fc.uniqueArray(fc.tuple(key, value), { minLength, maxLength, selector: ([k]) => k.trim() });
const pad = fc.constantFrom('', ' ', '  ');
const comment = fc.constantFrom('', '', ' # note', '  #x', '#glued');

type Tree = string | { flow: boolean; map?: Array<[string, Tree]>; seq?: Tree[] };

/** Inside `[...]` and `{...}` commas, brackets and colons mean structure, so most words avoid them. */
const flowWord = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS.filter((w) => !/[,[\]{}:#]/.test(w))), weight: 60 },
  { arbitrary: fc.constantFrom(...WORDS, ...EDGES), weight: 1 },
);
const flowTree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    flowWord,
    fc.record({ flow: fc.constant(true), map: entries(tie('node'), 0, 3) }),
    fc.record({ flow: fc.constant(true), seq: fc.array(tie('node'), { maxLength: 3 }) }),
  ),
})).node;
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'medium', withCrossShrink: true },
    word,
    flowTree,
    fc.record({ flow: fc.constant(false), map: entries(tie('node'), 1, 5) }),
    fc.record({ flow: fc.constant(false), seq: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) }),
  ),
})).node;
/** A plan-like document: a block mapping at the top. */
const top = entries(tree, 1, 6).map((map): Tree => ({ flow: false, map }));

interface Style {
  indent: number;
  compactLists: boolean;
  pad: string;
  comment: string;
  blank: boolean;
}

function flowText(node: Tree, style: Style): string {
  if (typeof node === 'string') return node;
  if (node.map)
    return `{${style.pad}${node.map.map(([k, v]) => `${k}: ${flowText(v, style)}`).join(`,${style.pad || ' '}`)}${style.pad}}`;
  return `[${(node.seq ?? []).map((v) => flowText(v, style)).join(', ')}]`;
}

/** Block text for `node` as the value after `key:` or `-` at `indent` spaces (-1 for the document). */
function blockText(node: Tree, indent: number, style: Style, inList: boolean): string {
  const tail = `${style.comment}\n${style.blank ? '\n' : ''}`;
  if (typeof node === 'string' || node.flow) return ` ${flowText(node, style)}${style.pad}${tail}`;
  const entries = node.map ?? node.seq ?? [];
  if (entries.length === 0) return ` ${node.map ? '{}' : '[]'}\n`;
  if (node.map && inList && style.compactLists) {
    // `- key: value` with the other keys aligned under the first one.
    const inner = indent + 2;
    return node.map
      .map(([k, v], i) => `${i === 0 ? ' ' : ' '.repeat(inner)}${k}:${blockText(v, inner, style, false)}`)
      .join('');
  }
  const inner = Math.max(0, indent + (node.seq && !inList && style.compactLists ? 0 : style.indent));
  const lines = node.map
    ? node.map.map(([k, v]) => `${' '.repeat(inner)}${k}${style.pad.slice(1)}:${blockText(v, inner, style, false)}`)
    : (node.seq ?? []).map((v) => `${' '.repeat(inner)}-${blockText(v, inner, style, true)}`);
  return `${style.comment.replace(/^#/, ' #')}\n${lines.join('')}`;
}

const style = fc.record({
  indent: fc.constantFrom(1, 2, 4),
  compactLists: fc.boolean(),
  pad,
  comment,
  blank: fc.boolean(),
});
const documents = fc
  .tuple(top, style)
  .map(([node, s]) => blockText(node, -s.indent, s, false).replace(/^[^\n]*\n/, ''));

const PIECES = [
  '\n# c\n',
  '\n-\n',
  '\u00a0',
  '\u2000',
  '\u200a',
  '\u3000',
  '\u202f',
  '\t',
  ':',
  ': ',
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
  ' #',
  '|',
  '>',
  '---\n',
  '...\n',
  '!!str ',
  '%YAML 1.2\n',
  '\r\n',
  '? ',
  ',',
  '\\',
];
const mutated = (base: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(base, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), fc.constantFrom(...PIECES)), { maxLength: 3 }))
    .map(([text, edits]) =>
      edits.reduce((t, [at, cut, insert]) => {
        const i = at % (t.length + 1);
        return t.slice(0, i) + insert + t.slice(i + cut);
      }, text),
    );

describe('plain YAML reader', function () {
  this.timeout(120_000);

  it('reads plan-shaped files the way the full parser does', () => {
    const texts = [
      'title: Checkout\nowner: Dana Kim <dana@acme.io>\ncontributors: [Lee Park, Sam Ode]\npriority: 2\ntarget: {start: 2026-10-01, end: 2027-02-28}\nrisks:\n  - {risk: Vendor, impact: high, mitigation: Weekly sync}\nblockers:\n  - blocker: PCI audit  # waiting\n    since: 2026-11-02\n    owner: Priya Shah\n',
      "week: 2026-W47\nauthor: Dana Kim\nbacklog: 134\ninitiatives:\n  payments:\n    status: at-risk\n    progress: \"Half done: more soon\"\n    next: 'It''s next'\n",
      '# The plan\n\ninitiatives:\n- id: a\n  title: A\n-\n- id: b\n',
    ];
    for (const text of texts) assert.ok(agrees(text), `declined ${JSON.stringify(text)}`);
  });

  it('declines what it does not read: anchors, tags, block scalars, escapes, multi-line values, duplicates, tabs', () => {
    const outside = [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: |\n  text\n',
      'a: "tab\\t"\n',
      'a: first\n  second\n',
      'a: 1\na: 2\n',
      'a:\n\tb: 1\n',
      'a: [1,\n  2]\n',
      '---\na: 1\n',
      'a: b: c\n',
      '? a\n: b\n',
      'a: 1\r\n',
    ];
    for (const text of outside) assert.equal(readPlainYaml(text), undefined, `read ${JSON.stringify(text)}`);
  });

  it('keeps Unicode spaces as text, as YAML does: `target\u00a0:` is another key, not target', () => {
    for (const text of ['target\u00a0: 2026-Q4\n', 'owner: Dana Kim\u3000\n', 'a: [b\u2000]\n']) {
      assert.equal(readPlainYaml(text), undefined, `read ${JSON.stringify(text)}`);
    }
  });

  it('agrees, or declines, on a list whose last, empty item follows a comment line', () => {
    for (const text of [
      '- x\n# c\n-\n',
      'a:\n  - x\n  # c\n  -\nb: 1\n',
      '- x\n# c\n-\n\n',
      '- x\n# c\n- y\n-\n',
      '- x\n-\n',
    ])
      agrees(text);
    assert.equal(readPlainYaml('- x\n# c\n-\n'), undefined);
  });

  it('gives null for an empty or comment-only document', () => {
    assert.equal(readPlainYaml(''), null);
    assert.equal(readPlainYaml('# nothing yet\n\n'), null);
  });

  it('agrees with the full parser on random block and flow documents, and reads most of them', () => {
    let read = 0;
    let total = 0;
    fc.assert(
      fc.property(documents, (text) => {
        total++;
        if (agrees(text)) read++;
      }),
      { numRuns: Number(process.env.PLAIN_RUNS ?? 3000) },
    );
    assert.ok(read > total / 3, `only ${read} of ${total} documents were read by the fast path`);
  });

  it('agrees with the full parser or declines, on mutated documents and on stringified JSON', () => {
    fc.assert(
      fc.property(mutated(documents), (text) => void agrees(text)),
      { numRuns: Number(process.env.PLAIN_RUNS ?? 3000) },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => void agrees(stringify(value))),
      { numRuns: 1000 },
    );
  });
});
