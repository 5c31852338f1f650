// Reads a workspace folder's `.delivery/` from disk (editor buffers may replace files) into the model.

import type { Stats } from 'node:fs';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliveryFolderCache, FileStamp } from './cache';
import { DeliveryError } from './errors';
import type { DeliveryModel, Finding } from './model';
import { parseDeliveryFiles } from './parse/deliveryFiles';
import { classify, MAX_FILE_BYTES } from './parse/files';

export { parseDeliveryFiles };

const DELIVERY = '.delivery';
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Files read at once: enough to keep the disk busy, few enough to stay far below any open-file limit. */
const READS_AT_ONCE = 32;

/** Every entry under `dir` except folders, which are walked (links are listed, never followed). */
async function listFiles(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = `${dir}/${entry.name}`;
      return entry.isDirectory() ? listFiles(root, path) : Promise.resolve([path]);
    }),
  );
  return nested.flat();
}

type Read = { path: string; text: string } | { path: string; problem: string };

function stampOf(info: Stats): FileStamp {
  return `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
}

// A link could pull in any file of the machine, so the plan must hold its files itself.
async function readText(root: string, path: string, cache?: DeliveryFolderCache): Promise<Read> {
  try {
    const info = await lstat(join(root, path));
    if (info.isSymbolicLink()) return { path, problem: 'This is a symbolic link, and links are not followed: put the file itself here' };
    if (!info.isFile()) return { path, problem: 'This is not a regular file: replace it with a YAML file' };
    if (info.size > MAX_FILE_BYTES) return { path, problem: 'This file is larger than 1 MiB: split it or remove what is not plan data' };
    const stamp = stampOf(info);
    const known = cache?.textOnDisk(path, stamp);
    if (known !== undefined) return { path, text: known };
    const text = utf8.decode(await readFile(join(root, path)));
    cache?.rememberRead(path, stamp, text);
    return { path, text };
  } catch (error) {
    if (error instanceof TypeError) return { path, problem: 'This file is not UTF-8 text: save it as UTF-8' };
    return { path, problem: `This file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): check its permissions` };
  }
}

/** `work` over every item with at most `limit` running at once, results in the items' order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// Generated and foreign files are only named to the parser (it may warn about them), never read;
// a link is read (and refused) wherever it sits, since a linked folder hides what it holds.
async function isSkipped(root: string, path: string): Promise<boolean> {
  const kind = classify(path);
  if (kind !== 'generated' && kind !== 'other') return false;
  return !(await lstat(join(root, path)).catch(() => undefined))?.isSymbolicLink();
}

async function assertFolder(root: string): Promise<void> {
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new DeliveryError(`Folder not found: ${root}`, 'Pass the workspace folder that holds .delivery/.');
  const delivery = await stat(join(root, DELIVERY)).catch(() => undefined);
  if (!delivery?.isDirectory()) {
    throw new DeliveryError(`No .delivery/ folder in ${root}`, 'Create one with the "Create Delivery Folder" command, or pass the folder that holds it.');
  }
}

/**
 * Reads `root/.delivery/**`. Bad content never throws: it becomes `model.problems`.
 * Throws DeliveryError only when `root` or `root/.delivery` is not a folder.
 * `overrides` maps a relative path (`.delivery/initiatives/x.yaml`) to unsaved text; new paths are added.
 * `cache`, kept by the caller for this folder, spares reading and parsing the files unchanged since its last use.
 */
export async function loadDeliveryFolder(root: string, overrides: ReadonlyMap<string, string> = new Map(), cache?: DeliveryFolderCache): Promise<DeliveryModel> {
  await assertFolder(root);
  const paths = new Set(await listFiles(root, DELIVERY));
  for (const path of overrides.keys()) if (path.startsWith(`${DELIVERY}/`)) paths.add(path);
  const reads = await mapLimited([...paths], READS_AT_ONCE, async (path): Promise<Read> => {
    const text = overrides.get(path) ?? ((await isSkipped(root, path)) ? '' : undefined);
    return text !== undefined ? { path, text } : readText(root, path, cache);
  });
  cache?.keepOnly(paths);
  const texts = reads.flatMap((r) => ('text' in r ? [r] : []));
  const model = parseDeliveryFiles(root, texts, cache);
  const unreadable: Finding[] = reads.flatMap((r) =>
    'problem' in r ? [{ file: r.path, range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } }, severity: 'error' as const, code: 'schema' as const, message: r.problem }] : [],
  );
  model.problems.push(...unreadable);
  return model;
}
