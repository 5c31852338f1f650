// Everything a report reads, in one straight path: load the plan (as it stood on the report's
// day), then read from git (when allowed) side by side the shipped work of a window (in the plan's
// repository and its siblings), the slip ledger and the remote for links, then map the shipped
// work to the initiatives.
import { addDays, quarterOf, quarterRange } from '../dates';
import { readSlipLedger } from '../git/ledger';
import { readRemoteLinks, type RemoteLinks } from '../git/remote';
import type { ShippedItem } from '../git/shipped';
import { allInOrder } from '../inOrder';
import { loadDeliveryFolder } from '../load';
import { mapShipped, type Mapping } from '../mapping';
import type { DeliveryModel, IsoDate, SlipLedger } from '../model';
import { ownRepoName } from '../parse/repoNames';
import { planAsItStood, WORKING_TREE, type PlanSource } from './planAsItStood';
import { planFileNote } from './planFileNote';
import { peekConfig, readConfigText } from './planConfig';
import { checkPlanZone, withKnownZone } from './planZone';
import { readTeamShipped, unreadRepos, type RepoRow } from './repos';
import { toldAsOf } from './toldAsOf';

/** The plan a report is told with, before anything is read from git for it. */
export interface ReportPlan {
  model: DeliveryModel;
  /** The day the report is told as of: the as-of date, or the window's last day when that is earlier. */
  asOf: IsoDate;
  /** Where the plan comes from: the commit of that day, or the working tree. */
  plan: PlanSource;
  window?: Window;
}

export interface ReportInputs extends ReportPlan {
  /** Undefined when git was not read; `gitNote` then says why. */
  ledger?: SlipLedger;
  mapping?: Mapping;
  /** What each initiative shipped in the outcome signal's look-back up to the as-of day (see signals/outcomes.ts). */
  recent?: Map<string, ShippedItem[]>;
  remote?: RemoteLinks;
  /** The pull-request links of each sibling repository read, by name. */
  siblingRemotes?: ReadonlyMap<string, RemoteLinks | undefined>;
  /** The plan's own repository, then each sibling of `repos:`, read or with why not. */
  repos: RepoRow[];
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
  /** The window of shipped work to read, fixed or computed from the plan; none reads no shipped work. */
  window?: Window | ((model: DeliveryModel) => Promise<Window> | Window);
}

export const RESTRICTED_NOTE =
  'Shipped work and plan history come from git, which runs only in a trusted workspace: trust this folder to include them.';

/** Reports look back at most to the quarter start, 90 days (churn) or the window: older history is not read. */
export function ledgerSince(asOf: IsoDate, window?: Window): IsoDate {
  const days = [quarterRange(quarterOf(asOf)).start, addDays(asOf, -89), ...(window ? [window.since] : [])];
  return days.sort()[0];
}

export async function gatherInputs(root: string, options: InputOptions): Promise<ReportInputs> {
  return readReportGit(root, await loadReportPlan(root, options), options);
}

/**
 * The plan of the report's day: from git for a past window (see planAsItStood.ts), else the working
 * tree. Refused when the working tree's config.yaml names an unknown time zone (see planZone.ts).
 */
export async function loadReportPlan(root: string, options: InputOptions): Promise<ReportPlan> {
  const fixed = typeof options.window === 'object' ? options.window : undefined;
  const told = toldAsOf(options.asOf, fixed);
  // The working tree's config.yaml says where to look for the plan of a past day, and in which zone.
  const config = options.useGit && told < options.asOf ? peekConfig(readConfigText(root)) : undefined;
  if (config) checkPlanZone(config);
  const stood =
    config &&
    (await planAsItStood(root, told, { branch: config.branch, timeZone: config.timezone, signal: options.signal }));
  const model = stood ? withKnownZone(stood.model, config) : await loadDeliveryFolder(root);
  checkPlanZone(model.config);
  const window = typeof options.window === 'function' ? await options.window(model) : fixed;
  return { model, asOf: told, plan: withFileNote(stood?.plan ?? WORKING_TREE, model), ...(window ? { window } : {}) };
}

/** The plan's source with a line naming the files it could not read in full, after any note it has. */
function withFileNote(plan: PlanSource, model: DeliveryModel): PlanSource {
  const files = planFileNote(model);
  return files ? { ...plan, note: plan.note ? `${plan.note} ${files}` : files } : plan;
}

/**
 * The window's shipped work, the plan history and the remote, read side by side, then mapped. Git
 * that cannot be read (no repository, no commits, a shallow clone) stops the report: the caller
 * says so, or writes it from the files alone with `filesOnly` naming the reason.
 */
export async function readReportGit(root: string, plan: ReportPlan, options: InputOptions): Promise<ReportInputs> {
  const { config } = plan.model;
  if (!options.useGit)
    return { ...plan, repos: unreadRepos(root, config), gitNote: options.filesOnly ?? RESTRICTED_NOTE };
  const { timezone } = config;
  const { signal } = options;
  // Siblings are read beside the plan's own repository; one that fails is a note, never the report's failure.
  // One read covers the window and the outcome signal's look-back, whichever starts first.
  const lookBack = { since: addDays(plan.asOf, 1 - config.outcomeSignal.days), until: plan.asOf };
  const read = plan.window ? spanOf(plan.window, lookBack) : lookBack;
  const [team, ledger, remote] = await allInOrder([
    readTeamShipped(root, config, read, signal),
    // Up to the day told as of, as the plan is: a past week knows nothing of a later rename or removal.
    readSlipLedger(root, { signal, timeZone: timezone, since: ledgerSince(plan.asOf, plan.window), until: plan.asOf }),
    readRemoteLinks(root, { signal }),
  ] as const);
  const all = mapShipped(team.items, plan.model.initiatives, ownRepoName(root));
  return {
    ...plan,
    ledger,
    remote,
    repos: team.repos,
    siblingRemotes: team.remotes,
    mapping: plan.window ? mappingWithin(all, plan.window) : mapShipped([], plan.model.initiatives),
    recent: mappingWithin(all, lookBack).byInitiative,
  };
}

function spanOf(a: Window, b: Window): Window {
  return { since: a.since < b.since ? a.since : b.since, until: a.until > b.until ? a.until : b.until };
}

/** The part of a mapping shipped within the window's days. */
function mappingWithin(mapping: Mapping, window: Window): Mapping {
  const inside = (items: ShippedItem[]) => items.filter((i) => i.date >= window.since && i.date <= window.until);
  return {
    byInitiative: new Map([...mapping.byInitiative].map(([id, items]) => [id, inside(items)])),
    other: inside(mapping.other),
  };
}
