// The quarterly delivery-health review as Markdown.
import { cell, md, sections, table } from '../markdown';
import type { Signal } from '../signals';
import { blockerTable, changeText, gitNote, repoNotes, planWhen, signalLines, statusWord } from './render';
import { debtMarkdown, investmentsMarkdown, technologyLine } from './debtMarkdown';
import type { QuarterlyReview } from './quarterly';

export function quarterlyMarkdown(review: QuarterlyReview): string {
  const s = review.summary;
  const titles = new Map(review.planned.map((p) => [p.id, p.title]));
  const signal = (code: Signal['code']) => review.signals.find((x) => x.code === code);
  return sections(
    `# Quarterly delivery health — ${review.quarter}${review.team ? ` — ${md(review.team)}` : ''}`,
    `_${review.period.since} to ${review.period.until}, as of ${review.asOf}${planWhen(review.plan)}_`,
    `**${s.delivered} of ${s.planned} planned initiatives delivered · ${s.shippedItems} changes shipped for initiatives, ${s.otherItems} Other work · ${s.slips} target slip${s.slips === 1 ? '' : 's'}**`,
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
              cell(titles.get(c.id) ?? c.id),
              cell(c.target),
              c.due,
              c.met ? 'yes' : '**no**',
            ]),
          )}`
        : ''
    }`,
    review.git.available
      ? `## Slips\n\n${review.slips.map((c) => changeText(c, titles.get(c.initiative) ?? c.initiative)).join('\n') || 'No target moved this quarter.'}`
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
    statusWord(p.status),
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
    cell(o.baseline ?? undefined),
    cell(o.target ?? undefined),
    cell(o.current ?? undefined),
  ]);
  return `\n\n${table(['Initiative', 'Metric', 'Baseline', 'Target', 'Current'], rows)}`;
}

function signalSummary(signal: Signal | undefined): string {
  if (!signal) return '';
  return `${signal.fires ? '⚠️ ' : ''}${md(signal.summary)}`;
}
