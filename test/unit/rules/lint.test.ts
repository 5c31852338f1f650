import * as assert from 'node:assert/strict';
import { lint } from '../../../src/core/rules';
import { initiative, modelOf } from '../parse/build';

describe('lint', () => {
  const files = {
    'initiatives/b.yaml': initiative({ owner: 'Platform team', why: '' }),
    'initiatives/a.yaml': `${initiative({ status: 'on trak' })}`,
    'config.yaml': 'rules: {why-missing: error, status-stale: off, outcome-missing: off}\n',
  };

  it('includes the parser problems and sorts by file, line and column', () => {
    const found = lint(modelOf(files), { asOf: '2026-11-25' });
    assert.deepEqual(
      found.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.code}`),
      [
        '.delivery/initiatives/a.yaml:3:8 schema',
        '.delivery/initiatives/b.yaml:0:0 why-missing',
        '.delivery/initiatives/b.yaml:1:7 owner-not-a-person',
      ],
    );
  });
  it('applies severities from config.yaml and drops rules set to off', () => {
    const found = lint(modelOf(files), { asOf: '2026-11-25' });
    assert.equal(found.find((f) => f.code === 'why-missing')?.severity, 'error');
    assert.equal(
      found.some((f) => f.code === 'status-stale' || f.code === 'outcome-missing'),
      false,
    );
  });
  it('can turn schema findings into warnings', () => {
    const found = lint(modelOf({ ...files, 'config.yaml': 'rules: {schema: warning}\n' }), { asOf: '2026-11-25' });
    assert.equal(found.find((f) => f.code === 'schema')?.severity, 'warning');
  });
});
