// `match.repos` names repositories: the plan's own (its folder name) or an entry of config.yaml's
// `repos:`. A name that is neither is a typo or a repository never listed, and would map nothing.
import { resolve } from 'node:path';
import type { DeliveryModel, Finding } from '../model';
import { oneLine } from './oneLine';
import { folderName } from './repos';
import { didYouMean, Suggester } from './suggest';

/** What reports and `match.repos` call the plan's own repository: the folder that holds `.delivery/`. */
export function ownRepoName(root: string): string {
  return folderName(root) || root;
}

export function checkRepoNames(model: DeliveryModel): Finding[] {
  const own = ownRepoName(model.root);
  const config = model.config.file ?? '.delivery/config.yaml';
  // The plan's own folder written as a sibling is told by load.ts (it looks at the disk); one warning is enough.
  const clash = model.config.repos
    .filter((repo) => repo.name === own && resolve(model.root, repo.path) !== resolve(model.root))
    .map((repo) =>
      warning(
        config,
        repo.range,
        `'${own}' is also this plan's own repository's name: give this entry another \`name:\``,
      ),
    );
  const names = new Set([own, ...model.config.repos.map((repo) => repo.name)]);
  const suggester = new Suggester(names);
  const unknown = model.initiatives.flatMap((initiative) =>
    (initiative.match.repos ?? [])
      .filter((name) => !names.has(name.value))
      .map((name) => {
        const hint =
          didYouMean(name.value, suggester) ||
          `: list it under \`repos:\` in config.yaml, or use one of: ${[...names].join(', ')}`;
        return {
          ...warning(
            initiative.file,
            name.range,
            `'match.repos' names '${name.value}', which is no repository read${hint}`,
          ),
          initiative: initiative.id,
        };
      }),
  );
  return [...clash, ...unknown];
}

function warning(file: string, range: Finding['range'], message: string): Finding {
  return { file, range, severity: 'warning', code: 'schema', message: oneLine(message) };
}
