// "Did you mean …?" for unknown keys, statuses and ids: the nearest candidate by edit distance.
// Bounded for hostile files: candidates are indexed once, only those whose length could be close
// enough are compared, each comparison stops once it cannot win, and a list's comparisons share
// one budget (after it, only case and spacing slips are suggested), so N unknown ids against N
// initiatives cost linear time, not N².

/** Longer than any key, status or id: no suggestion is looked for. */
const MAX_WORD = 100;
/** Edit-distance cells one candidate list may spend on all its lookups together. */
const CELL_BUDGET = 2_000_000;

const normalize = (word: string) => word.toLowerCase().replace(/[\s_]+/g, '-');

export class Suggester {
  private readonly exact = new Map<string, string>();
  private readonly byLength = new Map<number, { normal: string; candidate: string }[]>();
  private budget = CELL_BUDGET;

  constructor(candidates: Iterable<string>) {
    for (const candidate of candidates) {
      const normal = candidate.toLowerCase();
      if (!this.exact.has(normal)) this.exact.set(normal, candidate);
      const bucket = this.byLength.get(normal.length) ?? [];
      bucket.push({ normal, candidate });
      this.byLength.set(normal.length, bucket);
    }
  }

  /** The closest candidate, if it is close enough to be a plausible typo (or a case/spacing slip). */
  nearest(word: string): string | undefined {
    if (word.length > MAX_WORD) return undefined;
    const normal = normalize(word);
    const same = this.exact.get(normal);
    if (same !== undefined) return same;
    const limit = Math.max(1, Math.floor(word.length / 3));
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (let gap = 0; gap < bestDistance; gap++) {
      for (const length of gap === 0 ? [normal.length] : [normal.length - gap, normal.length + gap]) {
        for (const { normal: other, candidate } of this.byLength.get(length) ?? []) {
          if (this.budget <= 0) return best;
          const distance = boundedDistance(normal, other, bestDistance - 1, (cells) => (this.budget -= cells));
          if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
        }
      }
    }
    return best;
  }
}

/**
 * The edit distance of `a` and `b` when it is at most `max`, else `max + 1`: only the diagonal band
 * of width 2·max + 1 is filled, and the fill stops at a row whose band is all above `max`.
 */
function boundedDistance(a: string, b: string, max: number, spend: (cells: number) => void): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= max ? j : over));
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(over);
    current[0] = i <= max ? i : over;
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    let rowMin = current[0];
    for (let j = from; j <= to; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution, over);
      rowMin = Math.min(rowMin, current[j]);
    }
    spend(to - from + 1);
    if (rowMin > max) return over;
    previous = current;
  }
  return previous[b.length];
}

/** The closest of `candidates` to `word`, as `Suggester.nearest`. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  return new Suggester(candidates).nearest(word);
}

/** ` — did you mean 'owner'?` or an empty string. */
export function didYouMean(word: string, candidates: readonly string[] | Suggester): string {
  const match = candidates instanceof Suggester ? candidates.nearest(word) : nearest(word, candidates);
  return match ? ` — did you mean '${match}'?` : '';
}
