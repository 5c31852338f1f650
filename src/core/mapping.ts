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
  const byInitiative = new Map<string, ShippedItem[]>(initiatives.map((i) => [i.id, []]));
  const other: ShippedItem[] = [];
  for (const item of items.filter((i) => !isPlanOnly(i))) {
    const ids = targetsOf(item, initiatives);
    if (ids.length === 0) other.push(item);
    for (const id of ids) byInitiative.get(id)?.push(item);
  }
  return { byInitiative, other };
}

/** A change to the plan itself (only `.delivery/` files) is not delivered work. */
export function isPlanOnly(item: ShippedItem): boolean {
  return item.files.length > 0 && item.files.every((file) => file.startsWith('.delivery/'));
}

/** The initiative ids one item belongs to. Unknown trailer ids fall back to the match rules. */
export function targetsOf(item: ShippedItem, initiatives: Initiative[]): string[] {
  const known = new Set(initiatives.map((i) => i.id));
  const trailed = [...new Set(item.trailerInitiatives.filter((id) => known.has(id)))];
  if (trailed.length > 0) return trailed;
  return [...new Set(initiatives.filter((i) => matches(item, i.match)).map((i) => i.id))];
}

/** Whether any of the rules hits the item. */
export function matches(item: ShippedItem, rules: MatchRules): boolean {
  const branch = item.branch;
  const scope = item.scope?.toLowerCase();
  const text = [item.subject, item.title ?? ''].join('\n');
  return (
    (branch !== undefined && rules.branches.some((glob) => globMatch(glob, branch))) ||
    (scope !== undefined && rules.scopes.some((s) => s.toLowerCase() === scope)) ||
    rules.keywords.some((keyword) => keywordIn(keyword, text)) ||
    rules.paths.some((glob) => item.files.some((file) => globMatch(glob, file)))
  );
}

/** Case-insensitive, and only where the keyword starts a word, so `PAY-` does not hit `REPAY-`. */
function keywordIn(keyword: string, text: string): boolean {
  if (!keyword.trim()) return false;
  const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9])${escaped}`, 'i').test(text);
}
