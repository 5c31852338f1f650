// Where each sibling repository of config.yaml's `repos:` is on disk, and why one cannot be read.
// Only the file system is asked (no git), so lint can say it in Restricted Mode too.
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config, Finding, SiblingRepo } from './model';
import { oneLine } from './parse/oneLine';
import { ownRepositoryMessage } from './parse/repos';

export interface SiblingPlace {
  repo: SiblingRepo;
  /** The folder, resolved against the folder that holds `.delivery/`. */
  dir: string;
  /** Why it is not read ("not found at ../payments"), absent when it can be. */
  unreadable?: string;
  /** What to do about it, for the finding. */
  fix?: string;
  /** The plan's own repository written another way: not read twice, and not a note in reports. */
  own?: boolean;
}

export function locateSiblings(root: string, repos: readonly SiblingRepo[]): SiblingPlace[] {
  const ownDir = realOrSame(root);
  return repos.map((repo) => {
    const dir = resolve(root, repo.path);
    const place = { repo, dir };
    const info = statOf(dir);
    if (info === 'missing')
      return {
        ...place,
        unreadable: `not found at ${repo.path}`,
        fix: 'clone it there, or correct the path (relative to the folder that holds .delivery/, or absolute)',
      };
    if (typeof info === 'string')
      return { ...place, unreadable: `cannot be read at ${repo.path} (${info})`, fix: 'check its permissions' };
    if (!info.isDirectory())
      return { ...place, unreadable: `${repo.path} is not a folder`, fix: "give the repository's folder" };
    if (realOrSame(dir) === ownDir) return { ...place, own: true };
    if (!lstatSync(join(dir, '.git'), { throwIfNoEntry: false }))
      return {
        ...place,
        unreadable: `${repo.path} is not a git repository (it has no .git)`,
        fix: "give the repository's top folder, where .git is",
      };
    return place;
  });
}

/** The schema findings of `repos:` that only the disk can tell, each on its entry's line. */
export function siblingFindings(root: string, config: Config): Finding[] {
  const file = config.file ?? '.delivery/config.yaml';
  return locateSiblings(root, config.repos).flatMap((place): Finding[] => {
    const message = place.own
      ? ownRepositoryMessage(place.repo.path)
      : place.unreadable && `Repository '${place.repo.name}' ${place.unreadable}: ${place.fix}`;
    return message
      ? [{ file, range: place.repo.range, severity: 'warning', code: 'schema', message: oneLine(message) }]
      : [];
  });
}

function statOf(dir: string): Stats | 'missing' | string {
  try {
    return statSync(dir, { throwIfNoEntry: false }) ?? 'missing';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'error';
  }
}

function realOrSame(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}
