// The weekly update as Markdown an executive reads in two minutes.
import { cell, md, sections, table } from '../markdown';
import { blockerTable, changeText, gitNote, planWhen, shippedLine, signalLines, statusWord } from './render';
import type { WeeklyUpdate } from './weekly';

const IN_PROGRESS = new Set(['on-track', 'at-risk', 'off-track']);

export function weeklyMarkdown(update: WeeklyUpdate): string {
  const titles = new Map(update.initiatives.map((i) => [i.id, i.title]));
  const period = update.window.week ?? `${update.window.since} to ${update.window.until}`;
  const h = update.headline;
  return sections(
    `# Weekly update${update.team ? ` — ${md(update.team)}` : ''} — ${period}`,
    `_${update.window.since} to ${update.window.until} (${md(update.window.timeZone)}), as of ${update.asOf}${planWhen(update.plan)}_`,
    `**${h.onTrack} on track · ${h.atRisk} at risk · ${h.offTrack} off track · ${h.decisionsNeeded} decision${h.decisionsNeeded === 1 ? '' : 's'} needed**`,
    h.text ? `> ${md(h.text)}` : undefined,
    gitNote(update.git.note),
    gitNote(update.plan.note),
    shippedSection(update),
    inProgressSection(update),
    blockersSection(update),
    decisionsSection(update),
    update.git.available ? `## Changes this week\n\n${update.changes.map((c) => changeText(c, titles.get(c.initiative) ?? c.initiative)).join('\n') || 'No target, status or priority changed.'}` : undefined,
    update.git.available ? `## Other work\n\n${update.other.map(shippedLine).join('\n') || 'None: everything shipped maps to an initiative.'}` : undefined,
    `## Signals\n\n${signalLines(update.signals)}`,
  );
}

function shippedSection(update: WeeklyUpdate): string | undefined {
  if (!update.git.available) return undefined;
  const groups = update.initiatives
    .filter((i) => i.shipped.length > 0)
    .map((i) => `### ${md(i.title)}\n\n${i.shipped.map(shippedLine).join('\n')}`);
  const total = update.initiatives.reduce((n, i) => n + i.shipped.length, 0) + update.other.length;
  return `## Shipped (${total})\n\n${groups.join('\n\n') || 'Nothing mapped to an initiative shipped this week.'}`;
}

function inProgressSection(update: WeeklyUpdate): string {
  const rows = update.initiatives
    .filter((i) => IN_PROGRESS.has(i.status))
    .map((i) => [`**${cell(i.title)}**`, statusWord(i.status), cell(i.owner ?? undefined), cell(i.target ?? undefined), cell(i.progress ?? i.why ?? undefined), cell(i.mainRisk ?? undefined)]);
  if (rows.length === 0) return '## In progress\n\nNo initiative is in progress.';
  return `## In progress\n\n${table(['Initiative', 'Status', 'Owner', 'Target', 'Progress / why', 'Main risk'], rows)}`;
}

function blockersSection(update: WeeklyUpdate): string {
  if (update.blockers.length === 0) return '## Blockers\n\nNo open blockers.';
  return `## Blockers\n\n${blockerTable(update.blockers)}`;
}

function decisionsSection(update: WeeklyUpdate): string {
  if (update.decisions.length === 0) return '## Decisions needed\n\nNone this week.';
  const lines = update.decisions.map((d) => {
    const due = d.by ? (d.by < update.asOf ? ` — **overdue since ${d.by}**` : ` — by ${d.by}`) : ' — no date';
    return `- ${md(d.decision)} (${md(d.initiativeTitle)})${due}`;
  });
  return `## Decisions needed\n\n${lines.join('\n')}`;
}
