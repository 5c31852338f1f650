// The weekly update as Markdown an executive reads in two minutes, in the order they act on it:
// the decisions they owe, the initiatives off track or at risk (worst first), what shipped, then
// the rest. Nothing is invented: a week without an update says so.
import { cell, md, sections, table } from '../markdown';
import {
  blockerTable,
  changeText,
  decisionLine,
  gitNote,
  nothingShipped,
  planWhen,
  repoLabels,
  repoNotes,
  shippedLine,
  signalLines,
  statusWord,
  titlesOf,
} from './render';
import type { ShippedRef } from './rows';
import type { WeeklyUpdate } from './weekly';

type Row = WeeklyUpdate['initiatives'][number];

const IN_PROGRESS = new Set(['on-track', 'at-risk', 'off-track']);
/** Past this many items a list stops and says how many more there are (all are in the JSON). */
const LISTED = 10;

function capped(lines: string[]): string {
  return lines.length > LISTED
    ? [...lines.slice(0, LISTED), `- … and ${lines.length - LISTED} more`].join('\n')
    : lines.join('\n');
}
const ATTENTION = ['off-track', 'at-risk'];
const MARKS: Record<string, string> = { 'off-track': '🔴', 'at-risk': '🟠' };

export function weeklyMarkdown(update: WeeklyUpdate): string {
  const titles = titlesOf(update.initiatives, update.changes);
  const period = update.window.week ?? `${update.window.since} to ${update.window.until}`;
  const h = update.headline;
  const repoOf = repoLabels(update.repos, [...update.initiatives.flatMap((i) => i.shipped), ...update.other]);
  return sections(
    `# Weekly update${update.team ? ` — ${md(update.team)}` : ''} — ${period}`,
    `_${update.window.since} to ${update.window.until} (${md(update.window.timeZone)}), as of ${update.asOf}${planWhen(update.plan)}_`,
    `**${h.onTrack} on track · ${h.atRisk} at risk · ${h.offTrack} off track · ${h.decisionsNeeded} decision${h.decisionsNeeded === 1 ? '' : 's'} needed**`,
    h.text ? `> ${md(h.text)}` : undefined,
    gitNote(update.git.note),
    gitNote(update.plan.note),
    repoNotes(update.repos),
    decisionsSection(update),
    attentionSection(update),
    shippedSection(update, titles, repoOf),
    update.git.available ? otherSection(update, repoOf) : undefined,
    inProgressSection(update),
    blockersSection(update),
    update.git.available
      ? `## Changes this week\n\n${update.changes.map((c) => changeText(c, titles.get(c.initiative) ?? c.initiative)).join('\n') || 'No target, priority, status, health or outcome changed.'}`
      : undefined,
    `## Signals\n\n${signalLines(update.signals)}`,
  );
}

function decisionsSection(update: WeeklyUpdate): string {
  if (update.decisions.length === 0) return '## Decisions needed\n\nNone this week.';
  return `## Decisions needed\n\n${update.decisions.map(decisionLine).join('\n')}`;
}

/** Off track first, then at risk; each with what the reader needs to judge it. */
function attentionSection(update: WeeklyUpdate): string | undefined {
  const rows = ATTENTION.flatMap((status) => update.initiatives.filter((i) => i.status === status));
  if (rows.length === 0) return undefined;
  return `## Needs attention\n\n${rows.map(attentionBlock).join('\n\n')}`;
}

function attentionBlock(row: Row): string {
  const facts = [row.owner ? `Owner: ${md(row.owner)}` : 'No owner', `Target: ${md(row.target ?? 'none')}`].join(' · ');
  const lines = [
    `### ${MARKS[row.status]} ${md(row.title)} — ${statusWord(row.status)}`,
    '',
    facts,
    '',
    `- Progress: ${progressText(row)}`,
    ...(row.next ? [`- Next: ${md(row.next)}`] : []),
    ...(row.mainRisk ? [`- Main risk: ${md(row.mainRisk)}`] : []),
    ...row.alerts.map((alert) => `- ⚠️ ${md(alert)}`),
  ];
  return lines.join('\n');
}

/** This week's progress, or why there is none: never the initiative's `why` in its place. */
function progressText(row: Row): string {
  if (row.progress) return md(row.progress);
  return row.statusSource === 'carried' && row.statusWeek
    ? `_no update this week (health from ${row.statusWeek})_`
    : '_no update this week_';
}

type RepoOf = (ref: ShippedRef) => string | undefined;

function shippedSection(update: WeeklyUpdate, titles: Map<string, string>, repoOf: RepoOf): string | undefined {
  if (!update.git.available) return undefined;
  const groups = update.initiatives
    .filter((i) => i.shipped.length > 0)
    .map(
      (i) =>
        `### ${md(i.title)}\n\n${capped(
          i.shipped.map((ref) =>
            shippedLine(
              ref,
              ref.alsoIn.map((id) => titles.get(id) ?? id),
              repoOf(ref),
            ),
          ),
        )}`,
    );
  return `## Shipped (${update.shippedCount})\n\n${groups.join('\n\n') || nothingShipped(update)}`;
}

/** Other work, counted apart, with its share of all changes when there are enough to make a share. */
function otherSection(update: WeeklyUpdate, repoOf: RepoOf): string {
  const total = update.shippedCount + update.otherCount;
  const share =
    update.otherCount > 0 && total >= 5
      ? ` — ${Math.round((update.otherCount / total) * 100)}% of ${total} changes`
      : '';
  // Grouped by conventional-commit type, so maintenance reads as one block.
  const byType = [...update.other].sort((a, b) => (a.type ?? '~').localeCompare(b.type ?? '~'));
  const body =
    capped(byType.map((ref) => `${shippedLine(ref, [], repoOf(ref))}${ref.type ? ` · ${md(ref.type)}` : ''}`)) ||
    (total === 0 ? 'None.' : 'None: everything shipped maps to an initiative.');
  return `## Other work (${update.otherCount}${share})\n\n${body}`;
}

function inProgressSection(update: WeeklyUpdate): string {
  const rows = update.initiatives
    .filter((i) => IN_PROGRESS.has(i.status))
    .map((i) => [
      `**${cell(i.title)}**`,
      statusWord(i.status),
      cell(i.owner ?? undefined),
      cell(i.target ?? undefined),
      i.progress ? cell(i.progress) : progressText(i),
      cell(i.next ?? undefined),
    ]);
  if (rows.length === 0) return '## In progress\n\nNo initiative is in progress.';
  return `## In progress\n\n${table(['Initiative', 'Status', 'Owner', 'Target', 'Progress', 'Next'], rows)}`;
}

function blockersSection(update: WeeklyUpdate): string {
  if (update.blockers.length === 0) return '## Blockers\n\nNo open blockers.';
  return `## Blockers\n\n${blockerTable(update.blockers)}`;
}
