// Everything a report reads, gathered once: the model, and from git (when allowed) the shipped
// work of a window, its mapping, the slip ledger and the remote for links.
import { addDays, quarterOf, quarterRange } from '../dates';
import { readSlipLedger } from '../git/ledger';
import { readRemoteLinks, type RemoteLinks } from '../git/remote';
import { startShipped, type ShippedRead } from '../git/shipped';
import { loadDeliveryFolder } from '../load';
import { createMapper, type Mapping } from '../mapping';
import type { DeliveryModel, IsoDate, SlipLedger } from '../model';
import { startEarlyReads } from './earlyReads';
import { planAsItStood, WORKING_TREE, type PlanSource } from './planAsItStood';
import { peekConfig, readConfigText } from './planConfig';

export interface ReportInputs {
  model: DeliveryModel;
  /** The day the report is told as of: the as-of date, or the window's last day when that is earlier. */
  asOf: IsoDate;
  /** Where the plan comes from: the commit of that day, or the working tree. */
  plan: PlanSource;
  window?: Window;
  /** Undefined when git was not read; `gitNote` then says why. */
  ledger?: SlipLedger;
  mapping?: Mapping;
  remote?: RemoteLinks;
  gitNote?: string;
}

export interface Window {
  since: IsoDate;
  until: IsoDate;
}

export interface InputOptions {
  asOf: IsoDate;
  useGit: boolean;
  /** Why git is not used, told in the report when `useGit` is false (default: Restricted Mode). */
  filesOnly?: string;
  signal?: AbortSignal;
  /**
   * The window of shipped work to read; none reads no shipped work. A fixed window lets the plan
   * history be read from git while the plan loads; a function of the model waits for the plan.
   */
  window?: Window | ((model: DeliveryModel) => Promise<Window> | Window);
}

export const RESTRICTED_NOTE = 'Shipped work and plan history come from git, which runs only in a trusted workspace: trust this folder to include them.';

/** Reports look back at most to the quarter start, 90 days (churn) or the window: older history is not read. */
export function ledgerSince(asOf: IsoDate, window?: Window): IsoDate {
  const days = [quarterRange(quarterOf(asOf)).start, addDays(asOf, -89), ...(window ? [window.since] : [])];
  return days.sort()[0];
}

/** The branch and time zone the working tree's config.yaml names: where to look for the plan of a past day. */
function configOf(root: string): { branch: string; timeZone: string } {
  const config = peekConfig(readConfigText(root));
  return { branch: config.branch, timeZone: config.timezone };
}

export async function gatherInputs(root: string, options: InputOptions): Promise<ReportInputs> {
  const fixed = typeof options.window === 'object' ? options.window : undefined;
  const early = options.useGit && fixed ? await startEarlyReads(root, fixed, ledgerSince(options.asOf, fixed), options.signal) : undefined;
  // A past window is told with its own plan (see planAsItStood.ts); git runs for it only where allowed.
  const told = fixed && fixed.until < options.asOf ? fixed.until : options.asOf;
  const stood = options.useGit && told < options.asOf ? await planAsItStood(root, told, { ...configOf(root), signal: options.signal }) : undefined;
  const model = stood?.model ?? (await loadDeliveryFolder(root));
  const window = typeof options.window === 'function' ? await options.window(model) : fixed;
  const inputs: ReportInputs = { model, asOf: told, plan: stood?.plan ?? WORKING_TREE, ...(window ? { window } : {}) };
  if (!options.useGit) return { ...inputs, gitNote: options.filesOnly ?? RESTRICTED_NOTE };
  const { branch, timezone } = model.config;
  const started = early?.shipped?.branch === branch && early.shipped.timeZone === timezone ? early.shipped.read : undefined;
  const shipped: ShippedRead | undefined = started ?? (window ? startShipped(root, window, { branch, timeZone: timezone, signal: options.signal, ...(early?.log ? { started: early.log } : {}) }) : undefined);
  const mapper = createMapper(model.initiatives);
  // The rules run on the window's items while git still walks the merged branches.
  shipped?.landed.then((items) => mapper.prepare(items), () => undefined);
  // Independent reads run side by side: the window's log, the plan history and the remote. Git
  // that cannot be read (no repository, no commits, a shallow clone) stops the report: the caller
  // says so, or writes it from the files alone with `filesOnly` naming the reason.
  const [items, ledger, remote] = await Promise.all([
    shipped?.items ?? [],
    readSlipLedger(root, { signal: options.signal, timeZone: timezone, since: ledgerSince(options.asOf, window), ...(early ? { read: early.ledger } : {}) }),
    readRemoteLinks(root, { signal: options.signal }),
  ]);
  inputs.ledger = ledger;
  inputs.remote = remote;
  inputs.mapping = mapper.map(items);
  return inputs;
}
