// The weekly update in Slack's mrkdwn, to paste into a channel: the Markdown's order and words,
// without tables or headings (Slack shows neither), links as <url|#122>. Whatever warns in the
// Markdown (alerts, notes, changes, fired signals) warns here too: a channel reader sees no less.
import { HEALTH_LABELS } from '../model';
import { plainLine } from '../plainText';
import { formatAge } from '../view/blockers';
import { changeWords, dueWords, nothingShipped, planWhen, repoLabels, titlesOf } from './render';
import type { ShippedRef } from './rows';
import type { WeeklyUpdate } from './weekly';

/** Slack treats &, < and > as markup: everything else is shown as written, on one line. */
export function text(value: string): string {
  return plainLine(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function shipped(ref: ShippedRef, repo: string | undefined): string {
  const pr = ref.pr === null ? '' : ref.url ? ` (<${ref.url}|#${ref.pr}>)` : ` (#${ref.pr})`;
  return `• ${text(ref.title)}${pr}${repo !== undefined ? ` · ${text(repo)}` : ''} \`${ref.sha.slice(0, 7)}\``;
}

/** Bold in Slack's mrkdwn. */
export const slackBold = (value: string) => `*${value}*`;

const block = (title: string, lines: string[], empty: string) =>
  `*${title}*\n${lines.length ? lines.join('\n') : empty}`;

export function weeklySlack(update: WeeklyUpdate): string {
  const h = update.headline;
  const titles = titlesOf(update.initiatives, update.changes);
  const period = update.window.week ?? `${update.window.since} to ${update.window.until}`;
  const attention = ['off-track', 'at-risk'].flatMap((status) => update.initiatives.filter((i) => i.status === status));
  const repoOf = repoLabels(update.repos, [...update.initiatives.flatMap((i) => i.shipped), ...update.other]);
  const line = (ref: ShippedRef) => shipped(ref, repoOf(ref));
  const notes = [update.git.note, update.plan.note, ...update.repos.map((repo) => repo.note)]
    .filter((n): n is string => !!n)
    .map((n) => `:information_source: ${text(n)}`);
  const parts = [
    `*Weekly update${update.team ? ` — ${text(update.team)}` : ''} — ${period}*\n_${update.window.since} to ${update.window.until} (${text(update.window.timeZone)}), as of ${update.asOf}${planWhen(update.plan)}_`,
    `*${h.onTrack} on track · ${h.atRisk} at risk · ${h.offTrack} off track · ${h.decisionsNeeded} decision${h.decisionsNeeded === 1 ? '' : 's'} needed*${h.text ? `\n> ${text(h.text)}` : ''}`,
    ...notes,
    block(
      'Decisions needed',
      update.decisions.map(
        (d) =>
          `• *${text(d.decision)}* — ${text(d.initiativeTitle)}${d.owner ? ` (${text(d.owner)})` : ''} — ${dueWords(d.by, d.overdue, slackBold)}`,
      ),
      'None this week.',
    ),
    ...(attention.length
      ? [
          block(
            'Needs attention',
            attention.map((i) =>
              [
                `${i.status === 'off-track' ? ':red_circle:' : ':large_orange_circle:'} *${text(i.title)}* — ${HEALTH_LABELS[i.status]} · ${i.owner ? text(i.owner) : 'no owner'} · target ${text(i.target ?? 'none')}`,
                `      Progress: ${i.progress ? text(i.progress) : '_no update this week_'}`,
                ...(i.next ? [`      Next: ${text(i.next)}`] : []),
                ...(i.mainRisk ? [`      Main risk: ${text(i.mainRisk)}`] : []),
                ...i.alerts.map((alert) => `      :warning: ${text(alert)}`),
              ].join('\n'),
            ),
            '',
          ),
        ]
      : []),
    ...(update.git.available
      ? [
          block(
            `Shipped (${update.shippedCount})`,
            update.initiatives
              .filter((i) => i.shipped.length)
              .map((i) => `_${text(i.title)}_\n${i.shipped.map(line).join('\n')}`),
            nothingShipped(update),
          ),
          block(`Other work (${update.otherCount})`, update.other.map(line), 'None.'),
        ]
      : []),
    block(
      'Blockers',
      update.blockers.map(
        (b) =>
          `• ${text(b.blocker)} — ${text(b.initiativeTitle)} — ${b.owner ? text(b.owner) : 'no owner'} — ${formatAge(b.ageDays ?? undefined)}`,
      ),
      'No open blockers.',
    ),
    ...(update.git.available
      ? [
          block(
            'Changes this week',
            update.changes.map(
              (c) =>
                `• *${text(titles.get(c.initiative) ?? c.initiative)}*: ${text(changeWords(c))} (${c.date})${c.reason ? ` — _${text(c.reason)}_` : ''}`,
            ),
            'No target, priority, status, health or outcome changed.',
          ),
        ]
      : []),
    block(
      'Signals',
      update.signals.filter((s) => s.fires).map((s) => `:warning: *${text(s.title)}* — ${text(s.summary)}`),
      'No failure signal fires.',
    ),
  ];
  return `${parts.join('\n\n')}\n`;
}
