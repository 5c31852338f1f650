// Recent commit authors, for the "set an owner" quick fix: real people who work in this repository.
import type { Person } from '../model';
import { hasCommits } from './available';
import { LogFormat } from './logFormat';
import { readGit, type GitOptions } from './run';

const SCAN = 1000;

/** Distinct authors of the last commits on HEAD, most recent first; empty when there is no history. */
export async function recentAuthors(root: string, limit: number, options: GitOptions = {}): Promise<Person[]> {
  if (!Number.isInteger(limit) || limit <= 0) return [];
  if (!(await hasCommits(root, options))) return [];
  const format = new LogFormat(['%aN', '%aE']);
  const out = await readGit(
    root,
    ['log', '--no-show-signature', '--no-color', `--max-count=${SCAN}`, format.arg, '--end-of-options', 'HEAD', '--'],
    options,
  );
  const people: Person[] = [];
  const seen = new Set<string>();
  for (const { fields } of format.parse(out)) {
    const [name, email] = fields.map((s) => s.trim());
    if (!name) continue;
    const key = (email || name).toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    people.push(email ? { name, email } : { name });
    if (people.length === limit) break;
  }
  return people;
}
