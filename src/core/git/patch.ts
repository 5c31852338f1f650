// The file versions in `git log -p` output with whole-file context: each patch's two sides are
// the complete file before and after, so one log pass yields every revision without `git show`.
// With rename detection on, git prints no text at all for a file renamed without a change.

export interface FileVersion {
  /** Path relative to the repository top, `/`-separated. */
  path: string;
  /** The file after the commit, or undefined when the commit deleted it. */
  text?: string;
  /** The file before the commit, or undefined when the commit created it. */
  before?: string;
  /** The path the file had before the commit, when git found it renamed; a rename that changed nothing has neither side. */
  from?: string;
  /** git gave no text for this file: it holds NUL bytes or is larger than the reads' size limit (neither side has text). */
  binary?: true;
}

/** Splits the patch text of one commit into the new version of each file. */
export function newVersions(patch: string): FileVersion[] {
  const versions: FileVersion[] = [];
  let current:
    | {
        path: string;
        lines: string[];
        old: string[];
        deleted: boolean;
        created: boolean;
        from?: string;
        header: string;
        binary?: boolean;
      }
    | undefined;
  let inHunk = false;
  const flush = (): void => {
    if (!current) return;
    if (current.binary) {
      const path = current.path || diffHeaderPath(current.header);
      versions.push({ path, binary: true, ...(current.from !== undefined ? { from: current.from } : {}) });
      return;
    }
    if (current.from !== undefined && !inHunk) {
      versions.push({ path: current.path, from: current.from });
      return;
    }
    versions.push({
      path: current.path,
      ...(current.deleted ? {} : { text: current.lines.join('\n') + '\n' }),
      ...(current.created ? {} : { before: current.old.join('\n') + '\n' }),
      ...(current.from !== undefined ? { from: current.from } : {}),
    });
  };
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      flush();
      current = { path: '', lines: [], old: [], deleted: false, created: false, header: line };
      inHunk = false;
    } else if (current && !inHunk && line.startsWith('Binary files ')) {
      current.binary = true;
    } else if (!current) {
      continue;
    } else if (!inHunk && line.startsWith('rename from ')) {
      current.from = unquote(line.slice('rename from '.length));
    } else if (!inHunk && line.startsWith('rename to ')) {
      current.path = unquote(line.slice('rename to '.length));
    } else if (!inHunk && line.startsWith('+++ ')) {
      const target = headerPath(line);
      if (target === '/dev/null') current.deleted = true;
      else current.path = unquote(target).replace(/^b\//, '');
    } else if (!inHunk && line.startsWith('--- ')) {
      if (line === '--- /dev/null') current.created = true;
      else if (current.path === '') current.path = unquote(headerPath(line)).replace(/^a\//, '');
    } else if (line.startsWith('@@')) {
      inHunk = true;
    } else if (inHunk && (line.startsWith(' ') || line.startsWith('+'))) {
      current.lines.push(line.slice(1));
      if (line.startsWith(' ')) current.old.push(line.slice(1));
    } else if (inHunk && line.startsWith('-')) {
      current.old.push(line.slice(1));
    }
  }
  flush();
  return versions;
}

// git ends a ---/+++ path that holds a space with a tab; a tab in the name itself is always quoted.
function headerPath(line: string): string {
  const path = line.slice(4);
  return path.endsWith('\t') ? path.slice(0, -1) : path;
}

/**
 * The path in a `diff --git a/<path> b/<path>` header, for a file with no ---/+++ lines (binary).
 * Unless git found a rename (whose `rename to` line names the path), both sides name the same path
 * and each takes half the line: a space in the path cannot mislead it.
 */
function diffHeaderPath(header: string): string {
  const sides = header.slice('diff --git '.length);
  const half = sides.slice(0, (sides.length - 1) / 2);
  return unquote(half).replace(/^a\//, '');
}

// git quotes unusual paths C-style; octal escapes are UTF-8 bytes.
function unquote(text: string): string {
  if (!text.startsWith('"')) return text;
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') {
      bytes.push(...Buffer.from(body[i]));
    } else if (/[0-7]/.test(body[i + 1])) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      const escape: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\' };
      bytes.push(...Buffer.from(escape[body[i + 1]] ?? body[i + 1]));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
