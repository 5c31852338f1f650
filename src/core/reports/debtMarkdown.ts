// The quarterly review's "Technical debt and risk" and "Technology investments for next quarter" as Markdown.
import { cell, md, table } from '../markdown';
import { overdueWords } from './render';
import type { QuarterlyReview } from './quarterly';

/** "45 days" under two months, else "7 months": an age an executive reads at a glance. */
export function ageText(days: number): string {
  if (days < 60) return `${days} day${days === 1 ? '' : 's'}`;
  return `${Math.floor(days / 30.44)} months`;
}

export function debtMarkdown(review: QuarterlyReview): string {
  const gitRead = review.git.available;
  const register = review.debt.length
    ? table(
        ['Debt', 'Risk', 'Owner', 'Age', 'Changes this quarter', 'Impact'],
        review.debt.map((d) => [
          `**${cell(d.item)}**`,
          d.risk === 'high' ? '**high**' : cell(d.risk ?? undefined),
          cell(d.owner ?? undefined),
          d.ageDays === null ? '—' : `${ageText(d.ageDays)} (since ${d.since})`,
          d.changesInQuarter === null ? '—' : String(d.changesInQuarter),
          cell(d.impact ?? undefined),
        ]),
      )
    : 'No debt registered: record known technical debt in .delivery/debt.yaml.';
  return `## Technical debt and risk\n\n${register}\n\n### Hotspots this quarter\n\n${gitRead ? hotspotsText(review) : 'Hotspots come from git, which was not read for this report.'}`;
}

function hotspotsText(review: QuarterlyReview): string {
  if (review.hotspots.length === 0) return 'No file was changed by more than one shipped change this quarter.';
  const outside = review.hotspots.filter((h) => h.debt === null).length;
  const lead = 'The files changed by the most shipped changes this quarter (plan files and lockfiles left out).';
  const warn = outside
    ? ` ⚠️ ${outside} of them lie outside every registered debt area: possible unregistered debt.`
    : '';
  const rows = review.hotspots.map((h) => [
    cell(h.path),
    String(h.changes),
    String(h.authors),
    h.debt === null ? '**outside any registered debt**' : cell(h.debt),
  ]);
  return `${lead}${warn}\n\n${table(['File', 'Changes', 'Authors', 'Debt area'], rows)}`;
}

export function investmentsMarkdown(review: QuarterlyReview): string {
  const heading = `## Technology investments for next quarter (${review.investmentsQuarter})`;
  if (review.investments.length === 0) {
    return `${heading}\n\nNo investment proposed for ${review.investmentsQuarter}: add .delivery/investments/${review.investmentsQuarter}.yaml.`;
  }
  const risks = new Map(review.debt.map((d) => [d.item, d.risk]));
  const overdue = review.investments.filter((i) => i.decisionBy !== null && i.decisionBy < review.asOf).length;
  const rows = review.investments.map((i) => [
    `**${cell(i.investment)}**`,
    cell(i.why ?? undefined),
    cell(i.cost ?? undefined),
    cell(i.owner ?? undefined),
    i.decisionBy === null ? 'no date' : i.decisionBy < review.asOf ? `**${overdueWords(i.decisionBy)}**` : i.decisionBy,
    i.retires.length
      ? i.retires.map((name) => `${md(name)}${risks.get(name) ? ` (${risks.get(name)} risk)` : ''}`).join('; ')
      : '—',
  ]);
  const lead = `${review.investments.length} proposal${review.investments.length === 1 ? '' : 's'} to decide${overdue ? ` · ⚠️ ${overdue} decision${overdue === 1 ? '' : 's'} overdue` : ''}.`;
  return `${heading}\n\n${lead}\n\n${table(['Investment', 'Why', 'Cost', 'Owner', 'Decision by', 'Retires'], rows)}`;
}

/** "**Technology: 4 debt items (1 high risk) · 3 investments proposed for 2027-Q1 (1 decision overdue)**", or nothing without either. */
export function technologyLine(review: QuarterlyReview): string | undefined {
  if (review.debt.length === 0 && review.investments.length === 0) return undefined;
  const high = review.debt.filter((d) => d.risk === 'high').length;
  const overdue = review.investments.filter((i) => i.decisionBy !== null && i.decisionBy < review.asOf).length;
  const debt = `${review.debt.length} debt item${review.debt.length === 1 ? '' : 's'}${high ? ` (${high} high risk)` : ''}`;
  const plural = review.investments.length === 1 ? '' : 's';
  const investments = `${review.investments.length} investment${plural} proposed for ${review.investmentsQuarter}${overdue ? ` (${overdue} decision${overdue === 1 ? '' : 's'} overdue)` : ''}`;
  return `**Technology: ${debt} · ${investments}**`;
}
