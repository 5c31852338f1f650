// The window's log: its git format and its parser, side by side. One `git log --first-parent`
// pass over the branch gives each landed commit's fields and the files it changed relative to
// its first parent (`--name-only -z`), newest first.
import type { IsoDate } from '../model';
import { LogFormat, type LogRecord } from './logFormat';
import { checkRef, gitInstant, sinceArgs } from './run';
import { parseSubject } from './subject';
import { localDate } from './zone';

export interface ShippedItem {
  sha: string;
  subject: string;
  /** The pull-request title a GitHub merge carries in its body, when there is one. */
  title?: string;
  pr?: number;
  branch?: string;
  type?: string;
  scope?: string;
  trailerInitiatives: string[];
  files: string[];
  date: IsoDate;
  author: string;
  kind: 'merge' | 'squash' | 'direct';
  /** The sibling repository (config.yaml `repos:`) it landed in; absent for the plan's own repository. */
  repo?: string;
}

export interface LoggedCommit {
  /** Commit time in ms. */
  at: number;
  item: ShippedItem;
  parents: string[];
}

/** The fields of a window-log record, in the order git prints them. */
const FIELDS = [
  '%H',
  '%P',
  '%ct',
  '%aN',
  '%s',
  '%b',
  '%(trailers:key=Initiative,valueonly=true,separator={list})',
] as const;

/** A fresh format for one read of the window's log. */
export function windowLogFormat(token?: string): LogFormat {
  return new LogFormat(FIELDS, token);
}

/** The git arguments for one window; exported so the benchmark can time the same command raw. */
export function shippedLogArgs(
  branch: string,
  startMs: number,
  endMs: number,
  format: LogFormat = windowLogFormat(),
): string[] {
  checkRef(branch);
  return [
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--name-only',
    '-z',
    '--no-show-signature',
    '--no-color',
    ...sinceArgs(startMs - 1000),
    `--until=${gitInstant(endMs)}`,
    format.arg,
    '--end-of-options',
    branch,
    '--',
  ];
}

/** Parses the output of `shippedLogArgs` read with `format`, newest first, keeping each commit time. */
export function parseShippedLog(out: string, format: LogFormat, timeZone: string): LoggedCommit[] {
  return parseShippedRecords(format.parse(out), format, timeZone);
}

/** The window log's records (see `parseShippedLog`) as landed commits. */
export function parseShippedRecords(records: LogRecord[], format: LogFormat, timeZone: string): LoggedCommit[] {
  return records.map(({ fields, rest }) => {
    const [sha, parents, time, author, subject, body, trailers] = fields;
    const parentList = parents.trim() ? parents.trim().split(' ') : [];
    const title = parentList.length > 1 ? firstLine(body) : undefined;
    const facts = parseSubject(subject, parentList.length, title);
    const at = Number(time) * 1000;
    const item: ShippedItem = {
      sha,
      subject,
      kind: facts.kind,
      trailerInitiatives: format.list(trailers),
      files: fileList(rest),
      date: localDate(at, timeZone),
      author,
    };
    // A merge's body line names the work better than "Merge pull request #7 from …" or "Merge branch 'x'".
    if (title && (facts.pr !== undefined || facts.branch !== undefined)) item.title = title;
    if (facts.pr !== undefined) item.pr = facts.pr;
    if (facts.branch !== undefined) item.branch = facts.branch;
    if (facts.type !== undefined) item.type = facts.type;
    if (facts.scope !== undefined) item.scope = facts.scope;
    return { at, item, parents: parentList };
  });
}

/** The branch-trailer log's range: from the window's newest landed commit down to the oldest one's first parent. */
export interface LandedRange {
  tip: string;
  base?: string;
}

/**
 * The range of the records' commits landed in [startMs, endMs) (the window log's records, newest
 * first), from the sha, parents and time fields alone: enough to start the branch-trailer log
 * before the records are parsed in full.
 */
export function recordsRange(records: LogRecord[], startMs: number, endMs: number): LandedRange | undefined {
  const landed: { sha: string; parents: string[] }[] = [];
  for (let i = records.length - 1; i >= 0; i--) {
    const [sha, parents, time] = records[i].fields;
    const at = Number(time) * 1000;
    if (at >= startMs && at < endMs) landed.push({ sha, parents: parents.trim() ? parents.trim().split(' ') : [] });
  }
  return landedRange(landed);
}

/** The range of the landed commits (oldest first); undefined when none of them is a merge. */
export function landedRange(landed: { sha: string; parents: string[] }[]): LandedRange | undefined {
  if (!landed.some((commit) => commit.parents.length > 1)) return undefined;
  const base = landed[0].parents[0];
  return { tip: landed[landed.length - 1].sha, ...(base ? { base } : {}) };
}

function firstLine(body: string): string | undefined {
  for (const line of body.split('\n')) if (line.trim()) return line.trim();
  return undefined;
}

// `-z` ends each name with NUL; the names follow a NUL and the newline that closes the format
// (a commit that changed nothing has the NUL alone). Any other byte belongs to a name.
function fileList(rest: string): string[] {
  const names = rest.startsWith('\0\n') ? rest.slice(2) : rest.startsWith('\0') ? rest.slice(1) : rest;
  return names.split('\0').filter((name) => name !== '');
}
