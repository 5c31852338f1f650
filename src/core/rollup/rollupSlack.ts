// The director's update in Slack's mrkdwn: the Markdown's order and words, without tables.
import { dueWords } from '../reports/render';
import { slackBold, text } from '../reports/weeklySlack';
import { needingAttention, type Rollup } from './rollup';
import { zonesText } from './rollupMarkdown';

const block = (title: string, lines: string[], empty: string) =>
  `*${title}*\n${lines.length ? lines.join('\n') : empty}`;

export function rollupSlack(rollup: Rollup): string {
  const { since, until, week } = rollup.window;
  const sum = (key: 'onTrack' | 'atRisk' | 'offTrack') => rollup.teams.reduce((n, t) => n + t.headline[key], 0);
  const parts = [
    `*Roll-up — ${rollup.teams.length} team${rollup.teams.length === 1 ? '' : 's'} — ${text(week ?? `${since} to ${until}`)}*\n_${since} to ${until} (${text(zonesText(rollup))}), as of ${rollup.asOf}_`,
    `*${sum('onTrack')} on track · ${sum('atRisk')} at risk · ${sum('offTrack')} off track · ${rollup.decisions.length} decision${rollup.decisions.length === 1 ? '' : 's'} owed · ${rollup.shippedCount} shipped · ${rollup.otherCount} other work*`,
    block(
      'Decisions owed',
      rollup.decisions.map(
        (d) =>
          `• *${text(d.decision)}* — ${text(d.team)} · ${text(d.initiativeTitle)} — ${dueWords(d.by, d.overdue, slackBold)}`,
      ),
      'None this week.',
    ),
    block(
      'Off track and at risk',
      needingAttention(rollup).map(
        (i) =>
          `${i.status === 'off-track' ? ':red_circle:' : ':large_orange_circle:'} *${text(i.title)}* — ${text(i.team)} · ${i.owner ? text(i.owner) : 'no owner'} · target ${text(i.target ?? 'none')}`,
      ),
      'None.',
    ),
    block(
      'Teams',
      rollup.teams.map((t) =>
        [
          `• ${text(t.team)}: ${t.headline.onTrack} on track, ${t.headline.atRisk} at risk, ${t.headline.offTrack} off track, ${t.shippedCount} shipped, ${t.otherCount} other work`,
          ...t.notes.map((note) => `   :information_source: ${text(note)}`),
        ].join('\n'),
      ),
      'None.',
    ),
    ...(rollup.missing.length
      ? [
          block(
            'Not read',
            rollup.missing.map((m) => `• ${text(m.source)}: ${text(m.reason)}`),
            '',
          ),
        ]
      : []),
  ];
  return `${parts.join('\n\n')}\n`;
}
