// Writes a report atomically: a temp file in the same folder, then a rename, so a reader never
// sees half a report and a failed write leaves the old file as it was.
import { randomBytes } from 'node:crypto';
import { lstat, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DeliveryError } from '../errors';

export async function writeAtomic(path: string, text: string): Promise<void> {
  const folder = dirname(path);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory())
    throw new DeliveryError(
      `Cannot write ${path}: the folder ${folder} does not exist.`,
      'Create the folder or choose another --out path.',
    );
  const existing = await lstat(path).catch(() => undefined);
  if (existing?.isDirectory())
    throw new DeliveryError(`Cannot write ${path}: it is a folder.`, 'Give a file name, e.g. weekly.md.');
  // Replacing a link would silently cut it, and a device or pipe is no report file: refuse both.
  if (existing?.isSymbolicLink())
    throw new DeliveryError(
      `Cannot write ${path}: it is a symbolic link, which would be replaced.`,
      'Give the path of the file itself, or another --out path.',
    );
  if (existing && !existing.isFile())
    throw new DeliveryError(`Cannot write ${path}: it is not a regular file.`, 'Give a file name, e.g. weekly.md.');
  const temp = join(folder, `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new DeliveryError(`Cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
