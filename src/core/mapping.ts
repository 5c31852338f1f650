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

export function mapShipped(items: ShippedItem[], initiatives: Initiative[]): Mapping {
  const matchers = initiatives.map((i) => ({ id: i.id, test: compile(i.match) }));
  const known = new Set(initiatives.map((i) => i.id));
  const byInitiative = new Map<string, ShippedItem[]>(initiatives.map((i) => [i.id, []]));
  const other: ShippedItem[] = [];
  for (const item of items) {
    if (isPlanOnly(item)) continue;
    const ids = targets(item, known, matchers);
    if (ids.length === 0) other.push(item);
    for (const id of ids) byInitiative.get(id)?.push(item);
  }
  return { byInitiative, other };
}

/** A change to the plan itself (only `.delivery/` files), or an empty commit, is not delivered work. */
export function isPlanOnly(item: ShippedItem): boolean {
  return item.files.every((file) => file.startsWith('.delivery/'));
}

/** The initiative ids one item belongs to. Unknown trailer ids fall back to the match rules. */
function targets(
  item: ShippedItem,
  known: Set<string>,
  matchers: { id: string; test: (item: ShippedItem) => boolean }[],
): string[] {
  if (item.trailerInitiatives.length > 0) {
    const trailed = [...new Set(item.trailerInitiatives.filter((id) => known.has(id)))];
    if (trailed.length > 0) return trailed;
  }
  // Runs for every item and initiative of a quarter, so a plain loop rather than sets and chains.
  const ids: string[] = [];
  for (const matcher of matchers) if (matcher.test(item) && !ids.includes(matcher.id)) ids.push(matcher.id);
  return ids;
}

/** The rules as one predicate, with every glob and keyword compiled once. */
function compile(rules: MatchRules): (item: ShippedItem) => boolean {
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
