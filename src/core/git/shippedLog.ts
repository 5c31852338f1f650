// Parses the window's log: records of `\x1e` + seven `\x1f`-ended fields (%H %P %ct %aN %s %b
// trailers), then the names `--name-only -z` lists, each ended by NUL. A quarter holds thousands
// of records and a report waits on this parse, so it reads fields by offset in the one string
// git gave, slicing only the values it keeps (a merge's body, say, only for its first line).
import type { ShippedItem } from './shipped';
import { parseSubject } from './subject';
import { localDate } from './zone';

export interface LoggedCommit {
  /** Commit time in ms. */
  at: number;
  item: ShippedItem;
  parents: string[];
}

const RECORD = '\x1e';
const FIELD = '\x1f';
// Most commits carry no trailer: they share one empty list, which nobody changes.
const NO_TRAILERS: string[] = Object.freeze([]) as unknown as string[];

/** Parses the output of `shippedLogArgs`, newest first, keeping each commit time. */
export function parseShippedLog(out: string, timeZone: string): LoggedCommit[] {
  const entries: LoggedCommit[] = [];
  for (let start = out.indexOf(RECORD); start !== -1; ) {
    const next = out.indexOf(RECORD, start + 1);
    const end = next === -1 ? out.length : next;
    entries.push(parseRecord(out, start + 1, end, timeZone));
    start = next;
  }
  return entries;
}

// Called once per commit of the window, so it avoids splits, spreads and chains.
function parseRecord(out: string, start: number, end: number, timeZone: string): LoggedCommit {
  const cuts = fieldEnds(out, start, end);
  const field = (i: number): string => out.slice(i === 0 ? start : cuts[i - 1] + 1, cuts[i]);
  const sha = field(0);
  const parents = field(1).trim();
  const parentList = parents ? parents.split(' ') : [];
  const title = parentList.length > 1 ? firstLine(field(5)) : undefined;
  const subject = field(4);
  const facts = parseSubject(subject, parentList.length, title);
  const at = Number(field(2)) * 1000;
  const item: ShippedItem = { sha, subject, kind: facts.kind, trailerInitiatives: splitTrailers(field(6)), files: fileList(out, cuts[6] + 1, cuts[7]), date: localDate(at, timeZone), author: field(3) };
  if (title && facts.pr !== undefined) item.title = title;
  if (facts.pr !== undefined) item.pr = facts.pr;
  if (facts.branch !== undefined) item.branch = facts.branch;
  if (facts.type !== undefined) item.type = facts.type;
  if (facts.scope !== undefined) item.scope = facts.scope;
  return { at, item, parents: parentList };
}

/**
 * The first three fields of the window-log record whose separator is at `start` (%H, %P, %ct),
 * by offset, for the scans that run before the parse: the shas' ends and the commit time in ms.
 */
export function recordHead(out: string, start: number): { shaEnd: number; parentsEnd: number; at: number } {
  const shaEnd = out.indexOf(FIELD, start);
  const parentsEnd = out.indexOf(FIELD, shaEnd + 1);
  return { shaEnd, parentsEnd, at: Number(out.slice(parentsEnd + 1, out.indexOf(FIELD, parentsEnd + 1))) * 1000 };
}

/** The `Initiative:` trailer values of a `%(trailers:…,separator=%x1d)` field. */
export function splitTrailers(text: string): string[] {
  if (!text || !text.trim()) return NO_TRAILERS;
  return text.split('\x1d').map((t) => t.trim()).filter(Boolean);
}

/** The offsets that end the seven fields and the name list; a missing field ends at the record's end. */
function fieldEnds(out: string, start: number, end: number): number[] {
  const cuts: number[] = [];
  let at = start - 1;
  for (let i = 0; i < 8; i++) {
    const found = at < end ? out.indexOf(FIELD, at + 1) : -1;
    at = found === -1 || found > end ? end : found;
    cuts.push(at);
  }
  return cuts;
}

function firstLine(body: string): string | undefined {
  for (const line of body.split('\n')) if (line.trim()) return line.trim();
  return undefined;
}

// `-z` ends each name with NUL; the names follow a NUL and the newline that closes the format.
function fileList(out: string, start: number, end: number): string[] {
  const files: string[] = [];
  for (let from = start; from < end; ) {
    let nul = out.indexOf('\0', from);
    if (nul === -1 || nul > end) nul = end;
    const name = out.charCodeAt(from) === 10 ? from + 1 : from;
    if (nul > name) files.push(out.slice(name, nul));
    from = nul + 1;
  }
  return files;
}
