// `repos:` in config.yaml: the sibling repositories whose shipped work the reports read beside the
// plan's own. Only what the text says is checked here; whether each folder is there is load.ts's.
import { posix } from 'node:path';
import type { SiblingRepo } from '../model';
import { isSafeRef } from '../git/ref';
import { readText, type Field, type Scope } from './fields';
import { eachItem } from './items';

export const REPO_KEYS = ['path', 'branch', 'name'] as const;

/** The folder name a path ends in (`../payments-service/` → `payments-service`); empty for `.`, `..` or `/`. */
export function folderName(path: string): string {
  const last =
    path
      .replace(/[\\/]+$/, '')
      .split(/[\\/]/)
      .pop() ?? '';
  return last === '.' || last === '..' ? '' : last;
}

/** The path written the same way whatever the slashes and `./`: two entries for one folder are one. */
function samePathKey(path: string): string {
  return posix.normalize(path.replace(/\\/g, '/')).replace(/(.)\/$/, '$1');
}

export function readRepos(scope: Scope, field: Field | undefined): SiblingRepo[] {
  const entries = eachItem(scope, field, 'path', REPO_KEYS, (f, item) => readRepo(scope, f, item));
  const repos: SiblingRepo[] = [];
  for (const repo of entries) {
    if (!repo) continue;
    const samePath = repos.find((other) => samePathKey(other.path) === samePathKey(repo.path));
    const sameName = repos.find((other) => other.name === repo.name);
    if (samePathKey(repo.path) === '.') {
      scope.file.problem(repo.range, ownRepositoryMessage(repo.path), 'warning');
    } else if (!repo.name) {
      scope.file.problem(repo.range, `'${repo.path}' names no folder: add \`name:\` to say what reports call it`);
    } else if (samePath || sameName) {
      const what = samePath ? `the folder '${repo.path}'` : `the name '${repo.name}'`;
      scope.file.problem(repo.range, `This repository is listed twice (${what}): keep one entry`, 'warning');
    } else {
      repos.push(repo);
    }
  }
  return repos;
}

export function ownRepositoryMessage(path: string): string {
  return `'${path}' is this plan's own repository, which is always read: remove this entry`;
}

function readRepo(scope: Scope, f: Map<string, Field>, item: Field): SiblingRepo | undefined {
  const path = readText(scope, f.get('path'));
  const branch = readText(scope, f.get('branch'));
  const name = readText(scope, f.get('name'));
  if (!path) {
    scope.file.problem(
      item.range,
      "Each entry of 'repos' needs `path:`: the repository's folder, relative to the folder that holds .delivery/, or absolute",
    );
    return undefined;
  }
  if (branch && !isSafeRef(branch.value)) {
    scope.file.problem(branch.range, `'${branch.value}' is not a branch name git can read: write one like main`);
    return undefined;
  }
  const named = name?.value ?? folderName(path.value);
  return { path: path.value, name: named, ...(branch ? { branch: branch.value } : {}), range: item.range };
}
