// The director's update in Markdown, read top to bottom in a minute: what is owed, what is in
// trouble, each team in one line, then what shipped.
import { cell, inline, link, sections, table } from '../markdown';
import { bold, dueWords, gitNote } from '../reports/render';
import { needingAttention, type Rollup } from './rollup';

const ICON: Record<string, string> = { 'off-track': '🔴', 'at-risk': '🟠' };
const LABEL: Record<string, string> = { 'off-track': 'Off track', 'at-risk': 'At risk' };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One zone when every team reads its days in it; else each team's, so nobody reads a day in the wrong place. */
export function zonesText(rollup: Rollup): string {
  return (
    rollup.window.timeZone ??
    `each team's own time zone: ${rollup.teams.map((t) => `${t.team} ${t.timeZone}`).join(', ')}`
  );
}

function title(rollup: Rollup): string {
  const { since, until, week } = rollup.window;
  const when = inline(week ?? `${since} to ${until}`);
  return [
    `# Roll-up — ${plural(rollup.teams.length, 'team')} — ${when}`,
    '',
    `_${since} to ${until} (${inline(zonesText(rollup))}), as of ${rollup.asOf}_`,
  ].join('\n');
}

function summary(rollup: Rollup): string {
  const sum = (key: 'onTrack' | 'atRisk' | 'offTrack') => rollup.teams.reduce((n, t) => n + t.headline[key], 0);
  return `**${sum('onTrack')} on track · ${sum('atRisk')} at risk · ${sum('offTrack')} off track · ${plural(rollup.decisions.length, 'decision')} owed · ${rollup.shippedCount} shipped · ${rollup.otherCount} other work**`;
}

function decisions(rollup: Rollup): string {
  if (rollup.decisions.length === 0) return '## Decisions owed\n\nNone this week.';
  const line = (d: Rollup['decisions'][number]) =>
    `- **${inline(d.decision)}** — ${inline(d.team)} · ${inline(d.initiativeTitle)}${d.owner ? ` (${inline(d.owner)})` : ''} — ${dueWords(d.by, d.overdue, bold)}`;
  return `## Decisions owed\n\n${rollup.decisions.map(line).join('\n')}`;
}

function attention(rollup: Rollup): string {
  const rows = needingAttention(rollup);
  if (rows.length === 0) return '## Off track and at risk\n\nNone: every initiative is on track or not started.';
  const line = (i: Rollup['initiatives'][number]) =>
    `- ${ICON[i.status]} **${inline(i.title)}** — ${inline(i.team)} — ${LABEL[i.status]} · Owner: ${i.owner ? inline(i.owner) : 'none'} · Target: ${i.target ? inline(i.target) : 'none'}`;
  return `## Off track and at risk\n\n${rows.map(line).join('\n')}`;
}

function teams(rollup: Rollup): string {
  const rows = rollup.teams.map((t) => [
    cell(t.team),
    ...[
      t.headline.onTrack,
      t.headline.atRisk,
      t.headline.offTrack,
      t.headline.decisionsNeeded,
      t.shippedCount,
      t.otherCount,
    ].map(String),
  ]);
  const missing = rollup.missing.map((m) => [cell(m.source), '—', '—', '—', '—', '—', `not read: ${cell(m.reason)}`]);
  return `## Teams\n\n${table(['Team', 'On track', 'At risk', 'Off track', 'Decisions', 'Shipped', 'Other work'], [...rows, ...missing])}`;
}

/** A change, its pull request, and its repository when it landed in one of the team's sibling repositories. */
function shippedItem(s: Rollup['initiatives'][number]['shipped'][number]): string {
  return `${link(s.title, s.url ?? undefined)}${s.pr !== null ? ` (#${s.pr})` : ''}${s.repo ? ` · ${inline(s.repo)}` : ''}`;
}

function shipped(rollup: Rollup): string {
  const parts = ['## Shipped by team'];
  for (const team of rollup.teams) {
    const lines = rollup.initiatives
      .filter((i) => i.team === team.team && i.shipped.length > 0)
      .map((i) => `- ${inline(i.title)}: ${i.shipped.map(shippedItem).join('; ')}`);
    // The team's notes first: they say what its figures rest on (the files alone, an older plan, a sibling not read).
    const notes = team.notes.map((note) => `${gitNote(note)!}\n`);
    parts.push(
      '',
      `### ${inline(team.team)}`,
      '',
      ...notes,
      lines.length > 0 ? lines.join('\n') : 'Nothing mapped to an initiative shipped.',
    );
  }
  return parts.join('\n');
}

function signals(rollup: Rollup): string {
  if (rollup.signals.length === 0) return '## Signals\n\nNone fires in any team.';
  return `## Signals\n\n${rollup.signals.map((s) => `- **${inline(s.title)}** — ${inline(s.team)}: ${inline(s.summary)}`).join('\n')}`;
}

export function rollupMarkdown(rollup: Rollup): string {
  return sections(
    title(rollup),
    summary(rollup),
    decisions(rollup),
    attention(rollup),
    teams(rollup),
    shipped(rollup),
    signals(rollup),
  );
}
