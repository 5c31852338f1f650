// What the lead is told when a save wrote some of its files and then failed: a save writes the
// week's status file and then each initiative file, one at a time, and no editor can undo them as one.

/**
 * Says which files were written, which one failed and why, and which were not tried, so the lead
 * knows exactly what is on disk. Saving again is safe: what was written is found already there.
 */
export function partialSaveMessage(
  written: readonly string[],
  failed: string,
  reason: string,
  notTried: readonly string[],
): string {
  const list = (files: readonly string[]) =>
    files.length === 1 ? files[0] : `${files.slice(0, -1).join(', ')} and ${files[files.length - 1]}`;
  const rest =
    notTried.length > 0 ? ` ${list(notTried)} ${notTried.length === 1 ? 'was' : 'were'} not written either.` : '';
  return (
    `Saved only in part: ${list(written)} ${written.length === 1 ? 'was' : 'were'} written, but ${failed} was not: ${reason}${rest} ` +
    'Your form keeps every change: fix that, then Save again (what was written is not written twice).'
  );
}
