// The smallest single replacement that turns one text into another, so an edit applied to an
// open editor moves only the changed lines (and the cursor elsewhere stays put).

export interface Span {
  start: number;
  end: number;
  text: string;
}

export function changedSpan(before: string, after: string): Span {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (
    tail < before.length - start &&
    tail < after.length - start &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}
