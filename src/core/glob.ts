// A small path glob: `**` spans any number of segments, `*` and `?` stay within one segment.
// Ours instead of a dependency because these three tokens are all the match rules need. Matched by
// walking the pattern's states along the path (time: path length × pattern length), never by a
// backtracking regular expression, which a pattern like `**a**a**a**b` would make take years.

type Token = { kind: 'char'; char: string } | { kind: 'one' | 'star' | 'segments' | 'any' };

const compiled = new Map<string, Token[]>();

function tokens(pattern: string): Token[] {
  let found = compiled.get(pattern);
  if (found) return found;
  found = [];
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '*' && pattern[i + 1] === '*') {
      const slashAfter = pattern[i + 2] === '/';
      found.push({ kind: slashAfter ? 'segments' : 'any' });
      i += slashAfter ? 2 : 1;
    } else if (char === '*') {
      found.push({ kind: 'star' });
    } else if (char === '?') {
      found.push({ kind: 'one' });
    } else {
      found.push({ kind: 'char', char });
    }
  }
  compiled.set(pattern, found);
  return found;
}

/** Whether `path` matches `pattern` in full. */
export function globMatch(pattern: string, path: string): boolean {
  const list = tokens(pattern);
  const n = list.length;
  // at[i]: the path so far matches the tokens before i. inSegment[i]: token i, a `**/`, is inside a segment it must finish with `/`.
  let at = new Uint8Array(n + 1);
  let inSegment = new Uint8Array(n + 1);
  at[0] = 1;
  skipEmpty(list, at);
  for (let p = 0; p < path.length; p++) {
    const c = path[p];
    const nextAt = new Uint8Array(n + 1);
    const nextInSegment = new Uint8Array(n + 1);
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
    at = nextAt;
    inSegment = nextInSegment;
  }
  return at[n] === 1;
}

// A token that can match nothing (a star, or a double star with or without its slash) lets the match go on past it.
function skipEmpty(list: Token[], at: Uint8Array): void {
  for (let i = 0; i < list.length; i++) {
    if (at[i] && list[i].kind !== 'char' && list[i].kind !== 'one') at[i + 1] = 1;
  }
}
