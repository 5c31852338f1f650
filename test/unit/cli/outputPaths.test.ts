// Where a report may go: --out and --summary that exist but are not regular files (a named pipe,
// a device, a folder) are refused before any work, since writing to a pipe waits for a reader
// that may never come. Each run has a time limit, so a hang fails the test instead of stalling it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtCli } from '../../helpers/builtCli';
import { FIXTURE_TODAY } from '../../helpers/fixtureDate';
import { GitRepo } from '../../helpers/gitRepo';

const CLI = resolve(__dirname, '../../../../dist/cli.js');
const LIMIT_MS = 15_000;

function cli(args: string[]): { status: number | null; stdout: string; stderr: string; error?: Error } {
  const env = { ...process.env, DELIVERY_RHYTHM_AS_OF: FIXTURE_TODAY };
  const result = spawnSync(process.execPath, [CLI, ...args, '--as-of', FIXTURE_TODAY], {
    encoding: 'utf8',
    env,
    timeout: LIMIT_MS,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, error: result.error };
}

describe('report outputs that are not regular files', function () {
  this.timeout(2 * LIMIT_MS);
  let repo: GitRepo;
  let root: string;
  let pipe: string;
  const commands = (): Record<string, string[]> => ({
    update: ['update', repo.dir, '--week', '2026-W47'],
    review: ['review', repo.dir, '--roadmap'],
    rollup: ['rollup', repo.dir, '--week', '2026-W47'],
  });

  before(() => {
    builtCli();
    repo = GitRepo.create();
    repo.commit(
      'Start the plan',
      {
        '.delivery/config.yaml': 'team: Checkout\ntimezone: UTC\nbranch: main\n',
        '.delivery/initiatives/payments.yaml': 'title: Payments revamp\nowner: Dana Kim\ntarget: 2026-Q4\n',
      },
      { date: '2026-11-02T09:00:00Z' },
    );
    root = mkdtempSync(join(tmpdir(), 'dr-outputs-'));
    pipe = join(root, 'pipe.md');
    assert.equal(spawnSync('mkfifo', [pipe]).status, 0, 'mkfifo');
  });
  after(() => {
    repo?.remove();
    rmSync(root, { recursive: true, force: true });
  });

  for (const command of ['update', 'review', 'rollup'])
    for (const option of ['--out', '--summary'])
      it(`${command} ${option} a named pipe: refused at once, naming the path and what to give instead`, () => {
        const result = cli([...commands()[command], option, pipe]);
        assert.equal(result.error, undefined, `${command} ${option} did not end within ${LIMIT_MS} ms`);
        assert.equal(result.status, 2, result.stderr);
        assert.equal(result.stdout, '');
        assert.ok(
          result.stderr.includes(`${option} ${pipe} is a named pipe, not a regular file: give a file to`),
          result.stderr,
        );
      });

  it('says what to do for each option', () => {
    assert.match(cli([...commands().update, '--out', pipe]).stderr, /or leave out --out to print it/);
    assert.match(cli([...commands().update, '--summary', pipe]).stderr, /append the Markdown to .*GITHUB_STEP_SUMMARY/);
  });

  it('refuses a device and a folder alike', () => {
    assert.match(cli([...commands().update, '--summary', '/dev/null']).stderr, /--summary \/dev\/null is a device/);
    assert.match(cli([...commands().update, '--out', root]).stderr, /is a folder, not a regular file/);
  });

  it('still appends the summary to a new file, and through a link to a regular file', () => {
    const summary = join(root, 'summary.md');
    writeFileSync(summary, '## Lint\n\n');
    const link = join(root, 'summary-link.md');
    symlinkSync(summary, link);
    const fresh = join(root, 'fresh.md');
    for (const path of [link, fresh]) {
      const result = cli([...commands().update, '--summary', path]);
      assert.equal(result.status, 0, result.stderr);
    }
    assert.match(readFileSync(summary, 'utf8'), /^## Lint\n\n# Weekly update — Checkout — 2026-W47$/m);
    assert.match(readFileSync(fresh, 'utf8'), /^# Weekly update — Checkout — 2026-W47$/m);
  });
});
