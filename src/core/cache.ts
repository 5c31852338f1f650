// Keeps each file's text and parse between reloads of one `.delivery/` folder, so that typing in
// one file re-reads and re-parses only that file.

import type { Stats } from 'node:fs';
import { parseDeliveryFile, type FileParser, type ParsedFile } from './parse/deliveryFiles';

/** Size, change times and inode of a file on disk: while all are unchanged, so is the file. */
export type FileStamp = string;

/** Some file systems keep times to the second: a file changed more recently may change again unseen. */
const RACY_MS = 2000;

export function stampOf(info: Stats): FileStamp {
  return `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
}

export class DeliveryFolderCache implements FileParser {
  private readonly parsed = new Map<string, { text: string; parsed: ParsedFile }>();
  private readonly read = new Map<string, { stamp: FileStamp; text: string }>();
  /** How many files were actually parsed rather than taken from the cache. */
  parses = 0;

  private readonly parseFile: (path: string, text: string) => ParsedFile;
  private readonly now: () => number;

  /** `parse` and `now` are for tests: to count parses, and to age the files. */
  constructor(options: { parse?: (path: string, text: string) => ParsedFile; now?: () => number } = {}) {
    this.parseFile = options.parse ?? parseDeliveryFile;
    this.now = options.now ?? Date.now;
  }

  /** The parse of `text`, reused while the path keeps the same text. */
  parse(path: string, text: string): ParsedFile {
    const entry = this.parsed.get(path);
    if (entry?.text === text) return entry.parsed;
    this.parses++;
    const parsed = this.parseFile(path, text);
    this.parsed.set(path, { text, parsed });
    return parsed;
  }

  /** The text last read from disk for `path`, if the file still has the same stamp. */
  textOnDisk(path: string, stamp: FileStamp): string | undefined {
    const entry = this.read.get(path);
    return entry?.stamp === stamp ? entry.text : undefined;
  }

  /** Remembers what was read, unless the file changed so recently that its stamp cannot be trusted yet. */
  rememberRead(path: string, info: Stats, text: string): void {
    if (this.now() - Math.max(info.mtimeMs, info.ctimeMs) < RACY_MS) this.read.delete(path);
    else this.read.set(path, { stamp: stampOf(info), text });
  }

  /** Forgets files that are gone, so a long session does not keep every file it ever saw. */
  keepOnly(paths: ReadonlySet<string>): void {
    for (const map of [this.parsed, this.read]) for (const path of map.keys()) if (!paths.has(path)) map.delete(path);
  }
}
