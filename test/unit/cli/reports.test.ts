// `update` and `review` stop with exit 2 and one line on stderr when git cannot be read: a report
// without its shipped work must not pass for a complete one in CI.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateWeeklyUpdate } from '../../../src/core/reports/generate';
import { builtCli } from '../../helpers/builtCli';
import { GitRepo, makeShallowClone } from '../../helpers/gitRepo';

const CLI = builtCli();
const EXAMPLE = resolve(__dirname, '../../../../examples/acme/.delivery');
const COMMANDS = [
  ['update', '--week', '2026-W47'],
  ['review', '--quarter', '2026-Q4'],
  ['review', '--roadmap'],
];

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args, '--as-of', '2026-11-25'], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('update and review where git cannot be read', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'dr-nogit-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const folders: [string, () => string, RegExp][] = [
    ['a folder that is not a repository', () => join(root, 'plain'), /not inside a git repository/],
    [
      'a repository with no commits',
      () => {
        const repo = GitRepo.create('main', join(root, 'empty'));
        return repo.dir;
      },
      /no commits yet/,
    ],
    ['a shallow clone', () => makeShallowClone(root).clone, /shallow clone/],
  ];

  for (const [what, make, reason] of folders) {
    for (const command of COMMANDS) {
      it(`${command.join(' ')} exits 2 in ${what}, saying why on one line`, () => {
        const folder = make();
        cpSync(EXAMPLE, join(folder, '.delivery'), { recursive: true });
        const { status, stdout, stderr } = cli([...command, folder]);
        assert.equal(status, 2, stderr);
        assert.equal(stdout, '');
        assert.match(stderr, reason);
        assert.match(stderr, /^delivery-rhythm (update|review): [^\n]+\n$/);
        rmSync(folder, { recursive: true, force: true });
      });
    }
  }

  it('tells the reason it is given in a report made from the files alone', async () => {
    const folder = join(root, 'files-only');
    cpSync(EXAMPLE, join(folder, '.delivery'), { recursive: true });
    const { json, markdown } = await generateWeeklyUpdate(folder, {
      week: '2026-W47',
      asOf: '2026-11-25',
      useGit: false,
      filesOnly: 'This folder is not inside a git repository.',
    });
    assert.deepEqual(json.git, { available: false, note: 'This folder is not inside a git repository.' });
    assert.match(markdown, /not inside a git repository/);
  });
});
