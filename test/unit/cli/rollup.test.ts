// `delivery-rhythm rollup` on real repositories: two teams' plans (one a folder, one an update
// JSON from its CI), a malformed file, and a file of another week.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeDemoRepo } from '../../helpers/demoRepo';
import { FIXTURE_TODAY } from '../../helpers/fixtureDate';
import { builtCli } from '../../helpers/builtCli';
import { GitRepo } from '../../helpers/gitRepo';

const CLI = resolve(__dirname, '../../../../dist/cli.js');
const EXAMPLE = resolve(__dirname, '../../../../examples/acme/.delivery');

/** The CLI on the day `today` (the clock's, as DELIVERY_RHYTHM_AS_OF pins it). */
function cliOn(today: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, DELIVERY_RHYTHM_AS_OF: today };
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return cliOn(FIXTURE_TODAY, [...args, '--as-of', FIXTURE_TODAY]);
}

describe('rollup', function () {
  this.timeout(120_000);
  let root: string;
  let checkout: string;
  let growth: string;

  before(async function () {
    builtCli();
    root = mkdtempSync(join(tmpdir(), 'dr-rollup-'));
    checkout = join(root, 'checkout');
    growth = join(root, 'growth');
    // A second team: the same plan under another name, so its history (and every commit id) differs.
    const source = join(root, 'growth-plan');
    cpSync(EXAMPLE, source, { recursive: true });
    const config = join(source, 'config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^team: .*$/m, 'team: Growth'));
    await makeDemoRepo(checkout, EXAMPLE);
    await makeDemoRepo(growth, source);
  });
  after(() => root && rmSync(root, { recursive: true, force: true }));

  it('rolls up a folder and a team’s update JSON, leaving out a malformed file by name', () => {
    const json = join(root, 'growth-W47.json');
    assert.equal(cli(['update', growth, '--week', '2026-W47', '--format', 'json', '--out', json]).status, 0);
    const broken = join(root, 'broken.json');
    writeFileSync(broken, '{"report": "weekly-update", "version": 1, ');
    const { status, stdout, stderr } = cli([
      'rollup',
      checkout,
      json,
      broken,
      '--week',
      '2026-W47',
      '--format',
      'json',
    ]);
    assert.equal(status, 0, stderr);
    assert.match(stderr, /broken\.json is left out: not JSON/);
    const rollup = JSON.parse(stdout);
    const own = JSON.parse(cli(['update', checkout, '--week', '2026-W47', '--format', 'json']).stdout);
    const theirs = JSON.parse(readFileSync(json, 'utf8'));
    assert.deepEqual(
      rollup.teams.map((t: { team: string }) => t.team),
      [own.team, 'Growth'],
    );
    assert.deepEqual(
      rollup.missing.map((m: { source: string }) => m.source),
      [broken],
    );
    assert.ok(own.shippedCount > 0 && theirs.shippedCount > 0);
    assert.equal(rollup.shippedCount, own.shippedCount + theirs.shippedCount, 'two histories: no change in common');
    assert.equal(rollup.decisions.length, own.decisions.length + theirs.decisions.length);
  });

  it('tells the folders the window of the update files when no week is given', () => {
    const json = join(root, 'growth-W46.json');
    assert.equal(cli(['update', growth, '--week', '2026-W46', '--format', 'json', '--out', json]).status, 0);
    const { status, stdout, stderr } = cli(['rollup', json, checkout]);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^# Roll-up — 2 teams — 2026-W46\n/);
  });

  it('tells a past week the same whatever day it is asked on, from folders or from update files', () => {
    const json = join(root, 'growth-W46-asked-late.json');
    assert.equal(
      cliOn('2027-03-01', ['update', growth, '--week', '2026-W46', '--format', 'json', '--out', json]).status,
      0,
    );
    for (const format of ['md', 'json', 'slack']) {
      const asked = [
        cliOn(FIXTURE_TODAY, ['rollup', checkout, growth, '--week', '2026-W46', '--format', format]),
        cliOn('2027-03-01', ['rollup', checkout, growth, '--week', '2026-W46', '--format', format]),
        cliOn(FIXTURE_TODAY, [
          'rollup',
          checkout,
          json,
          '--week',
          '2026-W46',
          '--format',
          format,
          '--as-of',
          '2027-01-05',
        ]),
        cliOn('2027-03-01', ['rollup', json, checkout, '--format', format]),
      ];
      for (const [n, { status, stdout, stderr }] of asked.entries()) {
        assert.equal(status, 0, stderr);
        assert.equal(stdout, n < 2 ? asked[0].stdout : asked[2].stdout, `${format} output ${n}`);
      }
    }
    const rollup = JSON.parse(cliOn('2027-03-01', ['rollup', json, checkout, '--format', 'json']).stdout);
    assert.equal(rollup.asOf, '2026-11-15', "the week's last day, as each team's update is told");
  });

  it("shows a team's note when its plan was never committed, in the JSON and under the team", () => {
    const repo = GitRepo.create('main', join(root, 'uncommitted'));
    repo.commit('Start the shop', { 'README.md': '# Shop\n' }, { date: '2026-11-02T10:00:00+01:00' });
    const plan = join(repo.dir, '.delivery');
    cpSync(EXAMPLE, plan, { recursive: true });
    const config = join(plan, 'config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^team: .*$/m, 'team: Uncommitted'));
    const update = JSON.parse(cli(['update', repo.dir, '--week', '2026-W47', '--format', 'json']).stdout);
    assert.match(update.plan.note, /^The plan was never committed on main/);

    const json = cli(['rollup', checkout, repo.dir, '--week', '2026-W47', '--format', 'json']);
    assert.equal(json.status, 0, json.stderr);
    assert.deepEqual(
      JSON.parse(json.stdout).teams.map((t: { team: string; notes: string[] }) => [t.team, t.notes]),
      [
        ['Checkout', []],
        ['Uncommitted', [update.plan.note]],
      ],
    );
    const md = cli(['rollup', checkout, repo.dir, '--week', '2026-W47']).stdout;
    assert.ok(md.includes(`### Uncommitted\n\n> **Note:** ${update.plan.note}\n\n`), md);
  });

  it('exits 2 naming an update of another week', () => {
    const json = join(root, 'growth-W45.json');
    assert.equal(cli(['update', growth, '--week', '2026-W45', '--format', 'json', '--out', json]).status, 0);
    const { status, stdout, stderr } = cli(['rollup', checkout, json, '--week', '2026-W47']);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /growth-W45\.json covers 2026-11-02 to 2026-11-08, not the window asked for/);
  });

  it('leaves out a pipe and a link to a device by name, without waiting on or reading them', () => {
    const pipe = join(root, 'pipe.json');
    assert.equal(spawnSync('mkfifo', [pipe]).status, 0);
    const zero = join(root, 'zero.json');
    symlinkSync('/dev/zero', zero);
    const result = spawnSync(process.execPath, [CLI, 'rollup', checkout, pipe, zero, '--week', '2026-W47'], {
      encoding: 'utf8',
      env: { ...process.env, DELIVERY_RHYTHM_AS_OF: FIXTURE_TODAY },
      timeout: 30_000,
    });
    assert.equal(result.status, 0, result.stderr);
    for (const input of ['pipe', 'zero'])
      assert.match(result.stderr, new RegExp(`${input}\\.json is left out: not a regular file`));
  });

  it('exits 2 when no input is named', () => {
    const { status, stderr } = cli(['rollup']);
    assert.equal(status, 2);
    assert.match(stderr, /name at least one team folder or update JSON file/);
  });
});
