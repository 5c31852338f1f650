import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { builtCli } from '../../helpers/builtCli';
import { initiative } from '../parse/build';

const CLI = builtCli();

function cli(args: string[], cwd?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('delivery-rhythm lint', () => {
  let root: string;
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  // One initiative with a fresh weekly status, so only the finding under test shows.
  const plan = (id: string, text: string): void => {
    write(`.delivery/initiatives/${id}.yaml`, text);
    write('.delivery/status/2026-W47.yaml', `initiatives:\n  ${id}: {}\n`);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'delivery-cli-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('prints path:line:col severity code message and exits 1 on an error', () => {
    plan('payments', initiative({ owner: 'Platform team' }));
    const { status, stdout } = cli(['lint', root, '--as-of', '2026-11-25']);
    assert.equal(
      stdout,
      '.delivery/initiatives/payments.yaml:2:8 error owner-not-a-person Owner "Platform team" names a group ("team"): name one person who answers for this initiative\n',
    );
    assert.equal(status, 1);
  });

  it('exits 0 with only warnings and reads the current directory by default', () => {
    plan('payments', initiative({ why: '' }));
    const { status, stdout } = cli(['lint', '--as-of', '2026-11-25'], root);
    assert.match(stdout, /^\.delivery\/initiatives\/payments\.yaml:1:1 warning why-missing /);
    assert.equal(status, 0);
  });

  it('prints JSON with 1-based positions', () => {
    plan('search', initiative({ target: 'TBD' }));
    const { status, stdout } = cli(['lint', root, '--format', 'json', '--as-of', '2026-11-25']);
    assert.deepEqual(JSON.parse(stdout), [
      {
        file: '.delivery/initiatives/search.yaml',
        line: 5,
        column: 9,
        severity: 'warning',
        code: 'target-unbounded',
        message: "Target 'TBD' has no firm end: use a date, month (2026-12), quarter (2026-Q4) or {start, end}",
        initiative: 'search',
      },
    ]);
    assert.equal(status, 0);
  });

  it('judges dates as of --as-of', () => {
    plan('payments', initiative({ target: '2026-11' }));
    assert.equal(cli(['lint', root, '--as-of', '2026-11-25']).stdout, '');
    assert.match(cli(['lint', root, '--as-of', '2026-12-01']).stdout, /target-passed/);
  });

  for (const [args, pattern] of [
    [['lint', '--bogus'], /Unknown option '--bogus'/],
    [['lint', '--format', 'xml'], /--format must be one of text, json/],
    [['lint', '--as-of', '2026-02-30'], /--as-of must be a date/],
    [['lint', 'a', 'b'], /at most one folder/],
    [['lnt'], /unknown command 'lnt' — did you mean 'lint'\?/],
    [[], /no command given/],
  ] as const) {
    it(`exits 2 on bad usage: ${args.join(' ') || '(nothing)'}`, () => {
      const { status, stderr } = cli([...args], root);
      assert.equal(status, 2);
      assert.match(stderr, pattern);
    });
  }

  it('exits 2 with a clear message when there is no .delivery/ folder', () => {
    const { status, stderr } = cli(['lint', root]);
    assert.equal(status, 2);
    assert.match(stderr, /^delivery-rhythm lint: No \.delivery\/ folder in .* Create one[^\n]*\n$/);
    assert.match(cli(['lint', join(root, 'missing')]).stderr, /Folder not found/);
  });

  it('reads target slips from the git history of the folder, unless --no-git', () => {
    const git = (args: string[], date: string): void => {
      const at = `${date}T10:00:00+00:00`;
      execFileSync('git', args, {
        cwd: root,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'Dana Kim',
          GIT_AUTHOR_EMAIL: 'dana@acme.io',
          GIT_COMMITTER_NAME: 'Dana Kim',
          GIT_COMMITTER_EMAIL: 'dana@acme.io',
          GIT_AUTHOR_DATE: at,
          GIT_COMMITTER_DATE: at,
        },
      });
    };
    git(['init', '-q', '-b', 'main'], '2026-06-01');
    for (const [target, date] of [
      ['2026-Q3', '2026-06-01'],
      ['2026-Q4', '2026-08-15'],
      ['2027-Q1', '2026-10-20'],
    ]) {
      plan('payments', initiative({ target }));
      git(['add', '.'], date);
      git(['commit', '-q', '-m', `Move payments to ${target}`], date);
    }
    const slipped = cli(['lint', root, '--as-of', '2026-11-25']).stdout;
    assert.match(slipped, /:5:1 information target-slipped Target moved later 2 times \(2026-Q3 → 2026-Q4 → 2027-Q1\)/);
    assert.equal(cli(['lint', root, '--as-of', '2026-11-25', '--no-git']).stdout, '');
  });

  it('prints help for the CLI and for lint', () => {
    assert.match(cli(['--help']).stdout, /Commands:\n {2}lint/);
    const help = cli(['lint', '--help']);
    assert.equal(help.status, 0);
    assert.match(
      help.stdout,
      /Usage: delivery-rhythm lint \[folder\] \[--format text\|json\|github\|sarif\] \[--as-of YYYY-MM-DD\]/,
    );
  });
});

describe('the acme example', () => {
  const repo = resolve(__dirname, '../../../..');

  it('lints to exactly docs/lint-example.txt as of 2026-11-25, with an error', () => {
    const { status, stdout, stderr } = cli(['lint', join(repo, 'examples/acme'), '--as-of', '2026-11-25']);
    assert.equal(stdout, readFileSync(join(repo, 'docs/lint-example.txt'), 'utf8'));
    assert.equal(status, 1);
    // The count a lead reads first, on stderr, agreeing with the lines on stdout.
    const lines = stdout.trimEnd().split('\n');
    const of = (severity: string) => lines.filter((l) => l.split(' ')[1] === severity).length;
    const files = new Set(lines.map((l) => l.split(':')[0])).size;
    assert.deepEqual([of('error'), of('warning'), of('information'), files], [1, 6, 1, 5]);
    assert.equal(stderr, '1 error, 6 warnings and 1 information finding in 5 files.\n');
  });
});
