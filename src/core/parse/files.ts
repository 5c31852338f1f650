// Which file of `.delivery/` is what, and the checks a single file's text needs before YAML.

export type FileKind =
  'config' | 'initiative' | 'initiative-list' | 'status' | 'debt' | 'investments' | 'generated' | 'other';

/** Above this a file is not a plan but an accident (or an attack); it is reported, not parsed. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** The same words whether the size is seen on disk or in an editor's unsaved text. */
export const TOO_LARGE = 'This file is larger than 1 MiB: split it or remove what is not plan data';

/** A plan file git gives no text for (it holds NUL bytes or is over the size limit): git does not say which. */
export const NO_TEXT_IN_GIT =
  'As committed, this file is binary or larger than 1 MiB, so it is not read: commit it as YAML text under 1 MiB';

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function classify(path: string): FileKind {
  if (path === '.delivery/config.yaml') return 'config';
  if (path === '.delivery/initiatives.yaml') return 'initiative-list';
  if (/^\.delivery\/initiatives\/[^/]+\.yaml$/.test(path)) return 'initiative';
  if (/^\.delivery\/status\/[^/]+\.yaml$/.test(path)) return 'status';
  if (path === '.delivery/debt.yaml') return 'debt';
  if (/^\.delivery\/investments\/[^/]+\.yaml$/.test(path)) return 'investments';
  if (/^\.delivery\/(updates|reviews)\//.test(path)) return 'generated';
  return 'other';
}

/** Why a file the reader does not use deserves a word, or undefined when it can rest (a README). */
export function unusedFileReason(path: string): string | undefined {
  if (/\.yml$/.test(path)) return 'Files in .delivery/ must end in .yaml: rename this file so it is read';
  if (/^\.delivery\/(initiatives|status|investments)\//.test(path)) {
    return 'This file is not read: initiatives/, status/ and investments/ hold only <name>.yaml files, with no subfolders';
  }
  return undefined;
}

export function isValidId(id: string): boolean {
  return ID_RE.test(id);
}

/** The file name without its folder and `.yaml`: an initiative's id (`initiatives/payments.yaml` → `payments`) or a status file's week. */
export function fileStem(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.yaml$/, '');
}

/** A reason the text cannot be read as YAML at all (binary, too large), or undefined. */
export function unreadableReason(text: string): string | undefined {
  if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) return TOO_LARGE;
  if (text.includes('\u0000')) return 'This file is binary, not YAML text: replace it with a text file';
  return undefined;
}
