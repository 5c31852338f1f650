// A short fingerprint of a file's text, so a save can tell whether the file moved since the form loaded.
import { createHash } from 'node:crypto';

/** `null` stands for "the file did not exist". */
export function versionOf(text: string | undefined): string | null {
  return text === undefined ? null : createHash('sha256').update(text).digest('hex').slice(0, 16);
}
