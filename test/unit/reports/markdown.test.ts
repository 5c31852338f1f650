import * as assert from 'node:assert/strict';
import { cell, link, md } from '../../../src/core/markdown';

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
