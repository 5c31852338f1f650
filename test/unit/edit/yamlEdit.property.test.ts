// The edit engine on random commented documents and random edits: the text it writes reads back
// as the document was meant to be (the value set, every other key as it was, in its order), every
// comment outside a removed key stays, and a CRLF file gets no bare LF.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMap, isScalar, parse, parseDocument, stringify, type Document, type Node, type YAMLMap } from 'yaml';
import { type NewKeyPlace, setKey } from '../../../src/core/edit/setKey';
import { editedText } from '../../../src/core/edit/yamlEdit';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const KEYS = ['title', 'owner', 'why', 'status', 'target', 'metric', 'current', 'since', 'note'] as const;
const key = fc.constantFrom(...KEYS);
const scalar: fc.Arbitrary<Json> = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9 :#'"%,.\-[\]{}&*!|>@]{0,14}$/),
  // Words YAML reads or writes in a special way.
  fc.constantFrom('---', '...', '- x', '? y', ' lead', 'trail ', '#x', 'a: b', 'yes', '0x1F', '1e3', '.5', '~', '@x'),
  fc.integer({ min: -5, max: 5000 }),
  fc.boolean(),
  fc.constant(null),
);
const { tree } = fc.letrec<{ tree: Record<string, Json>; value: Json }>((tie) => ({
  tree: fc.dictionary(key, tie('value'), { minKeys: 1, maxKeys: 4, noNullPrototype: true }),
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    tie('tree'),
    fc.array(fc.oneof(scalar, tie('tree')), { maxLength: 3 }),
  ),
}));

/** The document as a person writes it: block style, some full-line and some end-of-line comments. */
const file = fc
  .record({
    data: tree,
    lineComments: fc.array(fc.boolean(), { maxLength: 40 }),
    endComments: fc.array(fc.boolean(), { maxLength: 40 }),
    crlf: fc.boolean(),
  })
  .map(({ data, lineComments, endComments, crlf }) => {
    const lines = stringify(data, { lineWidth: 0 }).replace(/\n$/, '').split('\n');
    const commented = lines.flatMap((line, i) => [
      ...(lineComments[i] ? [`# ~c${i}`] : []),
      endComments[i] ? `${line}  # ~e${i}` : line,
    ]);
    const text = `${commented.join('\n')}\n`;
    return { data, text: crlf ? text.replace(/\n/g, '\r\n') : text, crlf };
  });

type Op =
  | { kind: 'change'; pick: number; value: Json }
  | { kind: 'add'; pick: number; key: string; value: Json; place: number }
  | { kind: 'remove'; pick: number };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('change' as const), pick: fc.nat(), value: scalar }),
  fc.record({
    kind: fc.constant('add' as const),
    pick: fc.nat(),
    key: fc.constantFrom(...KEYS, 'owner_2', 'added'),
    value: fc.oneof(scalar, fc.dictionary(key, scalar, { minKeys: 1, maxKeys: 2, noNullPrototype: true })),
    place: fc.nat(),
  }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
);

/** Every path to a scalar, and to a mapping, in the data. */
function paths(value: Json, at: Path = [], out = { scalars: [] as Path[], maps: [] as Path[] }) {
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...at, i], out));
  else if (value !== null && typeof value === 'object') {
    out.maps.push(at);
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  } else out.scalars.push(at);
  return out;
}

function mapAt(data: Json, path: Path): Record<string, Json> {
  return path.reduce((node: Json, step) => (node as Record<string, Json>)[step], data) as Record<string, Json>;
}

/** A plain object's keys in the order of `keys`, for the JavaScript side of an insert. */
function withKey(map: Record<string, Json>, name: string, value: Json, place: NewKeyPlace): Record<string, Json> {
  const entries = Object.entries(map);
  const anchor = place === 'first' ? -1 : place.map((k) => entries.findIndex(([e]) => e === k)).find((i) => i >= 0);
  entries.splice(anchor === undefined ? entries.length : anchor + 1, 0, [name, value]);
  return Object.fromEntries(entries);
}

function replaceAt(data: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const [step, ...rest] = path;
  if (Array.isArray(data)) return data.map((item, i) => (i === step ? replaceAt(item, rest, value) : item));
  const map = data as Record<string, Json>;
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, k === step ? replaceAt(v, rest, value) : v]));
}

interface Planned {
  change: (doc: Document) => void;
  expected: Json;
  /** Offsets of the source whose comments may go with a removed key. */
  removed?: [number, number];
}

function plan(data: Record<string, Json>, source: string, o: Op): Planned | undefined {
  const { scalars, maps } = paths(data);
  if (o.kind === 'change') {
    const path = scalars[o.pick % scalars.length];
    if (!path) return undefined;
    // Changed in place, as the form changes a value: the node keeps its quoting.
    const change = (doc: Document) => {
      const node = doc.getIn(path, true);
      if (isScalar(node)) node.value = o.value;
    };
    return { change, expected: replaceAt(data, path, o.value) };
  }
  const path = maps[o.pick % maps.length];
  const map = mapAt(data, path);
  const keys = Object.keys(map);
  if (o.kind === 'add') {
    if (keys.includes(o.key)) return undefined;
    const place: NewKeyPlace = o.place % 3 === 0 ? 'first' : o.place % 3 === 1 ? [keys[o.place % keys.length]] : [];
    const change = (doc: Document) => setKey(doc, nodeAt(doc, path), o.key, o.value, place);
    return { change, expected: replaceAt(data, path, withKey(map, o.key, o.value, place)) };
  }
  const name = keys[o.pick % keys.length];
  if (keys.length < 2) return undefined;
  const pair = nodeAt(parseDocument(source), path).items.find((p) => isScalar(p.key) && p.key.value === name);
  const range: [number, number] = [(pair?.key as Node).range?.[0] ?? 0, (pair?.value as Node).range?.[2] ?? 0];
  const rest = Object.fromEntries(Object.entries(map).filter(([k]) => k !== name));
  return { change: (doc) => nodeAt(doc, path).delete(name), expected: replaceAt(data, path, rest), removed: range };
}

function nodeAt(doc: Document, path: Path): YAMLMap {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(node)) throw new Error(`no map at ${path.join('.')}`);
  return node;
}

/** The comments of the source, with where each one stands. */
function comments(text: string): { comment: string; at: number }[] {
  return [...text.matchAll(/# ~[ce]\d+/g)].map((m) => ({ comment: m[0], at: m.index }));
}

describe('the YAML edit engine on random documents and edits', function () {
  // Hundreds of documents, each parsed several times: seconds on a busy machine.
  this.timeout(60_000);

  it('reads back as intended, keeps every other key and every comment, and keeps CRLF', () => {
    fc.assert(
      fc.property(file, op, ({ data, text, crlf }, o) => {
        const planned = plan(data, text, o);
        fc.pre(planned !== undefined);
        const { change, expected, removed } = planned!;
        const out = editedText(text, 'random.yaml', change);
        assert.deepEqual(parse(out), expected);
        for (const { comment, at } of comments(text)) {
          const mayGo = removed !== undefined && at >= removed[0] && at <= removed[1];
          if (!mayGo) assert.ok(out.includes(comment), `${comment} is kept`);
        }
        if (crlf) assert.doesNotMatch(out, /[^\r]\n/, 'no bare LF in a CRLF file');
      }),
      { numRuns: 400 },
    );
  });
});
