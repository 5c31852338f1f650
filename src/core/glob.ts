// A small path glob: `**` spans any number of segments, `*` and `?` stay within one segment.
// Ours instead of a dependency because these three tokens are all the match rules need. Matched by
// walking the pattern's states along the path (time: path length × pattern length), never by a
// backtracking regular expression, which a pattern like `**a**a**a**b` would make take years.

type Token = { kind: 'char'; char: string } | { kind: 'one' | 'star' | 'segments' | 'any' };

// A compiled pattern: its tokens after the literal text it starts with. Most paths of a change fail
// that prefix (`services/payments/**` against `web/app.ts`), so they are answered by one comparison;
// and most patterns end in a bare `**` after it, which any rest of the path matches.
interface Compiled {
  prefix: string;
  list: Token[];
  anyRest: boolean;
  /** The state rows of the walk, reused by every call: matching is synchronous, so one set per pattern suffices. */
  rows: Uint8Array[];
}

const compiled = new Map<string, Compiled>();

function compile(pattern: string): Compiled {
  let found = compiled.get(pattern);
  if (found) return found;
  const list: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '*' && pattern[i + 1] === '*') {
      const slashAfter = pattern[i + 2] === '/';
      list.push({ kind: slashAfter ? 'segments' : 'any' });
      i += slashAfter ? 2 : 1;
    } else if (char === '*') {
      list.push({ kind: 'star' });
    } else if (char === '?') {
      list.push({ kind: 'one' });
    } else {
      list.push({ kind: 'char', char });
    }
  }
  let literal = 0;
  while (literal < list.length && list[literal].kind === 'char') literal++;
  const prefix = pattern.slice(0, literal);
  const rest = list.slice(literal);
  const rows = Array.from({ length: 4 }, () => new Uint8Array(rest.length + 1));
  found = { prefix, list: rest, anyRest: rest.length > 0 && rest.every((t) => t.kind === 'any'), rows };
  compiled.set(pattern, found);
  return found;
}

/** Whether `path` matches `pattern` in full. */
export function globMatch(pattern: string, path: string): boolean {
  const { prefix, list, anyRest, rows } = compile(pattern);
  if (!path.startsWith(prefix)) return false;
  if (anyRest) return true;
  const n = list.length;
  if (n === 0) return path.length === prefix.length;
  // at[i]: the path so far matches the tokens before i. inSegment[i]: token i, a `**/`, is inside a segment it must finish with `/`.
  // Two pairs of rows, swapped at each character, so a path allocates nothing.
  let [at, inSegment, nextAt, nextInSegment] = rows;
  at.fill(0);
  inSegment.fill(0);
  at[0] = 1;
  skipEmpty(list, at);
  for (let p = prefix.length; p < path.length; p++) {
    const c = path[p];
    nextAt.fill(0);
    nextInSegment.fill(0);
    let alive = false;
    for (let i = 0; i < n; i++) {
      const token = list[i];
      if (inSegment[i]) {
        if (c === '/') nextAt[i] = 1;
        else nextInSegment[i] = 1;
        alive = true;
      }
      if (!at[i]) continue;
      alive = true;
      if (token.kind === 'char') {
        if (c === token.char) nextAt[i + 1] = 1;
      } else if (token.kind === 'one') {
        if (c !== '/') nextAt[i + 1] = 1;
      } else if (token.kind === 'star') {
        if (c !== '/') nextAt[i] = 1;
      } else if (token.kind === 'any') {
        nextAt[i] = 1;
      } else if (c === '/') {
        nextAt[i] = 1;
      } else {
        nextInSegment[i] = 1;
      }
    }
    if (!alive) return false;
    skipEmpty(list, nextAt);
    [at, nextAt] = [nextAt, at];
    [inSegment, nextInSegment] = [nextInSegment, inSegment];
  }
  return at[n] === 1;
}

// A token that can match nothing (a star, or a double star with or without its slash) lets the match go on past it.
function skipEmpty(list: Token[], at: Uint8Array): void {
  for (let i = 0; i < list.length; i++) {
    if (at[i] && list[i].kind !== 'char' && list[i].kind !== 'one') at[i + 1] = 1;
  }
}
