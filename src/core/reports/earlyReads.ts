// The git reads a report can start before the plan is loaded, when its window does not depend on
// the plan: the plan-history log, and the window's log on the branch and in the time zone that
// config.yaml names. Git then walks the history while the .delivery/ files are parsed.
import { startLedgerRead, type LedgerRead } from '../git/ledgerRead';
import { readShipped, type ShippedItem } from '../git/shipped';
import type { IsoDate } from '../model';
import { peekConfig } from './planConfig';

export interface EarlyReads {
  ledger: LedgerRead;
  /** Usable only when the loaded plan names the same branch and time zone. */
  shipped: { branch: string; timeZone: string; items: Promise<ShippedItem[]> };
}

/** Resolves once the git processes asked for so far have been spawned (simple-git spawns from microtasks). */
function spawned(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Starts the reads, each git process spawned before the synchronous work that follows it: the
 * plan-history log (the longest) before config.yaml is parsed, the window's log before the plan.
 */
export async function startEarlyReads(root: string, window: { since: IsoDate; until: IsoDate }, ledgerSince: IsoDate, signal?: AbortSignal): Promise<EarlyReads> {
  const ledger = startLedgerRead(root, ledgerSince, { signal });
  await spawned();
  const { branch, timezone } = peekConfig(root);
  const items = readShipped(root, window, { branch, timeZone: timezone, signal });
  // Observed here: the plan may fail to load, or name another branch, and then nobody awaits it.
  items.catch(() => undefined);
  await spawned();
  return { ledger, shipped: { branch, timeZone: timezone, items } };
}
