import * as assert from 'node:assert/strict';
import { applyInitiativeStatus } from '../../../src/core/status/initiativeStatus';

describe('applyInitiativeStatus', () => {
  it('changes the status line of an initiative file and nothing else', () => {
    const text = '# Payments\ntitle: Payments revamp   # the name\nstatus: on-track  # weekly\ntarget: 2026-Q4\n';
    assert.equal(applyInitiativeStatus(text, 'payments', 'at-risk', 'x.yaml'), text.replace('on-track', 'at-risk'));
  });

  it('adds a status line when the file has none', () => {
    const text = 'title: Payments revamp\ntarget: 2026-Q4\n';
    assert.equal(applyInitiativeStatus(text, 'payments', 'at-risk', 'x.yaml'), `${text}status: at-risk\n`);
  });

  it('finds the entry by id in initiatives.yaml', () => {
    const text = 'initiatives:\n  - id: a\n    status: on-track\n  - id: b\n    status: on-track\n';
    assert.equal(applyInitiativeStatus(text, 'b', 'done', 'initiatives.yaml'), text.replace(/on-track\n$/, 'done\n'));
  });

  it('explains a missing id instead of writing', () => {
    assert.throws(() => applyInitiativeStatus('initiatives:\n  - id: a\n', 'zzz', 'done', 'initiatives.yaml'), /"zzz" was not found in initiatives\.yaml/);
  });
});
