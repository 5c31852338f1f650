import * as assert from 'node:assert/strict';
import { cell, link, md } from '../../../src/core/markdown';
import { signalLines } from '../../../src/core/reports/render';
import type { Signal } from '../../../src/core/signals';

describe('markdown escaping', () => {
  it('keeps a pipe from splitting a table cell', () => {
    assert.equal(cell('a | b'), 'a \\| b');
  });

  it('keeps emphasis, links and HTML as literal text', () => {
    assert.equal(md('*bold* [x](y) <script>'), '\\*bold\\* \\[x\\](y) \\<script\\>');
  });

  it('keeps a leading heading or list mark literal', () => {
    assert.equal(md('# not a heading'), '\\# not a heading');
    assert.equal(md('1. not a list'), '1\\. not a list');
  });

  it('puts multi-line text on one line', () => {
    assert.equal(cell('one\ntwo'), 'one two');
  });

  it('shows an empty cell as a dash', () => {
    assert.equal(cell('  '), '—');
  });

  it('links only https URLs and escapes the rest as text', () => {
    assert.equal(link('#3', 'https://github.com/a/b/pull/3'), '[#3](https://github.com/a/b/pull/3)');
    assert.equal(link('#3', 'javascript:alert(1)'), '#3');
  });
});

describe('markdown escaping of ordinary text', () => {
  it('leaves numbers and dashes inside text alone', () => {
    assert.equal(md('0.8% on 2026-10-31'), '0.8% on 2026-10-31');
    assert.equal(md('-5% churn'), '-5% churn');
  });
});

describe('signal lines', () => {
  const fired = (details: string[]): Signal => ({
    code: 'output-without-outcomes',
    title: 'Output without outcomes',
    fires: true,
    value: details.length,
    summary: `${details.length} initiatives ship without measuring the outcome.`,
    details,
  });

  it('lists five details of a fired signal and says how many more there are', () => {
    const details = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((t) => `${t}: never measured`);
    const lines = signalLines([fired(details)]).split('\n');
    assert.deepEqual(lines.slice(1), [
      '  - A: never measured',
      '  - B: never measured',
      '  - C: never measured',
      '  - D: never measured',
      '  - E: never measured',
      '  - … and 2 more',
    ]);
  });

  it('adds no "more" line when every detail is listed', () => {
    const details = ['A', 'B', 'C', 'D', 'E'].map((t) => `${t}: never measured`);
    assert.equal(signalLines([fired(details)]).split('\n').length, 6);
    assert.doesNotMatch(signalLines([fired(details)]), /more/);
  });
});
