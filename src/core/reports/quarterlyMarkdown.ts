// The quarterly delivery-health review as Markdown.
import { cell, md, sections, table } from '../markdown';
import type { Signal } from '../signals';
import { blockerTable, changeText, gitNote, repoNotes, planWhen, signalLines, statusWord, titlesOf } from './render';
import { debtMarkdown, investmentsMarkdown, technologyLine } from './debtMarkdown';
import type { OutcomeRow } from './outcomeRow';
import type { QuarterlyReview } from './quarterly';
import { progressText } from '../outcome/progressText';

/** The last measurements shown in a row; older ones are summed up as "…". */
const MAX_VALUES = 4;

export function quarterlyMarkdown(review: QuarterlyReview): string {
  const s = review.summary;
  const titles = titlesOf(review.planned, review.removed);
  const signal = (code: Signal['code']) => review.signals.find((x) => x.code === code);
  return sections(
    `# Quarterly delivery health — ${review.quarter}${review.team ? ` — ${md(review.team)}` : ''}`,
    `_${review.period.since} to ${review.period.until}, as of ${review.asOf}${planWhen(review.plan)}_`,
    `**${s.delivered} of ${s.planned} planned initiatives delivered · ${s.shippedItems} changes shipped for initiatives, ${s.otherItems} Other work · ${s.slips} target slip${s.slips === 1 ? '' : 's'}${s.removed ? ` · ${s.removed} removed from the plan` : ''}**`,
    technologyLine(review),
    gitNote(review.git.note),
    gitNote(review.plan.note),
    repoNotes(review.repos),
    plannedSection(review),
    `## Commitment reliability\n\n${signalSummary(signal('missed-commitments'))}${
      review.commitments.length
        ? `\n\n${table(
            ['Initiative', 'Committed', 'Due', 'Met'],
            review.commitments.map((c) => [
              cell(titles.get(c.id) ?? c.title),
              cell(c.target),
              c.due,
              `${c.met ? 'yes' : '**no**'}${c.removed ? ` (removed from the plan ${c.removed})` : ''}`,
            ]),
          )}`
        : ''
    }`,
    review.git.available
      ? `## Slips\n\n${review.slips.map((c) => changeText(c, titles.get(c.initiative) ?? c.initiative)).join('\n') || 'No target moved this quarter.'}`
      : undefined,
    review.git.available
      ? `## Removed from the plan\n\n${review.removed.map((c) => changeText(c, c.title ?? c.initiative)).join('\n') || 'No initiative left the plan this quarter.'}`
      : undefined,
    `## Backlog trend\n\n${signalSummary(signal('backlog-growth'))}${
      review.backlog.length
        ? `\n\n${table(
            ['Week', 'Backlog'],
            review.backlog.map((p) => [p.week, String(p.backlog)]),
          )}`
        : ''
    }`,
    `## Outcome coverage\n\n${signalSummary(signal('output-without-outcomes'))}${outcomeTable(review)}`,
    `## Longest-lived blockers\n\n${review.longestBlockers.length ? blockerTable(review.longestBlockers) : 'No open blockers.'}`,
    `## Risks\n\n${
      review.risks.length
        ? table(
            ['Risk', 'Initiative', 'Impact', 'Mitigation'],
            review.risks.map((r) => [
              cell(r.risk),
              cell(r.initiativeTitle),
              cell(r.impact ?? undefined),
              cell(r.mitigation ?? undefined),
            ]),
          )
        : 'No open risks recorded.'
    }`,
    debtMarkdown(review),
    investmentsMarkdown(review),
    `## Signals\n\n${signalLines(review.signals, true)}`,
  );
}

function plannedSection(review: QuarterlyReview): string {
  if (review.planned.length === 0) return `## Planned vs delivered\n\nNo initiative targets ${review.quarter}.`;
  const rows = review.planned.map((p) => [
    `**${cell(p.title)}**`,
    cell(p.owner ?? undefined),
    cell(p.targetAtStart ?? undefined),
    cell(p.target ?? undefined),
    // A health carried from an earlier week says which, as the weekly update does.
    p.statusSource === 'carried' && p.statusWeek ? `${statusWord(p.status)} (${p.statusWeek})` : statusWord(p.status),
    p.delivered ? `yes${p.deliveredOn ? ` (${p.deliveredOn})` : ''}` : 'no',
    shippedCell(p),
  ]);
  return `## Planned vs delivered\n\n${table(['Initiative', 'Owner', 'Target at start', 'Target now', 'Status', 'Delivered', 'Shipped'], rows)}`;
}

/** "3: Card tokens; Ramp to 10%; 3-D Secure (+4 more)". */
function shippedCell(p: QuarterlyReview['planned'][number]): string {
  if (p.shipped === 0) return '0';
  const more = p.shipped - p.shippedTop.length;
  return `${p.shipped}: ${p.shippedTop.map((title) => cell(title)).join('; ')}${more > 0 ? ` (+${more} more)` : ''}`;
}

function outcomeTable(review: QuarterlyReview): string {
  if (review.outcomes.length === 0) return '';
  const rows = review.outcomes.map((o) => [
    cell(o.title),
    cell(o.metric ?? 'none'),
    cell(outcomeText(o)),
    measuredText(o),
    o.shippedSince === null ? '—' : String(o.shippedSince),
  ]);
  // The last column counts the quarter, not the signal's 30 days: said under the table, so the two never read as a contradiction.
  const note = `_Shipped since measured: changes of ${review.quarter} shipped after the last measurement (all of them when never measured)._`;
  return `\n\n${table(['Initiative', 'Metric', 'Outcome', 'Measured', 'Shipped since measured'], rows)}\n\n${note}`;
}

/** "2.1% → 2.2% → 2.35% (50% of the way to 2.6%)"; without a shared unit, the values alone. */
export function outcomeText(o: OutcomeRow): string {
  if (o.history.length === 0) {
    const aims = [o.baseline && `baseline ${o.baseline}`, o.target && `target ${o.target}`].filter(Boolean);
    return aims.length > 0 ? `not measured (${aims.join(', ')})` : 'not measured';
  }
  const values = o.history.map((m) => m.value).filter((v, i, all) => i === 0 || v !== all[i - 1]);
  const shown = values.length > MAX_VALUES ? ['…', ...values.slice(-MAX_VALUES)] : values;
  const path = [...(o.baseline && o.baseline !== shown[0] ? [o.baseline] : []), ...shown].join(' → ');
  if (o.progress === null) return o.target ? `${path} (target ${o.target})` : path;
  return `${path} (${progressText(o.progress, o.target ?? undefined)})`;
}

/**
 * "2026-11-27 (12 days ago)"; "—" when never measured. A value without `measured` is dated by the
 * commit that wrote it, so it was measured on or before that day, and says so.
 */
function measuredText(o: OutcomeRow): string {
  const last = o.history.at(-1);
  if (!last) return '—';
  if (!last.date) return 'day unknown';
  const on = last.dated === 'measured' ? last.date : `on or before ${last.date}`;
  return `${on} (${o.ageDays === 0 ? 'today' : `${o.ageDays} day${o.ageDays === 1 ? '' : 's'} ago`})`;
}

function signalSummary(signal: Signal | undefined): string {
  if (!signal) return '';
  return `${signal.fires ? '⚠️ ' : ''}${md(signal.summary)}`;
}
