// docs/ci.md is a workflow people copy: its YAML parses, it runs where the issue says (pull
// requests touching .delivery/, a Friday schedule), and every CLI line in it runs as written.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { AS_OF_VARIABLE } from '../../../src/core/clock';
import { demoCheckout, type DemoCheckout } from '../../helpers/demoCheckout';
import { FIXTURE_TODAY } from '../../helpers/fixtureDate';
import { builtCli } from '../../helpers/builtCli';

const ROOT = resolve(__dirname, '../../../..');
const CLI = join(ROOT, 'dist', 'cli.js');
const DOC = readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: { pull_request: { paths: string[] }; schedule: { cron: string }[] };
  jobs: Record<string, { steps: Step[] }>;
}

const yamlBlocks = [...DOC.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parse(match[1]));
const workflow = yamlBlocks[0] as Workflow;
const gitlab = yamlBlocks[1] as Record<string, { script?: string[] }>;
/** The CLI lines of both files, pointed at the built CLI instead of the job's checkout. */
const cliLines = [
  ...Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => step.run ?? [])),
  ...Object.values(gitlab).flatMap((job) => job.script ?? []),
].filter((line) => line.includes('dist/cli.js'));

describe('docs/ci.md', () => {
  it('runs the GitHub workflow on pull requests that touch .delivery/ and on Fridays', () => {
    assert.deepEqual(workflow.on.pull_request.paths, ['.delivery/**']);
    assert.equal(workflow.on.schedule[0].cron.split(' ')[4], '5');
  });

  it('annotates the pull request, uploads SARIF, and keeps the update as an artifact', () => {
    const runs = cliLines.join('\n');
    assert.match(runs, /lint --format github/);
    assert.match(runs, /lint --format sarif > delivery-rhythm\.sarif/);
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    assert.equal(
      steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))?.with?.sarif_file,
      'delivery-rhythm.sarif',
    );
    const artifact = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with?.path;
    assert.ok(artifact && runs.includes(`--out ${artifact}`), 'the artifact is the file the update writes');
  });

  it("keeps each team's update as data and rolls the teams' files up on a director's schedule", () => {
    const teamSteps = yamlBlocks[2] as Step[];
    const director = yamlBlocks[3] as { on: { schedule: { cron: string }[] }; jobs: Record<string, { steps: Step[] }> };
    const json = teamSteps.find((step) => step.run?.includes('update --format json'))?.run ?? '';
    assert.match(json, /--out weekly-update\.json$/);
    assert.equal(
      teamSteps.find((step) => step.uses?.startsWith('actions/upload-artifact'))?.with?.path,
      'weekly-update.json',
    );
    assert.equal(director.on.schedule[0].cron.split(' ')[4], '5');
    const rollup =
      Object.values(director.jobs)
        .flatMap((job) => job.steps)
        .find((step) => step.run?.includes(' rollup '))?.run ?? '';
    assert.match(rollup, /rollup teams\/\*\/weekly-update\.json --out rollup\.md --summary "\$GITHUB_STEP_SUMMARY"$/);
  });

  describe('every CLI line, run as written in a repository', () => {
    let checkout: DemoCheckout;
    let root: string;
    let repo: string;
    before(async function () {
      builtCli();
      checkout = await demoCheckout('delivery-ci-doc-');
      ({ root, repo } = checkout);
    });
    after(() => checkout?.remove());

    it('finds the lines to run', () => {
      assert.ok(cliLines.length >= 5, cliLines.join('\n'));
    });

    it("the team's data line and the director's roll-up line, run one after the other", () => {
      const run = (line: string, cwd: string) => {
        const command = line.replace(/\S*dist\/cli\.js/, JSON.stringify(CLI));
        const env = {
          ...process.env,
          GITHUB_STEP_SUMMARY: join(root, 'rollup-summary.md'),
          [AS_OF_VARIABLE]: FIXTURE_TODAY,
        };
        return spawnSync('bash', ['-c', command], { cwd, env, encoding: 'utf8' });
      };
      const teamLine = (yamlBlocks[2] as Step[]).find((step) => step.run?.includes('update --format json'))?.run ?? '';
      assert.equal(run(teamLine, repo).status, 0);
      const director = join(root, 'director');
      mkdirSync(join(director, 'teams', 'checkout'), { recursive: true });
      copyFileSync(join(repo, 'weekly-update.json'), join(director, 'teams', 'checkout', 'weekly-update.json'));
      const steps = Object.values((yamlBlocks[3] as { jobs: Record<string, { steps: Step[] }> }).jobs).flatMap(
        (job) => job.steps,
      );
      const result = run(steps.find((step) => step.run?.includes(' rollup '))?.run ?? '', director);
      assert.equal(result.status, 0, result.stderr);
      assert.match(readFileSync(join(director, 'rollup.md'), 'utf8'), /^# Roll-up — 1 team — 2026-W48$/m);
      assert.match(readFileSync(join(root, 'rollup-summary.md'), 'utf8'), /^## Decisions owed$/m);
    });

    for (const line of cliLines) {
      it(line, () => {
        const command = line.replace(/\S*dist\/cli\.js/, JSON.stringify(CLI));
        const env = { ...process.env, GITHUB_STEP_SUMMARY: join(root, 'summary.md'), [AS_OF_VARIABLE]: FIXTURE_TODAY };
        const result = spawnSync('bash', ['-c', command], { cwd: repo, env, encoding: 'utf8' });
        // lint exits 1 on the example's errors, which is what fails the job: any other status is a broken line.
        const expected = /\blint\b/.test(line) && !/\|\|/.test(line) ? 1 : 0;
        assert.equal(result.status, expected, result.stderr);
        // What the line leaves (its output, or the file it names) carries the example's findings or update.
        const file = /(?:> |--out )(\S+)/.exec(line)?.[1];
        const left = file ? readFileSync(join(repo, file), 'utf8') : result.stdout;
        assert.match(left, /lint/.test(line) ? /owner-not-a-person/ : /^# Weekly update — Checkout — 2026-W48$/m);
      });
    }
  });
});
