import * as assert from 'node:assert/strict';
import { newVersions } from '../../../src/core/git/patch';

describe('newVersions', () => {
  it('gives a renamed file its new path, its old path and both sides', () => {
    const patch = [
      'diff --git a/.delivery/initiatives/pay.yaml b/.delivery/initiatives/payments.yaml',
      'similarity index 80%',
      'rename from .delivery/initiatives/pay.yaml',
      'rename to .delivery/initiatives/payments.yaml',
      'index 4a20599..a0e50d2 100644',
      '--- a/.delivery/initiatives/pay.yaml',
      '+++ b/.delivery/initiatives/payments.yaml',
      '@@ -1,2 +1,2 @@',
      ' title: Payments',
      '-target: 2026-11',
      '+target: 2026-12',
    ].join('\n');

    assert.deepEqual(newVersions(patch), [
      {
        path: '.delivery/initiatives/payments.yaml',
        from: '.delivery/initiatives/pay.yaml',
        text: 'title: Payments\ntarget: 2026-12\n',
        before: 'title: Payments\ntarget: 2026-11\n',
      },
    ]);
  });

  it('marks a renamed file git gives no text for (binary, or over the size limit) with its new path', () => {
    const patch = [
      'diff --git a/.delivery/initiatives/pay.yaml b/.delivery/initiatives/payments.yaml',
      'similarity index 90%',
      'rename from .delivery/initiatives/pay.yaml',
      'rename to .delivery/initiatives/payments.yaml',
      'index 4a20599..a0e50d2 100644',
      'Binary files a/.delivery/initiatives/pay.yaml and b/.delivery/initiatives/payments.yaml differ',
    ].join('\n');

    assert.deepEqual(newVersions(patch), [
      { path: '.delivery/initiatives/payments.yaml', binary: true, from: '.delivery/initiatives/pay.yaml' },
    ]);
  });

  it('gives a file renamed without a change neither side: git prints no text for it', () => {
    const patch = [
      'diff --git a/.delivery/initiatives/pay.yaml b/.delivery/initiatives/payments.yaml',
      'similarity index 100%',
      'rename from .delivery/initiatives/pay.yaml',
      'rename to .delivery/initiatives/payments.yaml',
      'diff --git a/.delivery/initiatives/x.yaml b/.delivery/initiatives/x.yaml',
      'deleted file mode 100644',
      '--- a/.delivery/initiatives/x.yaml',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-title: X',
    ].join('\n');

    assert.deepEqual(newVersions(patch), [
      { path: '.delivery/initiatives/payments.yaml', from: '.delivery/initiatives/pay.yaml' },
      { path: '.delivery/initiatives/x.yaml', before: 'title: X\n' },
    ]);
  });

  it('reads a quoted path that holds a space, without the tab git ends it with', () => {
    const patch = [
      'diff --git a/x "b/.delivery/initiatives/d \\303\\251.yaml"',
      'new file mode 100644',
      '--- /dev/null',
      '+++ "b/.delivery/initiatives/d \\303\\251.yaml"\t',
      '@@ -0,0 +1 @@',
      '+title: D',
    ].join('\n');

    assert.deepEqual(
      newVersions(patch).map((v) => v.path),
      ['.delivery/initiatives/d é.yaml'],
    );
  });
});
