// The git reads a report can start before the plan is loaded, when its window does not depend on
// the plan: the plan-history log, and the window's log on the branch and in the time zone that
// config.yaml names. Git then walks the history while the .delivery/ files are parsed.
import { addDays } from '../dates';
import { startLedgerLog, startLedgerRead, type LedgerRead } from '../git/ledgerRead';
import { startPreflight } from '../git/preflight';
import { isSafeRef } from '../git/run';
import { startShipped, startWindowLog, type ShippedRead, type StartedWindowLog, type WindowLog } from '../git/shipped';
import type { IsoDate } from '../model';
import { peekBranch, peekConfig, readConfigText } from './planConfig';

export interface EarlyReads {
  ledger: LedgerRead;
  /** The window's log, spanning the window in every time zone: read again only on another branch. */
  log?: StartedWindowLog;
  /** Usable only when the loaded plan names the same branch and time zone. */
  shipped?: { branch: string; timeZone: string; read: ShippedRead };
}

type Window = { since: IsoDate; until: IsoDate };

/** Resolves once the git processes asked for so far have been spawned (simple-git spawns from microtasks). */
function spawned(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Starts the reads before any synchronous parsing: the two logs, the longer first (the window's
 * beyond two weeks, else the plan history's 90 days), then the checks of HEAD and the branch in
 * one process. Only then is config.yaml parsed for its time zone, and the window's items read in
 * it while the plan loads.
 */
export async function startEarlyReads(root: string, window: Window, ledgerSince: IsoDate, signal?: AbortSignal): Promise<EarlyReads> {
  const git = { signal };
  const configText = readConfigText(root);
  const branch = peekBranch(configText);
  if (!isSafeRef(branch)) return { ledger: startLedgerRead(root, ledgerSince, git) };
  const windowFirst = addDays(window.since, 14) <= window.until;
  const early = windowFirst ? startWindowLog(root, window, branch, git) : undefined;
  const changes = startLedgerLog(root, ledgerSince, git);
  const windowLog: WindowLog = early ?? startWindowLog(root, window, branch, git);
  const preflight = startPreflight(root, branch, git);
  const ledger = startLedgerRead(root, ledgerSince, git, { changes, head: preflight.head });
  const log = { ...windowLog, readable: preflight.branchReadable };
  await spawned();
  const timeZone = peekConfig(configText).timezone;
  const read = startShipped(root, window, { branch, timeZone, signal, started: log });
  // Observed here: the plan may fail to load, or name another branch or zone, and then nobody awaits it.
  for (const items of [read.items, read.landed]) items.catch(() => undefined);
  await spawned();
  return { ledger, log, shipped: { branch, timeZone, read } };
}
