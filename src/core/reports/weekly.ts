// The weekly executive update as data: headline counts, shipped work by initiative, work in
// progress, blockers, decisions, this week's plan changes, Other work and the signals.
import { addDays, isoWeekOf, weekRange } from '../dates';
import { carriedEntries } from '../carried';
import { healthsIn, weekHealth } from '../health';
import type { DeliveryModel, Decision, Initiative, IsoDate, LedgerEntry, StatusEntry } from '../model';
import { ownerName } from '../view/details';
import { computeSignals, type Signal } from '../signals';
import { arrivals, changesBetween } from '../signals/history';
import { collectBlockers, hasBegun, openBlockers } from '../view/blockers';
import { comparePriority, titleOf } from '../view/grouping';
import { initiativeAlerts } from './alerts';
import type { ReportInputs } from './inputs';
import type { PlanSource } from './planAsItStood';
import type { RepoRow } from './repos';
import {
  changeRow,
  countStatuses,
  distinctShipped,
  initiativeRow,
  initiativesOf,
  linksFor,
  removedRows,
  shippedRef,
  type ChangeRow,
  type InitiativeRow,
  type ShippedRef,
} from './rows';

export interface BlockerItem {
  initiative: string;
  initiativeTitle: string;
  blocker: string;
  owner: string | null;
  since: IsoDate | null;
  ageDays: number | null;
}

export interface DecisionItem {
  initiative: string;
  initiativeTitle: string;
  /** The initiative's owner, who answers for getting the decision. */
  owner: string | null;
  decision: string;
  by: IsoDate | null;
  /** `by` is before the day the report is told as of. */
  overdue: boolean;
}

/** The version of the update's JSON shape: read by the roll-up of many teams' updates. */
export const WEEKLY_UPDATE_VERSION = 1;

export interface WeeklyUpdate {
  report: 'weekly-update';
  version: typeof WEEKLY_UPDATE_VERSION;
  team: string | null;
  window: { since: IsoDate; until: IsoDate; week: string | null; timeZone: string };
  asOf: IsoDate;
  git: { available: boolean; note: string | null };
  /** Where the plan the report tells comes from (see planAsItStood.ts). */
  plan: PlanSource;
  /** The repositories whose shipped work is told: the plan's own, then config.yaml's `repos:`. */
  repos: RepoRow[];
  headline: { text: string | null; onTrack: number; atRisk: number; offTrack: number; decisionsNeeded: number };
  /** Distinct changes mapped to initiatives (one under two initiatives counts once); Other work apart. */
  shippedCount: number;
  otherCount: number;
  /** `progress` and `next` are null when the week has no status entry for the initiative; `alerts` are the lint findings an executive should see. */
  initiatives: (InitiativeRow & {
    progress: string | null;
    next: string | null;
    shipped: ShippedRef[];
    alerts: string[];
  })[];
  other: ShippedRef[];
  blockers: BlockerItem[];
  decisions: DecisionItem[];
  changes: ChangeRow[];
  signals: Signal[];
}

/** The commit that wrote the week's status file. */
export interface StatusCommit {
  sha: string;
  date: IsoDate;
  subject: string;
}

export function buildWeeklyUpdate(
  inputs: ReportInputs,
  window: { since: IsoDate; until: IsoDate; week?: string },
  statusCommit?: StatusCommit,
): WeeklyUpdate {
  const { model, asOf, mapping, ledger } = inputs;
  const week = window.week ?? isoWeekOf(window.until);
  const status = model.statuses.find((s) => s.week === week);
  const entries = new Map((status?.initiatives ?? []).map((e) => [e.id, e]));
  const healths = healthsIn(model.initiatives, model.statuses, week);
  const listedUnder = initiativesOf(mapping?.byInitiative);
  const alerts = initiativeAlerts(model, asOf, ledger);
  const initiatives = [...model.initiatives].sort(comparePriority).map((i) => ({
    ...initiativeRow(i, healths.get(i.id)!),
    progress: entries.get(i.id)?.progress?.value ?? null,
    next: entries.get(i.id)?.next?.value ?? null,
    shipped: (mapping?.byInitiative.get(i.id) ?? []).map((item) =>
      shippedRef(
        item,
        linksFor(item, inputs),
        (listedUnder.get(item.sha) ?? []).filter((id) => id !== i.id),
      ),
    ),
    alerts: alerts.filter((f) => f.initiative === i.id).map((f) => f.message),
  }));
  // A decision stays open until an entry drops it: an initiative not mentioned this week keeps its last ones.
  const decisions = collectDecisions(model, carriedEntries(model.statuses, week), asOf);
  return {
    report: 'weekly-update',
    version: WEEKLY_UPDATE_VERSION,
    team: model.config.team ?? null,
    window: { since: window.since, until: window.until, week: window.week ?? null, timeZone: model.config.timezone },
    asOf,
    git: { available: inputs.gitNote === undefined, note: inputs.gitNote ?? null },
    plan: inputs.plan,
    repos: inputs.repos,
    headline: {
      text: status?.headline?.value ?? null,
      ...countStatuses(initiatives),
      decisionsNeeded: decisions.length,
    },
    shippedCount: distinctShipped(mapping?.byInitiative),
    otherCount: mapping?.other.length ?? 0,
    initiatives,
    other: (mapping?.other ?? []).map((item) => shippedRef(item, linksFor(item, inputs))),
    blockers: weekBlockers(model, week, asOf),
    decisions,
    changes: ledger ? weekChanges(inputs, window, week, statusCommit) : [],
    signals: computeSignals(model, inputs, asOf),
  };
}

/**
 * What changed in the window, oldest first: initiatives added or removed, plan fields changed by
 * commits (with the commit subject as the reason), and each health the week's status file moved
 * from the week before (dated and explained by the commit that wrote that file).
 */
function weekChanges(
  inputs: ReportInputs,
  window: { since: IsoDate; until: IsoDate },
  week: string,
  statusCommit: StatusCommit | undefined,
): ChangeRow[] {
  const { model, ledger } = inputs;
  if (!ledger) return [];
  const planned = changesBetween(ledger, window.since, window.until).map(({ id, entry }) => changeRow(id, entry));
  const inWindow = (entry: LedgerEntry) => entry.date >= window.since && entry.date <= window.until;
  // The first value of the outcome is a measurement like any later one, unless the initiative itself is new.
  const firstMeasured = [...ledger].flatMap(([id, entries]) => {
    const arrived = new Set(arrivals(entries).map((e) => e.sha));
    return entries
      .filter((e) => e.field === 'outcome' && e.from === undefined && !e.before && inWindow(e))
      .filter((e) => !arrived.has(e.sha))
      .map((e) => changeRow(id, e));
  });
  const added = [...ledger].flatMap(([id, entries]) =>
    model.initiatives.some((i) => i.id === id)
      ? arrivals(entries)
          .filter(inWindow)
          .map((first) => ({
            initiative: id,
            field: 'added' as const,
            from: null,
            to: null,
            date: first.date,
            sha: first.sha,
            reason: first.reason ?? null,
          }))
      : [],
  );
  const removed = removedRows(ledger, window.since, window.until);
  const health = statusCommit ? healthChanges(model, week, statusCommit) : [];
  return withReportedHealth([...added, ...planned, ...firstMeasured, ...removed, ...health], model).sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}

/**
 * Marks a plan `status` change that only catches up with a health an earlier week's status file
 * already gave (the week before the change): an executive read that news then, not now.
 */
export function withReportedHealth(rows: ChangeRow[], model: DeliveryModel): ChangeRow[] {
  return rows.map((row) => {
    const initiative = model.initiatives.find((i) => i.id === row.initiative);
    if (row.field !== 'status' || !row.to || !initiative) return row;
    const earlier = weekHealth(initiative, model.statuses, isoWeekOf(addDays(row.date, -7)));
    return earlier.source !== 'file' && earlier.status === row.to && earlier.week
      ? { ...row, reportedIn: earlier.week }
      : row;
  });
}

/** The healths `week`'s status file changed from the week before, dated and explained by the commit that wrote it. */
export function healthChanges(model: DeliveryModel, week: string, statusCommit: StatusCommit): ChangeRow[] {
  const before = isoWeekOf(addDays(weekRange(week).start, -1));
  const entries = model.statuses.find((s) => s.week === week)?.initiatives ?? [];
  return model.initiatives.flatMap((initiative) => {
    const to = entries.find((e) => e.id === initiative.id)?.status?.value;
    const from = weekHealth(initiative, model.statuses, before).status;
    return to && to !== from
      ? [
          {
            initiative: initiative.id,
            field: 'health' as const,
            from,
            to,
            date: statusCommit.date,
            sha: statusCommit.sha,
            reason: statusCommit.subject,
          },
        ]
      : [];
  });
}

/**
 * Open blockers as of the report's week: the initiatives' and that week's status file's. One whose
 * `since` is after the as-of day was not blocking anything yet, so a past week leaves it out.
 */
export function weekBlockers(model: DeliveryModel, week: string, asOf: IsoDate): BlockerItem[] {
  const upToWeek = { ...model, statuses: model.statuses.filter((s) => s.week <= week) };
  const begun = openBlockers(upToWeek, asOf).filter((b) => hasBegun(b.blocker, asOf));
  return collectBlockers(upToWeek, asOf, begun).map((row) => ({
    initiative: row.initiative,
    initiativeTitle: row.initiativeTitle,
    blocker: row.text,
    owner: row.owner ?? null,
    since: row.since ?? null,
    ageDays: row.ageDays ?? null,
  }));
}

/** Decisions from the initiative files and the week's status, one per initiative and text, soonest first; overdue as of `asOf`. */
export function collectDecisions(
  model: DeliveryModel,
  entries: Map<string, StatusEntry>,
  asOf: IsoDate,
): DecisionItem[] {
  const seen = new Set<string>();
  const items: DecisionItem[] = [];
  const add = (initiative: Initiative, decision: Decision) => {
    const text = decision.decision?.value?.trim();
    const key = `${initiative.id}\0${text?.toLowerCase()}`;
    if (!text || seen.has(key)) return;
    seen.add(key);
    const by = decision.by?.value ?? null;
    items.push({
      initiative: initiative.id,
      initiativeTitle: titleOf(initiative),
      owner: ownerName(initiative.owner?.value) ?? null,
      decision: text,
      by,
      overdue: by !== null && by < asOf,
    });
  };
  for (const initiative of model.initiatives) {
    const done = ['done', 'cancelled'].includes(initiative.status?.value ?? '');
    if (done) continue;
    for (const d of initiative.decisions) add(initiative, d);
    for (const d of entries.get(initiative.id)?.decisions ?? []) add(initiative, d);
  }
  return items.sort((a, b) => (a.by ?? '9999').localeCompare(b.by ?? '9999'));
}
