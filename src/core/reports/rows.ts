// The JSON rows shared by the three reports: a shipped item, an initiative, a change.
import type { RemoteLinks } from '../git/remote';
import { pullRequestUrl } from '../git/remote';
import type { ShippedItem } from '../git/shipped';
import { readableSubject } from '../git/subject';
import type { WeekHealth } from '../health';
import type { Initiative, InitiativeStatus, IsoDate, LedgerEntry, SlipLedger } from '../model';
import { removalsBetween, targetEnd, valueOn } from '../signals/history';
import { mainRisk, ownerName, riskText, targetText } from '../view/details';
import { titleOf } from '../view/grouping';

export interface ShippedRef {
  sha: string;
  /** The commit subject, or a merge's pull-request title. */
  subject: string;
  /** `subject` as an executive reads it: no conventional-commit prefix, no trailing (#N). */
  title: string;
  /** The conventional-commit type (feat, fix, chore, ci, …), when the subject has one. */
  type: string | null;
  /** The other initiatives the same change is listed under (it is counted once). */
  alsoIn: string[];
  pr: number | null;
  url: string | null;
  kind: ShippedItem['kind'];
  date: IsoDate;
  author: string;
  /** The sibling repository (config.yaml `repos:`) it landed in; absent for the plan's own repository. */
  repo?: string;
}

export interface InitiativeRow {
  id: string;
  title: string;
  owner: string | null;
  /** The week's health (see health.ts), the same on every surface. */
  status: InitiativeStatus;
  /** Where `status` comes from: the week's status entry, an earlier week's (carried over), or the initiative file. */
  statusSource: WeekHealth['source'];
  /** The week of the status entry it comes from, when there is one. */
  statusWeek: string | null;
  target: string | null;
  priority: number | null;
  why: string | null;
  mainRisk: string | null;
}

export interface ChangeRow {
  initiative: string;
  /** A plan field changed by a commit, `health` from one week's status to the next, `added` for a new initiative, `removed` for one that left the plan. */
  field: LedgerEntry['field'] | 'health' | 'added';
  from: string | null;
  to: string | null;
  date: IsoDate;
  sha: string;
  /** Why: the plan commit's subject, or for a health change the status file's commit subject. */
  reason: string | null;
  /** For an `outcome` change: the day the new value was measured (its `outcome.measured`, else the commit's day). */
  measured?: IsoDate;
  /** For a `status` change: the earlier week whose status file already gave that health, so it is not news. */
  reportedIn?: string;
  /** For `removed` (`from` is the target it had): its title, since the report's initiatives no longer hold it. */
  title?: string;
  /** For `removed`: the last day of the target it had, and its plan status then. */
  due?: IsoDate | null;
  status?: string | null;
}

export function shippedRef(item: ShippedItem, remote: RemoteLinks | undefined, alsoIn: string[] = []): ShippedRef {
  return {
    sha: item.sha,
    subject: item.title ?? item.subject,
    title: readableSubject(item.title ?? item.subject),
    type: item.type ?? null,
    alsoIn,
    pr: item.pr ?? null,
    url: pullRequestUrl(remote, item.pr) ?? null,
    kind: item.kind,
    date: item.date,
    author: item.author,
    ...(item.repo !== undefined ? { repo: item.repo } : {}),
  };
}

/** The pull-request links of the repository the item landed in. */
export function linksFor(
  item: ShippedItem,
  inputs: { remote?: RemoteLinks; siblingRemotes?: ReadonlyMap<string, RemoteLinks | undefined> },
): RemoteLinks | undefined {
  return item.repo === undefined ? inputs.remote : inputs.siblingRemotes?.get(item.repo);
}

/** The initiative as a report row, with its health in the report's week. */
export function initiativeRow(initiative: Initiative, health: WeekHealth): InitiativeRow {
  const risk = mainRisk(initiative);
  return {
    id: initiative.id,
    title: titleOf(initiative),
    owner: ownerName(initiative.owner?.value) ?? null,
    status: health.status,
    statusSource: health.source,
    statusWeek: health.week ?? null,
    target: targetText(initiative) ?? null,
    priority: initiative.priority?.value ?? null,
    why: initiative.why?.value.trim() || null,
    mainRisk: risk ? riskText(risk) : null,
  };
}

export function changeRow(initiative: string, entry: LedgerEntry): ChangeRow {
  return {
    initiative,
    field: entry.field,
    from: entry.from ?? null,
    to: entry.to ?? null,
    date: entry.date,
    sha: entry.sha,
    reason: entry.reason ?? null,
    ...(entry.field === 'outcome'
      ? { measured: entry.measured !== undefined && entry.measured <= entry.date ? entry.measured : entry.date }
      : {}),
  };
}

/**
 * The initiatives that left the plan from `since` to `until`, oldest first, each as it stood then:
 * the target it had (`from`), that target's last day and its plan status.
 */
export function removedRows(ledger: SlipLedger, since: IsoDate, until: IsoDate): ChangeRow[] {
  return removalsBetween(ledger, since, until).map(({ id, entry: removal, entries }) => {
    const target = valueOn(entries, 'target', removal.date) ?? null;
    return {
      initiative: id,
      field: 'removed' as const,
      from: target,
      to: null,
      date: removal.date,
      sha: removal.sha,
      reason: removal.reason ?? null,
      title: removal.title ?? id,
      due: (target && targetEnd(target)) ?? null,
      status: valueOn(entries, 'status', removal.date) ?? null,
    };
  });
}

/** The distinct changes among the items mapped to initiatives: one change under two initiatives counts once. */
export function distinctShipped(byInitiative: ReadonlyMap<string, readonly ShippedItem[]> | undefined): number {
  return distinctChanges([...(byInitiative?.values() ?? [])].flat());
}

/** How many distinct changes (commits) the items are. */
export function distinctChanges(items: readonly ShippedItem[] | undefined): number {
  return new Set(items?.map((item) => item.sha)).size;
}

/** For each change, the initiatives it is listed under. */
export function initiativesOf(
  byInitiative: ReadonlyMap<string, readonly ShippedItem[]> | undefined,
): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [id, items] of byInitiative ?? [])
    for (const item of items) found.set(item.sha, [...(found.get(item.sha) ?? []), id]);
  return found;
}

export function countStatuses(rows: readonly InitiativeRow[]): { onTrack: number; atRisk: number; offTrack: number } {
  const count = (status: InitiativeStatus) => rows.filter((r) => r.status === status).length;
  return { onTrack: count('on-track'), atRisk: count('at-risk'), offTrack: count('off-track') };
}
