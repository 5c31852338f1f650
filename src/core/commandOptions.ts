// Options a command takes as one plain object (from tests, keybindings or other extensions),
// checked before use: each given key must be known and its value of the kind it names.

/** A known option: its key, whether a value fits, and the words an error uses for what fits. */
export type OptionCheck<T> = [key: keyof T & string, valid: (value: unknown) => boolean, expected: string];

/** Anything that is not a plain object (a tree node, a URI) means "no options". */
export function parseCommandOptions<T>(
  arg: unknown,
  checks: readonly OptionCheck<T>[],
): { options: T } | { error: string } {
  if (
    typeof arg !== 'object' ||
    arg === null ||
    Array.isArray(arg) ||
    Object.getPrototypeOf(arg) !== Object.prototype
  ) {
    return { options: {} as T };
  }
  const raw = arg as Record<string, unknown>;
  for (const [key, valid, expected] of checks) {
    if (raw[key] !== undefined && !valid(raw[key])) return { error: `Option "${key}" must be ${expected}.` };
  }
  const unknown = Object.keys(raw).find((key) => !checks.some(([name]) => name === key));
  if (unknown) return { error: `Unknown option "${unknown}".` };
  return { options: raw as T };
}

/** Fits a non-empty text. */
export const isText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';
