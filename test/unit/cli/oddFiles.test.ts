// Odd files the CLI meets: a file name with a line break, CR-only line endings, an --out that is a
// link or a device. Each is read or refused precisely, and nothing outside the report is touched.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapePath } from '../../../src/cli/lint';
import { DeliveryError } from '../../../src/core/errors';
import { loadDeliveryFolder } from '../../../src/core/load';
import { writeAtomic } from '../../../src/core/reports/write';
import { lint } from '../../../src/core/rules/index';

describe('odd files', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dr-odd-'));
    mkdirSync(join(root, '.delivery', 'initiatives'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes a file name with a line break as an escape, so it cannot forge a finding line', () => {
    const forged = 'x.yaml\n.delivery/initiatives/other.yaml:1:1 error owner-missing forged';
    assert.equal(
      escapePath(`.delivery/initiatives/${forged}`),
      '.delivery/initiatives/x.yaml\\n.delivery/initiatives/other.yaml:1:1 error owner-missing forged',
    );
    assert.equal(escapePath('a\\b\tc\x07'), 'a\\\\b\\tc\\x07');
    assert.equal(escapePath('.delivery/initiatives/plain.yaml'), '.delivery/initiatives/plain.yaml');
  });

  it('puts each finding of a file with CR-only line endings on its own line', async () => {
    writeFileSync(
      join(root, '.delivery', 'initiatives', 'a.yaml'),
      'title: A\rowner: Platform team\rwhy: Fewer drop-offs\rstatus: on-track\rtarget: TBD\r',
    );
    const findings = lint(await loadDeliveryFolder(root), { asOf: '2026-11-25' });
    const at = (code: string) => findings.find((f) => f.code === code)?.range.start;
    assert.deepEqual(
      findings.filter((f) => f.code === 'schema'),
      [],
    );
    assert.deepEqual(at('owner-not-a-person'), { line: 1, column: 7 });
    assert.deepEqual(at('target-unbounded'), { line: 4, column: 8 });
  });

  it('refuses to write a report over a symbolic link, and leaves the link and its target alone', async () => {
    const target = join(root, 'elsewhere.md');
    writeFileSync(target, 'keep me\n');
    symlinkSync(target, join(root, 'weekly.md'));
    await assert.rejects(
      writeAtomic(join(root, 'weekly.md'), '# report\n'),
      (error: unknown) => error instanceof DeliveryError && /symbolic link/.test(error.message),
    );
    assert.equal(readFileSync(target, 'utf8'), 'keep me\n');
  });

  it('refuses to write a report over a device', async () => {
    await assert.rejects(
      writeAtomic('/dev/null', '# report\n'),
      (error: unknown) => error instanceof DeliveryError && /not a regular file/.test(error.message),
    );
  });
});
