// The roadmap review as Markdown: a table of initiatives, the plan changes, the decisions.
import { cell, md, sections, table } from '../markdown';
import { bold, changeText, decisionLine, dueWords, gitNote, repoNotes, signalLines, statusWord } from './render';
import type { InvestmentDecision } from './investmentDecisions';
import type { RoadmapReview } from './roadmap';

const VERDICTS = { yes: '✅ yes', no: '❌ no', 'not-measured': '⚪ not started', closed: 'closed' } as const;

export function roadmapMarkdown(review: RoadmapReview): string {
  const s = review.summary;
  const rows = review.initiatives
    .filter((i) => i.reason !== 'closed')
    .map((i) => [
      `**${cell(i.title)}**`,
      VERDICTS[i.verdict],
      statusWord(i.status),
      cell(i.owner ?? undefined),
      cell(i.target ?? undefined),
      cell(i.reason),
      String(i.shipped),
    ]);
  const changes = [
    ...review.initiatives.flatMap((i) => i.changes.map((c) => changeText(c, i.title))),
    ...review.removed.map((c) => changeText(c, c.title ?? c.initiative)),
  ];
  const decisions = [...review.decisions.map(decisionLine), ...review.investmentDecisions.map(investmentLine)];
  return sections(
    `# Roadmap review${review.team ? ` — ${md(review.team)}` : ''} — ${review.asOf}`,
    `_Changes since ${review.period.since} (${review.cadence} cadence)_`,
    `**${s.judgedOnTrack} of ${s.open} open initiatives on track · ${s.notOnTrack} not on track${s.notMeasured ? ` · ${s.notMeasured} not started` : ''} · ${s.decisionsNeeded} decision${s.decisionsNeeded === 1 ? '' : 's'} needed**`,
    gitNote(review.git.note),
    gitNote(review.plan.note),
    repoNotes(review.repos),
    `## On track?\n\n${rows.length ? table(['Initiative', 'On track', 'Status', 'Owner', 'Target', 'Why', 'Shipped'], rows) : 'No open initiative.'}`,
    review.git.available
      ? `## What changed since the last review\n\n${changes.join('\n') || 'No target, priority, status, health or outcome changed.'}`
      : undefined,
    `## Decisions needed\n\n${decisions.join('\n') || 'None.'}`,
    `## Signals\n\n${signalLines(review.signals)}`,
  );
}

/** "- **Fund: Move the adapter to Java 21** — 2027-Q1 investment, 8 engineer-weeks (Priya Shah) — by 2026-12-10". */
function investmentLine(d: InvestmentDecision): string {
  const due = dueWords(d.decisionBy, d.overdue, bold);
  return `- **Fund: ${md(d.investment)}** — ${d.quarter} investment${d.cost ? `, ${md(d.cost)}` : ''}${d.owner ? ` (${md(d.owner)})` : ''} — ${due}`;
}
