// The one reader of `git log --format` output. A commit message, an author name, a file name or a
// plan file's text may hold any byte, so each read draws a random token and marks records and
// fields with it: no text in a repository can end a record, forge one, or shift a field.
import { randomBytes } from 'node:crypto';
import { DeliveryError } from '../errors';

export interface LogRecord {
  /** One value per placeholder, in the table's order. */
  fields: string[];
  /** What git printed after the last field: the names of `--name-only -z`, or a patch. */
  rest: string;
}

export class LogFormat {
  /** The `--format=` argument that makes git print these records. */
  readonly arg: string;
  /** Joins the values of a multi-valued placeholder such as `%(trailers:…)`; see `list`. */
  readonly listSeparator: string;
  private readonly recordMark: string;
  private readonly fieldMark: string;

  /** `token` is for tests; a read takes a fresh random one, so no commit can know it in advance. */
  constructor(
    private readonly placeholders: readonly string[],
    token: string = randomBytes(12).toString('hex'),
  ) {
    if (!/^[0-9a-z]{8,}$/.test(token)) throw new RangeError('a log token is at least 8 letters or digits');
    this.recordMark = `\x1e${token}r`;
    this.fieldMark = `\x1f${token}f`;
    this.listSeparator = `\x1d${token}l`;
    const expand = (placeholder: string) => placeholder.replace('{list}', `%x1d${token}l`);
    this.arg = `--format=%x1e${token}r${placeholders.map((p) => `${expand(p)}%x1f${token}f`).join('')}`;
  }

  /** The records of `out`, in git's order. Text before the first record (none is printed) is ignored. */
  parse(out: string): LogRecord[] {
    const records: LogRecord[] = [];
    const parts = out.split(this.recordMark);
    for (let i = 1; i < parts.length; i++) {
      const values = parts[i].split(this.fieldMark);
      if (values.length !== this.placeholders.length + 1) {
        throw new DeliveryError(
          `git printed a log record with ${values.length - 1} of its ${this.placeholders.length} fields.`,
          'Run the command again; if it persists, report it with your git version.',
        );
      }
      records.push({ fields: values.slice(0, -1), rest: values[values.length - 1] });
    }
    return records;
  }

  /** The values of a field printed with `{list}` as its separator, trimmed, blanks left out. */
  list(field: string): string[] {
    if (!field.trim()) return [];
    return field
      .split(this.listSeparator)
      .map((value) => value.trim())
      .filter(Boolean);
  }
}
