import * as assert from 'node:assert/strict';
import { parseDeliveryFiles } from '../../../src/core/load';
import type { DeliveryModel } from '../../../src/core/model';
import {
  addOutcomeEdit,
  addWhyEdit,
  nextQuarter,
  nextQuarterTargetEdit,
  setOwnerEdit,
} from '../../../src/core/quickfix';
import { lint } from '../../../src/core/rules/index';
import { applyEdit } from './helpers';

const FILE = '.delivery/initiatives/payments.yaml';
const LIST = '.delivery/initiatives.yaml';

function parse(text: string, path = FILE): DeliveryModel {
  return parseDeliveryFiles('/repo', [{ path, text }]);
}
const first = (text: string, path = FILE) => parse(text, path).initiatives[0];
const codes = (text: string, path = FILE) => lint(parse(text, path), { asOf: '2026-11-25' }).map((f) => f.code);

const BASE = [
  '# Payments: the big one',
  'title: Payments revamp   # keep short',
  'owner: Platform team',
  'why: Cut checkout drop-off',
  'status: on-track',
  "target: 'TBD'",
  '',
].join('\n');

describe('quick fixes', () => {
  describe('set an owner', () => {
    it('replaces a team owner and keeps every other byte', () => {
      const fixed = applyEdit(BASE, setOwnerEdit(BASE, first(BASE), 'Dana Kim <dana@acme.io>'));
      assert.equal(fixed, BASE.replace('Platform team', 'Dana Kim <dana@acme.io>'));
      assert.ok(!codes(fixed).includes('owner-not-a-person'));
    });

    it('adds an owner line under the title when there is none', () => {
      const text = BASE.replace('owner: Platform team\n', '');
      const fixed = applyEdit(text, setOwnerEdit(text, first(text), 'Dana Kim'));
      assert.equal(fixed.split('\n')[2], 'owner: Dana Kim');
      assert.ok(!codes(fixed).includes('owner-missing'));
    });

    it('quotes a name YAML would misread', () => {
      const fixed = applyEdit(BASE, setOwnerEdit(BASE, first(BASE), 'Dana: Kim'));
      assert.equal(first(fixed).owner?.value, 'Dana: Kim');
    });

    it('indents the new line like its siblings inside initiatives.yaml', () => {
      const list =
        'initiatives:\n  - id: payments\n    title: Payments\n    why: Money\n  - id: search\n    title: Search\n    owner: Lee Park\n';
      const fixed = applyEdit(list, setOwnerEdit(list, first(list, LIST), 'Dana Kim'));
      assert.equal(first(fixed, LIST).owner?.value, 'Dana Kim');
      assert.equal(fixed.split('\n')[3], '    owner: Dana Kim');
      assert.equal(parse(fixed, LIST).initiatives[1].owner?.value, 'Lee Park');
    });
  });

  describe('fill a key the parser rejected, instead of adding a second one', () => {
    const fixedCodes = (text: string) =>
      codes(text).filter((c) => c === 'schema' || c.startsWith('owner') || c === 'why-missing');

    it('replaces a flow list of owners', () => {
      const text = 'title: A\nowner: [Dana, Lee]  # both?\nwhy: B\n';
      const fixed = applyEdit(text, setOwnerEdit(text, first(text), 'Dana Kim'));
      assert.equal(fixed, 'title: A\nowner: Dana Kim  # both?\nwhy: B\n');
      assert.deepEqual(fixedCodes(fixed), []);
    });

    it('replaces a block list of owners, keeping the next key', () => {
      const text = 'title: A\nowner:\n  - Dana\n  - Lee\nwhy: B\n';
      const fixed = applyEdit(text, setOwnerEdit(text, first(text), 'Dana Kim'));
      assert.equal(fixed, 'title: A\nowner: Dana Kim\nwhy: B\n');
    });

    it('fills an empty why and keeps its comment', () => {
      const text = 'title: A\nowner: Dana Kim\nwhy: # later\n';
      const fixed = applyEdit(text, addWhyEdit(text, first(text)));
      assert.match(fixed, /^why: "TODO: .*" # later$/m);
      assert.deepEqual(fixedCodes(fixed), []);
    });

    it('replaces a null target', () => {
      const text = 'title: A\nowner: Dana Kim\ntarget: ~\n';
      const fixed = applyEdit(text, nextQuarterTargetEdit(text, first(text), '2026-11-25'));
      assert.equal(fixed, 'title: A\nowner: Dana Kim\ntarget: 2027-Q1\n');
    });

    it('fills an empty outcome block', () => {
      const text = 'title: A\noutcome:\nmatch:\n  keywords: [PAY-]\n';
      const fixed = applyEdit(text, addOutcomeEdit(text, first(text))!);
      assert.ok(first(fixed).outcome?.metric);
      assert.deepEqual(first(fixed).match.keywords, ['PAY-']);
      assert.ok(!codes(fixed).includes('schema'));
    });
  });

  describe('replace an unbounded target with the next quarter', () => {
    it('names the quarter after the current one', () => {
      assert.deepEqual(['2026-11-25', '2026-01-01', '2026-06-30'].map(nextQuarter), ['2027-Q1', '2026-Q2', '2026-Q3']);
    });

    it('replaces "TBD" with 2027-Q1', () => {
      const fixed = applyEdit(BASE, nextQuarterTargetEdit(BASE, first(BASE), '2026-11-25'));
      assert.equal(fixed, BASE.replace("'TBD'", '2027-Q1'));
      assert.ok(!codes(fixed).includes('target-unbounded'));
    });

    it('adds a target when there is none', () => {
      const text = BASE.replace("target: 'TBD'\n", '');
      const fixed = applyEdit(text, nextQuarterTargetEdit(text, first(text), '2026-11-25'));
      assert.equal(first(fixed).interval?.label, '2027-Q1');
    });
  });

  describe('add an outcome skeleton', () => {
    it('appends an outcome block that clears outcome-missing', () => {
      const edit = addOutcomeEdit(BASE, first(BASE))!;
      const fixed = applyEdit(BASE, edit);
      assert.ok(fixed.startsWith(BASE));
      assert.ok(first(fixed).outcome?.metric?.value);
      assert.ok(!codes(fixed).includes('outcome-missing'));
    });

    it('works on a file without a final newline', () => {
      const text = BASE.trimEnd();
      const fixed = applyEdit(text, addOutcomeEdit(text, first(text))!);
      assert.equal(first(fixed).target?.value, 'TBD');
      assert.ok(first(fixed).outcome?.metric);
    });

    it('adds only the metric to an outcome that has other fields', () => {
      const text = `${BASE}outcome:\n  baseline: 2.1%\n`;
      const fixed = applyEdit(text, addOutcomeEdit(text, first(text))!);
      assert.equal(first(fixed).outcome?.baseline?.value, '2.1%');
      assert.ok(first(fixed).outcome?.metric);
    });

    it('nests the block inside an entry of initiatives.yaml', () => {
      const list = 'initiatives:\n  - id: payments\n    title: Payments\n  - id: search\n    title: Search\n';
      const fixed = applyEdit(list, addOutcomeEdit(list, first(list, LIST))!);
      const [payments, search] = parse(fixed, LIST).initiatives;
      assert.ok(payments.outcome?.metric);
      assert.equal(search.outcome, undefined);
    });
  });

  describe('add a missing why', () => {
    it('adds a why line that clears why-missing', () => {
      const text = BASE.replace('why: Cut checkout drop-off\n', '');
      const fixed = applyEdit(text, addWhyEdit(text, first(text)));
      assert.ok(first(fixed).why?.value);
      assert.ok(!codes(fixed).includes('why-missing'));
      assert.ok(fixed.includes('# Payments: the big one\ntitle: Payments revamp   # keep short\n'));
    });
  });
});
