// The editor's slip ledger over the whole first-parent history, kept between reads: once read,
// a later read walks only the commits HEAD gained since, never the whole history again.
import type { SlipLedger } from '../model';
import { ledgerFromLog } from './ledger';
import { readHead, readLedgerLog } from './ledgerRead';
import type { LogRecord } from './logFormat';
import { readGit, type GitOptions } from './run';

export class LedgerFollower {
  private seen?: { head: string; records: LogRecord[] };

  /** The ledger at HEAD. `reads` names each git range walked, for tests and the benchmark. */
  async read(root: string, timeZone: string, options: GitOptions = {}, reads?: string[]): Promise<SlipLedger> {
    const head = await readHead(root, options);
    if (!head) {
      this.seen = undefined;
      return new Map();
    }
    const records = await this.recordsUpTo(root, head.sha, options, reads);
    this.seen = { head: head.sha, records };
    return ledgerFromLog(records, timeZone);
  }

  private async recordsUpTo(root: string, head: string, options: GitOptions, reads?: string[]): Promise<LogRecord[]> {
    const seen = this.seen;
    if (seen?.head === head) return seen.records;
    if (seen) {
      reads?.push(`${seen.head.slice(0, 7)}..${head.slice(0, 7)}`);
      // Both walk only the new commits; the gained log is kept only when HEAD moved forward on its first-parent line.
      const [descends, gained] = await Promise.allSettled([
        descendsFirstParent(root, seen.head, head, options),
        readLedgerLog(root, head, { after: seen.head }, options),
      ]);
      if (descends.status === 'fulfilled' && descends.value && gained.status === 'fulfilled')
        return [...seen.records, ...gained.value];
    }
    // First read, or HEAD moved elsewhere (a reset, a rebase, another branch): the whole history once.
    reads?.push(`${head.slice(0, 7)} (whole history)`);
    return readLedgerLog(root, head, {}, options);
  }
}

/** Whether `ancestor` is on the first-parent line of `tip`: the oldest commit of `ancestor..tip` on that line has it as first parent. */
async function descendsFirstParent(root: string, ancestor: string, tip: string, options: GitOptions): Promise<boolean> {
  const out = await readGit(
    root,
    ['rev-list', '--first-parent', '--parents', '--reverse', '--end-of-options', `${ancestor}..${tip}`, '--'],
    options,
  );
  const [, firstParent] = (out.split('\n', 1)[0] ?? '').split(' ');
  return firstParent === ancestor;
}
