// The roadmap review as data: each initiative on track or not and why, what changed in the
// plan since the last review (initiatives removed from it included), what shipped, and the
// decisions needed.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays, isoWeekOf } from '../dates';
import { healthsIn } from '../health';
import type { Config, IsoDate } from '../model';
import { roadmapReviewDate } from '../reportOptions';
import { computeSignals, type Signal } from '../signals';
import { changesBetween } from '../signals/history';
import { carriedEntries } from '../carried';
import { comparePriority } from '../view/grouping';
import type { ReportInputs } from './inputs';
import type { PlanSource } from './planAsItStood';
import type { RepoRow } from './repos';
import {
  changeRow,
  countStatuses,
  distinctChanges,
  initiativeRow,
  removedRows,
  type ChangeRow,
  type InitiativeRow,
} from './rows';
import { collectDecisions, healthChanges, withReportedHealth, type DecisionItem, type StatusCommit } from './weekly';
import { investmentDecisions, type InvestmentDecision } from './investmentDecisions';

export interface RoadmapReview {
  report: 'roadmap-review';
  team: string | null;
  cadence: Config['cadence']['roadmap'];
  period: { since: IsoDate; until: IsoDate };
  asOf: IsoDate;
  git: { available: boolean; note: string | null };
  /** Where the plan the report tells comes from (see planAsItStood.ts). */
  plan: PlanSource;
  /** The repositories whose shipped work is counted: the plan's own, then config.yaml's `repos:`. */
  repos: RepoRow[];
  /** `onTrack`, `atRisk`, `offTrack` count healths; `open`, `judgedOnTrack`, `notOnTrack` and `notMeasured` split the open initiatives once each. */
  summary: {
    onTrack: number;
    atRisk: number;
    offTrack: number;
    notOnTrack: number;
    decisionsNeeded: number;
    open: number;
    judgedOnTrack: number;
    notMeasured: number;
  };
  /** `verdict`: `yes`, `no`, `not-measured` (not started yet) or `closed`; `onTrack` is true for `yes` and `closed`. `shipped` counts distinct changes. */
  initiatives: (InitiativeRow & {
    onTrack: boolean;
    verdict: Verdict;
    reason: string;
    shipped: number;
    changes: ChangeRow[];
  })[];
  /** Initiatives removed from the plan in the period, oldest first: `initiatives` no longer holds them. */
  removed: ChangeRow[];
  decisions: DecisionItem[];
  /** Decisions on technology investments for quarters not yet begun, by date (see investmentDecisions.ts). */
  investmentDecisions: InvestmentDecision[];
  signals: Signal[];
}

/** From the day after the last roadmap review written before `asOf`, else one cadence back. */
export async function reviewPeriod(
  root: string,
  config: Config,
  asOf: IsoDate,
): Promise<{ since: IsoDate; until: IsoDate }> {
  const names = await readdir(join(root, '.delivery', 'reviews')).catch(() => [] as string[]);
  const last = names
    .map(roadmapReviewDate)
    .filter((d): d is string => d !== undefined && d < asOf)
    .sort()
    .pop();
  const since = last ? addDays(last, 1) : addDays(asOf, config.cadence.roadmap === 'monthly' ? -29 : -13);
  return { since, until: asOf };
}

/**
 * `statusCommits` are the commits that wrote the status files of the period's weeks (by week), read
 * from git: a health a status file changed in the period is a change like a moved target.
 */
export function buildRoadmapReview(
  inputs: ReportInputs,
  period: { since: IsoDate; until: IsoDate },
  statusCommits: ReadonlyMap<string, StatusCommit> = new Map(),
): RoadmapReview {
  const { model, asOf, ledger, mapping } = inputs;
  const planned = ledger ? changesBetween(ledger, period.since, period.until) : [];
  const healths = [...statusCommits]
    .filter(([, commit]) => commit.date >= period.since && commit.date <= period.until)
    .flatMap(([week, commit]) => healthChanges(model, week, commit));
  const changesOf = (id: string) =>
    withReportedHealth(
      [
        ...planned.filter((c) => c.id === id).map((c) => changeRow(c.id, c.entry)),
        ...healths.filter((c) => c.initiative === id),
      ],
      model,
    ).sort((a, b) => a.date.localeCompare(b.date));
  const weekHealths = healthsIn(model.initiatives, model.statuses, isoWeekOf(asOf));
  const initiatives = [...model.initiatives].sort(comparePriority).map((i) => {
    const row = initiativeRow(i, weekHealths.get(i.id)!);
    const verdict = judge(row, i.interval?.end, asOf);
    return {
      ...row,
      ...verdict,
      shipped: distinctChanges(mapping?.byInitiative.get(i.id)),
      changes: changesOf(i.id),
    };
  });
  const decisions = collectDecisions(model, carriedEntries(model.statuses, isoWeekOf(asOf)), asOf);
  const investments = investmentDecisions(model, asOf);
  const counts = countStatuses(initiatives);
  const open = initiatives.filter((i) => i.verdict !== 'closed');
  return {
    report: 'roadmap-review',
    team: model.config.team ?? null,
    cadence: model.config.cadence.roadmap,
    period,
    asOf,
    git: { available: inputs.gitNote === undefined, note: inputs.gitNote ?? null },
    plan: inputs.plan,
    repos: inputs.repos,
    summary: {
      ...counts,
      notOnTrack: open.filter((i) => i.verdict === 'no').length,
      decisionsNeeded: decisions.length + investments.length,
      open: open.length,
      judgedOnTrack: open.filter((i) => i.verdict === 'yes').length,
      notMeasured: open.filter((i) => i.verdict === 'not-measured').length,
    },
    initiatives,
    removed: ledger ? removedRows(ledger, period.since, period.until) : [],
    decisions,
    investmentDecisions: investments,
    signals: computeSignals(model, inputs, asOf),
  };
}

export type Verdict = 'yes' | 'no' | 'not-measured' | 'closed';

/** On track means: the owner says so and the target has not passed. Not started yet is not measured, never green. */
function judge(
  row: InitiativeRow,
  targetEnd: IsoDate | undefined,
  asOf: IsoDate,
): { onTrack: boolean; verdict: Verdict; reason: string } {
  const no = (reason: string) => ({ onTrack: false, verdict: 'no' as const, reason });
  if (row.status === 'done' || row.status === 'cancelled')
    return { onTrack: true, verdict: 'closed', reason: 'closed' };
  if (targetEnd && targetEnd < asOf)
    return no(
      row.target === targetEnd ? `target date ${targetEnd} has passed` : `target ${row.target} ended on ${targetEnd}`,
    );
  if (row.status === 'at-risk' || row.status === 'off-track')
    return no(row.mainRisk ? `main risk: ${row.mainRisk}` : `status is ${row.status}`);
  const unbounded = targetEnd ? undefined : row.target ? `target "${row.target}" is not bounded` : 'no target';
  // Not started is counted as such, whatever its target: the headline's three groups must match the table's status column.
  if (row.status === 'not-started')
    return {
      onTrack: false,
      verdict: 'not-measured',
      reason: unbounded ? `not started yet; ${unbounded}` : 'not started yet',
    };
  if (unbounded) return no(unbounded);
  if (row.status === 'paused') return no('paused');
  return { onTrack: true, verdict: 'yes', reason: 'on track' };
}
