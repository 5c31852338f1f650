// config.yaml `repos:` and `match.repos`: each problem a schema finding on the entry it is about.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDeliveryFolder } from '../../../src/core/load';
import { generateWeeklyUpdate } from '../../../src/core/reports/generate';
import { GitRepo } from '../../helpers/gitRepo';
import { initiative, modelOf } from './build';

function problems(files: Record<string, string>): string[] {
  return modelOf(files).problems.map((p) => `${p.file}:${p.range.start.line + 1} ${p.severity} ${p.message}`);
}

const withConfig = (config: string, match = '{paths: [api/**]}') => ({
  'config.yaml': config,
  'initiatives/payments.yaml': initiative({ match }),
});

describe('repos: in config.yaml', () => {
  it('reads each entry, its name defaulting to the folder name', () => {
    const model = modelOf(
      withConfig(
        'repos:\n  - ../payments-service/\n  - {path: /srv/git/growth-web, branch: trunk, name: growth}\n  - path: services\\ledger\n',
      ),
    );
    assert.deepEqual(model.problems, []);
    assert.deepEqual(
      model.config.repos.map(({ path, name, branch, range }) => [path, name, branch, range.start.line + 1]),
      [
        ['../payments-service/', 'payments-service', undefined, 2],
        ['/srv/git/growth-web', 'growth', 'trunk', 3],
        ['services\\ledger', 'ledger', undefined, 4],
      ],
    );
  });

  it('is empty when config.yaml lists no repository', () => {
    assert.deepEqual(modelOf(withConfig('team: Checkout\n')).config.repos, []);
  });

  it('flags an entry without path, a branch git cannot read and a path that names no folder', () => {
    assert.deepEqual(problems(withConfig('repos:\n  - {name: ledger}\n  - {path: ../a, branch: "-x"}\n  - ../..\n')), [
      ".delivery/config.yaml:2 error Each entry of 'repos' needs `path:`: the repository's folder, relative to the folder that holds .delivery/, or absolute",
      ".delivery/config.yaml:3 error '-x' is not a branch name git can read: write one like main",
      ".delivery/config.yaml:4 error '../..' names no folder: add `name:` to say what reports call it",
    ]);
  });

  it('warns about a repository listed twice or the plan’s own, and reads it once', () => {
    const model = modelOf(
      withConfig(
        'repos:\n  - ../payments\n  - ./../payments/\n  - {path: ../other/payments}\n  - .\n  - {path: ../web, name: workspace}\n',
      ),
    );
    assert.deepEqual(
      model.problems.map((p) => `${p.range.start.line + 1} ${p.severity} ${p.message}`),
      [
        "3 warning This repository is listed twice (the folder './../payments/'): keep one entry",
        "4 warning This repository is listed twice (the name 'payments'): keep one entry",
        "5 warning '.' is this plan's own repository, which is always read: remove this entry",
        "6 warning 'workspace' is also this plan's own repository's name: give this entry another `name:`",
      ],
    );
    assert.deepEqual(
      model.config.repos.map((r) => r.name),
      ['payments', 'workspace'],
    );
  });

  it('suggests the closest key for a misspelt one', () => {
    assert.deepEqual(problems(withConfig('repos:\n  - {path: ../a, brnach: main}\n')), [
      ".delivery/config.yaml:2 warning Unknown key 'brnach' in a path — did you mean 'branch'?",
    ]);
  });
});

describe('match.repos', () => {
  it('accepts the plan’s own folder name and the names of repos:', () => {
    assert.deepEqual(
      problems(
        withConfig('repos:\n  - {path: ../p, name: payments-service}\n', '{repos: [workspace, payments-service]}'),
      ),
      [],
    );
  });

  it('flags a name that is no repository read, with the closest one', () => {
    assert.deepEqual(
      problems(withConfig('repos:\n  - ../payments-service\n', '{paths: [api/**], repos: [payment-service, web]}')),
      [
        ".delivery/initiatives/payments.yaml:7 warning 'match.repos' names 'payment-service', which is no repository read — did you mean 'payments-service'?",
        ".delivery/initiatives/payments.yaml:7 warning 'match.repos' names 'web', which is no repository read: list it under `repos:` in config.yaml, or use one of: workspace, payments-service",
      ],
    );
  });
});

describe('repos: on disk', () => {
  let parent: string;
  let plan: string;
  before(() => {
    parent = mkdtempSync(join(tmpdir(), 'dr-repos-'));
    plan = join(parent, 'plan');
    mkdirSync(join(plan, '.delivery/initiatives'), { recursive: true });
    mkdirSync(join(parent, 'notes'));
    writeFileSync(join(parent, 'file.txt'), 'x\n');
    GitRepo.create('main', join(parent, 'service')).commit('start', { 'a.txt': '1\n' });
    writeFileSync(join(plan, '.delivery/initiatives/payments.yaml'), initiative());
  });
  after(() => rmSync(parent, { recursive: true, force: true }));

  const config = (repos: string) =>
    writeFileSync(join(plan, '.delivery/config.yaml'), `team: Checkout\nrepos:\n${repos}`);

  it('is a finding on the entry’s line for a folder that is missing, not a folder, or not a repository', async () => {
    config(`  - ../service\n  - ../missing\n  - ../file.txt\n  - path: ../notes\n    name: notes\n  - ${plan}\n`);
    const model = await loadDeliveryFolder(plan);
    assert.deepEqual(
      model.problems.map((p) => `${p.file}:${p.range.start.line + 1} ${p.severity} ${p.message}`),
      [
        ".delivery/config.yaml:4 warning Repository 'missing' not found at ../missing: clone it there, or correct the path (relative to the folder that holds .delivery/, or absolute)",
        ".delivery/config.yaml:5 warning Repository 'file.txt' ../file.txt is not a folder: give the repository's folder",
        ".delivery/config.yaml:6 warning Repository 'notes' ../notes is not a git repository (it has no .git): give the repository's top folder, where .git is",
        `.delivery/config.yaml:8 warning '${plan}' is this plan's own repository, which is always read: remove this entry`,
      ],
    );
  });

  it('tells a sibling git cannot read as a note, and the report still completes', async () => {
    config('  - {path: ../service, branch: release}\n  - ../notes\n');
    GitRepo.create('main', plan).commit('plan', {}, { date: '2026-11-02T10:00:00+01:00' });
    const { json } = await generateWeeklyUpdate(plan, { week: '2026-W47', asOf: '2026-11-25', useGit: true });
    assert.deepEqual(
      json.repos.map((repo) => [repo.name, repo.read, repo.note]),
      [
        ['plan', true, null],
        ['service', false, 'service: not read — Branch "release" does not exist in this repository.'],
        ['notes', false, 'notes: not read — ../notes is not a git repository (it has no .git).'],
      ],
    );
  });
});
