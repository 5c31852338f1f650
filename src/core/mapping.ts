// Shipped work to initiatives, as DESIGN says: an `Initiative:` trailer maps exclusively;
// otherwise every initiative whose match rules hit; the rest is Other work. Plan-only commits are left out.
import type { ShippedItem } from './git/shipped';
import { globMatch } from './glob';
import type { Initiative, MatchRules } from './model';

export interface Mapping {
  /** Every initiative id, in model order, with the items mapped to it (oldest first). */
  byInitiative: Map<string, ShippedItem[]>;
  other: ShippedItem[];
}

interface Matcher {
  id: string;
  test: (item: ShippedItem) => boolean;
  /** The repositories `match.repos` restricts the initiative to; undefined takes work from all. */
  repos?: ReadonlySet<string>;
}

/** `ownRepo` names the plan's own repository, whose items carry no `repo`, for `match.repos`. */
export function mapShipped(items: ShippedItem[], initiatives: Initiative[], ownRepo = ''): Mapping {
  const matchers = initiatives.map(matcherOf);
  const byInitiative = new Map<string, ShippedItem[]>(initiatives.map((i) => [i.id, []]));
  const other: ShippedItem[] = [];
  for (const item of items) {
    if (isPlanOnly(item)) continue;
    const ids = targets(item, item.repo ?? ownRepo, matchers);
    if (ids.length === 0) other.push(item);
    for (const id of ids) byInitiative.get(id)?.push(item);
  }
  return { byInitiative, other };
}

/** A change to the plan itself (only `.delivery/` files), or an empty commit, is not delivered work. */
export function isPlanOnly(item: ShippedItem): boolean {
  return item.files.every((file) => file.startsWith('.delivery/'));
}

function matcherOf(initiative: Initiative): Matcher {
  const repos = initiative.match.repos;
  return {
    id: initiative.id,
    test: compile(initiative.match),
    ...(repos ? { repos: new Set(repos.map((name) => name.value)) } : {}),
  };
}

/**
 * The initiative ids one item belongs to. Unknown trailer ids fall back to the match rules; an
 * initiative restricted by `match.repos` takes nothing from another repository, not even by trailer.
 */
function targets(item: ShippedItem, repo: string, matchers: readonly Matcher[]): string[] {
  const allowed = (matcher: Matcher) => !matcher.repos || matcher.repos.has(repo);
  if (item.trailerInitiatives.length > 0) {
    const trailed = [
      ...new Set(item.trailerInitiatives.filter((id) => matchers.some((m) => m.id === id && allowed(m)))),
    ];
    if (trailed.length > 0) return trailed;
  }
  // Runs for every item and initiative of a quarter, so a plain loop rather than sets and chains.
  const ids: string[] = [];
  for (const matcher of matchers)
    if (allowed(matcher) && matcher.test(item) && !ids.includes(matcher.id)) ids.push(matcher.id);
  return ids;
}

/** The rules as one predicate, with every glob and keyword compiled once. `repos` alone takes every change. */
function compile(rules: MatchRules): (item: ShippedItem) => boolean {
  const onlyRepos =
    rules.repos !== undefined &&
    [rules.paths, rules.branches, rules.scopes, rules.keywords].every((list) => list.length === 0);
  if (onlyRepos) return () => true;
  const anyGlob = (globs: string[], text: string) => globs.some((glob) => globMatch(glob, text));
  const scopes = new Set(rules.scopes.map((s) => s.toLowerCase()));
  // Case-insensitive, and only where the keyword starts a word, so `PAY-` does not hit `REPAY-`.
  const words = rules.keywords
    .filter((k) => k.trim())
    .map((k) => `(?<![A-Za-z0-9])${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const keywords = words.length > 0 ? new RegExp(words.join('|'), 'i') : undefined;
  return (item) =>
    (item.branch !== undefined && anyGlob(rules.branches, item.branch)) ||
    (item.scope !== undefined && scopes.has(item.scope.toLowerCase())) ||
    (keywords !== undefined && keywords.test(item.title ? `${item.subject}\n${item.title}` : item.subject)) ||
    (rules.paths.length > 0 && item.files.some((file) => anyGlob(rules.paths, file)));
}
