// A small path glob: `**` spans any number of segments, `*` and `?` stay within one segment.
// Ours instead of a dependency because these three tokens are all the match rules need.

const cache = new Map<string, RegExp>();

/** Compiles `pattern` to an anchored regular expression over `/`-separated paths. */
export function globToRegExp(pattern: string): RegExp {
  let compiled = cache.get(pattern);
  if (compiled) return compiled;
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '*' && pattern[i + 1] === '*') {
      const slashAfter = pattern[i + 2] === '/';
      source += slashAfter ? '(?:[^/]*/)*' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else {
      source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  compiled = new RegExp(`^${source}$`);
  cache.set(pattern, compiled);
  return compiled;
}

/** Whether `path` matches `pattern` in full. */
export function globMatch(pattern: string, path: string): boolean {
  return globToRegExp(pattern).test(path);
}
