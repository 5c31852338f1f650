// The quarterly delivery-health review as data: planned vs delivered, commitment reliability,
// slips, initiatives removed from the plan, backlog trend, outcome coverage, the longest-lived
// blockers and the open risks.
import { isoWeekOf, quarterRange } from '../dates';
import { healthsIn, type WeekHealth } from '../health';
import type { Impact, Initiative, IsoDate } from '../model';
import { computeSignals, type Signal } from '../signals';
import { backlogTrend, type BacklogPoint } from '../signals/backlog';
import { changesBetween, doneOn, targetEnd, valueOn } from '../signals/history';
import { commitments, type Commitment } from '../signals/reliability';
import { impactRank } from '../view/details';
import { comparePriority, titleOf } from '../view/grouping';
import type { ReportInputs } from './inputs';
import type { PlanSource } from './planAsItStood';
import type { RepoRow } from './repos';
import { readableSubject } from '../git/subject';
import {
  changeRow,
  distinctChanges,
  distinctShipped,
  initiativeRow,
  removedRows,
  type ChangeRow,
  type InitiativeRow,
} from './rows';
import { weekBlockers, type BlockerItem } from './weekly';
import { debtSections, quarterItems, type DebtSections } from './debtSection';
import { outcomeRow, type OutcomeRow } from './outcomeRow';

export interface PlannedRow extends InitiativeRow {
  targetAtStart: string | null;
  delivered: boolean;
  deliveredOn: IsoDate | null;
  /** Distinct changes shipped for it in the quarter. */
  shipped: number;
  /** The first of them by readable title (a merge's pull-request title), newest first. */
  shippedTop: string[];
}

const TOP = 3;

export interface QuarterlyReview {
  report: 'quarterly-review';
  team: string | null;
  quarter: string;
  period: { since: IsoDate; until: IsoDate };
  asOf: IsoDate;
  git: { available: boolean; note: string | null };
  /** Where the plan the report tells comes from (see planAsItStood.ts). */
  plan: PlanSource;
  /** The repositories whose shipped work is counted: the plan's own, then config.yaml's `repos:`. */
  repos: RepoRow[];
  /** `shippedItems`: distinct changes mapped to initiatives (one under two initiatives counts once); `otherItems`: Other work; `removed`: initiatives removed from the plan. */
  summary: {
    planned: number;
    delivered: number;
    shippedItems: number;
    otherItems: number;
    slips: number;
    removed: number;
  };
  planned: PlannedRow[];
  commitments: Commitment[];
  slips: ChangeRow[];
  /** Initiatives removed from the plan in the quarter so far, oldest first (see rows.ts removedRows). */
  removed: ChangeRow[];
  backlog: BacklogPoint[];
  outcomes: OutcomeRow[];
  longestBlockers: BlockerItem[];
  risks: {
    initiative: string;
    initiativeTitle: string;
    risk: string;
    impact: Impact | null;
    mitigation: string | null;
  }[];
  signals: Signal[];
  /** The debt register worst risk first, with this quarter's changes in each area (see debtSection.ts). */
  debt: DebtSections['debt'];
  hotspots: DebtSections['hotspots'];
  /** The quarter after the reviewed one: the proposals in `investments` are for it. */
  investmentsQuarter: string;
  investments: DebtSections['investments'];
}

const CLOSED = new Set(['cancelled']);

export function buildQuarterlyReview(inputs: ReportInputs, quarter: string): QuarterlyReview {
  const { model, asOf, ledger, mapping } = inputs;
  const range = quarterRange(quarter);
  const until = asOf < range.end ? asOf : range.end;
  const healths = healthsIn(model.initiatives, model.statuses, isoWeekOf(until));
  const planned = [...model.initiatives]
    .sort(comparePriority)
    .flatMap((i) => plannedRow(inputs, i, range, healths.get(i.id)!));
  const slips = ledger
    ? changesBetween(ledger, range.start, until)
        .filter((c) => c.entry.field === 'target')
        .map((c) => changeRow(c.id, c.entry))
    : [];
  const removed = ledger ? removedRows(ledger, range.start, until) : [];
  const shippedItems = distinctShipped(mapping?.byInitiative);
  return {
    report: 'quarterly-review',
    team: model.config.team ?? null,
    quarter,
    period: { since: range.start, until },
    asOf,
    git: { available: inputs.gitNote === undefined, note: inputs.gitNote ?? null },
    plan: inputs.plan,
    repos: inputs.repos,
    summary: {
      planned: planned.length,
      delivered: planned.filter((p) => p.delivered).length,
      shippedItems,
      otherItems: mapping?.other.length ?? 0,
      slips: slips.length,
      removed: removed.length,
    },
    planned,
    commitments: commitments(model.initiatives, ledger, quarter, asOf),
    slips,
    removed,
    backlog: backlogTrend(model.statuses, isoWeekOf(until), 13),
    outcomes: model.initiatives.filter((i) => !CLOSED.has(i.status?.value ?? '')).map((i) => outcomeRow(inputs, i)),
    longestBlockers: weekBlockers(model, isoWeekOf(until), asOf).slice(0, 5),
    risks: model.initiatives
      .filter((i) => !['done', 'cancelled'].includes(i.status?.value ?? ''))
      .flatMap((i) =>
        i.risks
          .filter((r) => r.risk?.value)
          .map((r) => ({
            initiative: i.id,
            initiativeTitle: titleOf(i),
            risk: r.risk?.value ?? '',
            impact: r.impact?.value ?? null,
            mitigation: r.mitigation?.value ?? null,
          })),
      )
      // Worst first, as the debt register is: a high-impact risk below a medium one reads as the lesser.
      .sort((a, b) => impactRank(a.impact) - impactRank(b.impact)),
    signals: computeSignals(model, inputs, asOf, quarter),
    ...debtSections(model, quarter, asOf, quarterItems(mapping)),
  };
}

/** An initiative is planned for the quarter when its target (then or now) ends inside it. */
function plannedRow(
  inputs: ReportInputs,
  initiative: Initiative,
  range: { start: IsoDate; end: IsoDate },
  health: WeekHealth,
): PlannedRow[] {
  const entries = inputs.ledger?.get(initiative.id);
  const atStart = inputs.ledger ? valueOn(entries, 'target', range.start) : undefined;
  const startEnd = atStart ? targetEnd(atStart) : undefined;
  const nowEnd = initiative.interval?.end;
  const inside = (end?: IsoDate) => end !== undefined && end >= range.start && end <= range.end;
  if (!inside(startEnd) && !inside(nowEnd)) return [];
  const row = initiativeRow(initiative, health);
  const items = inputs.mapping?.byInitiative.get(initiative.id) ?? [];
  const deliveredOn = row.status === 'done' ? (doneOn(entries) ?? null) : null;
  return [
    {
      ...row,
      targetAtStart: atStart ?? null,
      delivered: row.status === 'done' && (deliveredOn === null || deliveredOn <= range.end),
      deliveredOn,
      shipped: distinctChanges(items),
      shippedTop: [...items]
        .reverse()
        .slice(0, TOP)
        .map((item) => readableSubject(item.title ?? item.subject)),
    },
  ];
}
