// The CLI in a CI job: lint annotates the pull request (--format github), and update and review
// append their Markdown to the job summary (--summary "$GITHUB_STEP_SUMMARY") beside their output.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { demoCheckout, type DemoCheckout } from '../../helpers/demoCheckout';
import { builtCli } from '../../helpers/builtCli';

const CLI = resolve(__dirname, '../../../../dist/cli.js');

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args, '--as-of', '2026-11-25'], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the CLI in CI', () => {
  let checkout: DemoCheckout;
  let root: string;
  let repo: string;
  before(async function () {
    builtCli();
    checkout = await demoCheckout('delivery-ci-');
    ({ root, repo } = checkout);
  });
  after(() => checkout?.remove());

  it('lint --format github annotates each finding and fails the step on an error', () => {
    const { status, stdout } = cli(['lint', repo, '--format', 'github']);
    assert.equal(status, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.ok(
      lines.every((line) =>
        /^::(error|warning|notice) file=\.delivery\/[^,]+,line=\d+,col=\d+,endLine=\d+,title=[a-z-]+::\S/.test(line),
      ),
      stdout,
    );
    assert.ok(
      lines.some(
        (line) =>
          line.startsWith('::error file=.delivery/initiatives/mobile-onboarding.yaml,line=2,col=8,') &&
          line.includes('title=owner-not-a-person::'),
      ),
    );
  });

  it('update --summary appends the Markdown update to the file, after what is there, and still writes --out', () => {
    const summary = join(root, 'summary.md');
    const out = join(root, 'update.json');
    writeFileSync(summary, '## Lint\n\nNo errors.\n');
    const { status, stdout, stderr } = cli([
      'update',
      repo,
      '--week',
      '2026-W47',
      '--format',
      'json',
      '--out',
      out,
      '--summary',
      summary,
    ]);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, '');
    const text = readFileSync(summary, 'utf8');
    assert.ok(text.startsWith('## Lint\n\nNo errors.\n# Weekly update — Checkout — 2026-W47\n'), text.slice(0, 200));
    assert.ok(text.endsWith('\n\n'), "a blank line after it, so the next step's Markdown starts a new block");
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).window.since, '2026-11-16');
  });

  it('update --format slack still appends Markdown to the summary', () => {
    const summary = join(root, 'slack-summary.md');
    const { status, stdout } = cli(['update', repo, '--week', '2026-W47', '--format', 'slack', '--summary', summary]);
    assert.equal(status, 0);
    assert.doesNotMatch(stdout, /^# /m, 'stdout is Slack mrkdwn');
    assert.match(readFileSync(summary, 'utf8'), /^# Weekly update — Checkout — 2026-W47$/m);
  });

  it('review --summary appends the review to the summary', () => {
    const summary = join(root, 'review-summary.md');
    const { status, stdout } = cli(['review', repo, '--quarter', '2026-Q4', '--summary', summary]);
    assert.equal(status, 0);
    assert.equal(readFileSync(summary, 'utf8'), `${stdout}\n`);
  });

  it('refuses an --out or --summary inside .delivery/ (but not in its reviews/), so no plan file is overwritten', () => {
    const status = join(repo, '.delivery', 'status', '2026-W47.yaml');
    const before = readFileSync(status, 'utf8');
    for (const option of ['--out', '--summary']) {
      const refused = cli(['update', repo, '--week', '2026-W47', option, status]);
      assert.equal(refused.status, 2, option);
      assert.match(refused.stderr, /is inside a \.delivery\/ folder, where the plan's own files live/);
    }
    assert.equal(readFileSync(status, 'utf8'), before, 'the status file is untouched');
    mkdirSync(join(repo, '.delivery', 'reviews'), { recursive: true });
    const review = join(repo, '.delivery', 'reviews', 'roadmap-2026-11-25.md');
    const written = cli(['review', repo, '--roadmap', '--out', review]);
    assert.equal(written.status, 0, written.stderr);
    assert.match(readFileSync(review, 'utf8'), /^# Roadmap review/);
  });

  it('refuses an empty --summary (an unset $GITHUB_STEP_SUMMARY) before writing anything', () => {
    const { status, stdout, stderr } = cli(['update', repo, '--week', '2026-W47', '--summary', '']);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /--summary needs a file name/);
  });
});
