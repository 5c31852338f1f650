// Reads a workspace folder's `.delivery/` from disk (editor buffers may replace files) into the model.

import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stampOf, type DeliveryFolderCache } from './cache';
import { DeliveryError } from './errors';
import type { DeliveryModel } from './model';
import { parseDeliveryFiles, schema } from './parse/deliveryFiles';
import { classify, MAX_FILE_BYTES, TOO_LARGE } from './parse/files';
import { siblingFindings } from './siblings';

export { parseDeliveryFiles };

// The files are read synchronously: the parse that follows blocks far longer, and promise-based
// reads of thousands of small files cost several times the CPU of the reads themselves.

const DELIVERY = '.delivery';
const utf8 = new TextDecoder('utf-8', { fatal: true });

type Read = { path: string; text: string } | { path: string; problem: string };

/**
 * Every entry under `dir` except folders, which are walked (links are listed, never followed). A
 * folder that cannot be read, or that has a plan file's name, is a problem of its own.
 */
function listFiles(root: string, dir: string, problems: Read[]): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch (error) {
    // Without .delivery/ itself there is no plan to tell: an error, not a finding.
    if (dir === DELIVERY)
      throw new DeliveryError(`.delivery/ in ${root} cannot be read (${codeOf(error)}).`, 'Check its permissions.');
    problems.push({ path: dir, problem: `This folder cannot be read (${codeOf(error)}): check its permissions` });
    return [];
  }
  return entries.flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (!entry.isDirectory()) return [path];
    if (PLAN_FILES.has(classify(path))) {
      problems.push({ path, problem: 'This is a folder, not a YAML file: remove it, or put the file itself here' });
      return [];
    }
    return listFiles(root, path, problems);
  });
}

const PLAN_FILES = new Set(['config', 'initiative', 'initiative-list', 'status', 'debt', 'investments']);

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

/**
 * One file of the plan (`path` relative to `root`), or why it is not read.
 * A link could pull in any file of the machine, so the plan must hold its files itself.
 */
export function readPlanText(root: string, path: string, cache?: DeliveryFolderCache): Read {
  try {
    const info = lstatSync(join(root, path));
    if (info.isSymbolicLink())
      return { path, problem: 'This is a symbolic link, and links are not followed: put the file itself here' };
    if (!info.isFile()) return { path, problem: 'This is not a regular file: replace it with a YAML file' };
    if (info.size > MAX_FILE_BYTES) return { path, problem: TOO_LARGE };
    const known = cache?.textOnDisk(path, stampOf(info));
    if (known !== undefined) return { path, text: known };
    const text = utf8.decode(readFileSync(join(root, path)));
    cache?.rememberRead(path, info, text);
    return { path, text };
  } catch (error) {
    if (error instanceof TypeError) return { path, problem: 'This file is not UTF-8 text: save it as UTF-8' };
    return { path, problem: `This file cannot be read (${codeOf(error)}): check its permissions` };
  }
}

// Generated and foreign files are only named to the parser (it may warn about them), never read;
// a link is read (and refused) wherever it sits, since a linked folder hides what it holds.
function isSkipped(root: string, path: string): boolean {
  const kind = classify(path);
  if (kind !== 'generated' && kind !== 'other') return false;
  try {
    return !lstatSync(join(root, path)).isSymbolicLink();
  } catch {
    return true;
  }
}

function assertFolder(root: string): void {
  const info = statSync(root, { throwIfNoEntry: false });
  if (!info?.isDirectory())
    throw new DeliveryError(`Folder not found: ${root}`, 'Pass the workspace folder that holds .delivery/.');
  const delivery = lstatSync(join(root, DELIVERY), { throwIfNoEntry: false });
  // Like every link inside it, a linked .delivery/ could pull in files from anywhere on the machine.
  if (delivery?.isSymbolicLink()) {
    throw new DeliveryError(
      `.delivery in ${root} is a symbolic link, and links are not followed.`,
      'Put the .delivery/ folder itself in the repository.',
    );
  }
  if (!delivery?.isDirectory()) {
    throw new DeliveryError(
      `No .delivery/ folder in ${root}`,
      'Create one with the "Create Delivery Folder" command, or pass the folder that holds it.',
    );
  }
}

/**
 * Reads `root/.delivery/**`. Bad content never throws: it becomes `model.problems`.
 * Throws DeliveryError only when `root` or `root/.delivery` is not a folder.
 * `overrides` maps a relative path (`.delivery/initiatives/x.yaml`) to unsaved text; new paths are added.
 * `cache`, kept by the caller for this folder, spares reading and parsing the files unchanged since its last use.
 */
export async function loadDeliveryFolder(
  root: string,
  overrides: ReadonlyMap<string, string> = new Map(),
  cache?: DeliveryFolderCache,
): Promise<DeliveryModel> {
  assertFolder(root);
  const unlisted: Read[] = [];
  const paths = new Set(listFiles(root, DELIVERY, unlisted));
  for (const path of overrides.keys()) if (path.startsWith(`${DELIVERY}/`)) paths.add(path);
  const reads = [...paths].map((path): Read => {
    const text = overrides.get(path) ?? (isSkipped(root, path) ? '' : undefined);
    return text !== undefined ? { path, text } : readPlanText(root, path, cache);
  });
  cache?.keepOnly(paths);
  const texts = reads.flatMap((r) => ('text' in r ? [r] : []));
  const model = parseDeliveryFiles(root, texts, cache);
  model.problems.push(...[...unlisted, ...reads].flatMap((r) => ('problem' in r ? [schema(r.path, r.problem)] : [])));
  model.problems.push(...siblingFindings(root, model.config));
  return model;
}
