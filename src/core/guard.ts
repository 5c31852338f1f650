// Checks of untrusted data (a webview's messages, a team's update file) built from small parts:
// each check returns why the value is wrong, naming where (`update.initiatives[3].status`), or
// undefined when it is right.

export type Check = (value: unknown, at: string) => string | undefined;

/** An object whose named fields pass their checks; other fields are not looked at. */
export function record(fields: Record<string, Check>): Check {
  return (v, at) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${at} must be an object`;
    for (const [key, check] of Object.entries(fields)) {
      const problem = check((v as Record<string, unknown>)[key], `${at}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  };
}

/** A list of at most `max` items, each passing `item`. */
export function list(item: Check, max: number): Check {
  return (v, at) => {
    if (!Array.isArray(v) || v.length > max) return `${at} must be a list of at most ${max} items`;
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], `${at}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}
