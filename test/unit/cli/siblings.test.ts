// The CLI with sibling repositories: update, review and lint read config.yaml's `repos:` as the
// extension does, on three scripted repositories and one listed repository that is missing.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { builtCli } from '../../helpers/builtCli';
import { FIXTURE_TODAY } from '../../helpers/fixtureDate';
import { buildSiblingRepos, MISSING_LINE, TITLES, WEEK, type SiblingRepos } from '../../helpers/siblingRepos';

const CLI = builtCli();

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args, '--as-of', FIXTURE_TODAY], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Ref {
  title: string;
  repo?: string;
}

describe('delivery-rhythm with sibling repositories', () => {
  let repos: SiblingRepos;
  before(() => {
    repos = buildSiblingRepos();
  });
  after(() => repos.remove());

  it('update --format json carries each sibling change’s repo and counts a shared change once', () => {
    const { status, stdout, stderr } = cli(['update', repos.plan.dir, '--week', WEEK, '--format', 'json']);
    assert.equal(status, 0, stderr);
    const json = JSON.parse(stdout) as {
      shippedCount: number;
      otherCount: number;
      initiatives: { id: string; shipped: Ref[] }[];
      repos: { name: string; read: boolean }[];
    };
    const shipped = Object.fromEntries(json.initiatives.map((i) => [i.id, i.shipped.map((r) => [r.title, r.repo])]));
    assert.deepEqual(shipped, {
      checkout: [[TITLES.checkout, undefined]],
      'payments-api': [[TITLES.tokens, 'payments-service']],
      'growth-experiments': [
        [TITLES.pricing, 'growth'],
        [TITLES.client, 'growth'],
      ],
    });
    assert.deepEqual([json.shippedCount, json.otherCount], [4, 2]);
    assert.deepEqual(
      json.repos.map((r) => [r.name, r.read]),
      [
        ['plan', true],
        ['payments-service', true],
        ['growth', true],
        ['ledger-service', false],
      ],
    );
  });

  it('update in Markdown names the repositories and notes the missing one', () => {
    const { status, stdout } = cli(['update', repos.plan.dir, '--week', WEEK]);
    assert.equal(status, 0);
    assert.match(stdout, /^## Shipped \(4\)$/m);
    assert.match(stdout, /^- Card tokens for returning customers \(\[#12\]\([^)]+\)\) · payments-service · `/m);
    assert.match(stdout, /^> \*\*Note:\*\* ledger-service: not read — not found at \.\.\/ledger-service\.$/m);
  });

  it('review --quarter and --roadmap count the siblings’ work and complete despite the missing one', () => {
    const quarter = cli(['review', repos.plan.dir, '--quarter', '2026-Q4', '--format', 'json']);
    assert.equal(quarter.status, 0, quarter.stderr);
    assert.equal((JSON.parse(quarter.stdout) as { summary: { shippedItems: number } }).summary.shippedItems, 5);
    const roadmap = cli(['review', repos.plan.dir, '--roadmap']);
    assert.equal(roadmap.status, 0, roadmap.stderr);
    assert.match(roadmap.stdout, /ledger-service: not read/);
  });

  it('lint reports the missing repository on its repos: line, as a warning, and nothing about the others', () => {
    const { status, stdout } = cli(['lint', repos.plan.dir]);
    assert.equal(status, 0, stdout);
    assert.equal(stdout.split('\n').filter((line) => line.includes(' schema ')).length, 1, stdout);
    assert.equal(
      stdout.split('\n').filter((line) => line.includes(' schema '))[0],
      `.delivery/config.yaml:${MISSING_LINE}:5 warning schema Repository 'ledger-service' not found at ../ledger-service: clone it there, or correct the path (relative to the folder that holds .delivery/, or absolute)`,
    );
  });
});
