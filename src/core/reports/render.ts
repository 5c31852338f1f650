// Markdown pieces the three reports share: shipped lines, status words, the blocker table, signals, the git note.
import { cell, inline, link, md, table } from '../markdown';
import type { Signal } from '../signals';
import { formatAge } from '../view/blockers';
import { HEALTH_LABELS, type InitiativeStatus } from '../model';
import type { PlanSource } from './planAsItStood';
import type { RepoRow } from './repos';
import type { ChangeRow, ShippedRef } from './rows';
import type { BlockerItem, DecisionItem, WeeklyUpdate } from './weekly';

export function statusWord(status: InitiativeStatus): string {
  return HEALTH_LABELS[status];
}

/**
 * "- Card tokens ([#42](…)) · `1a2b3c4`", with the other initiatives the same change is listed
 * under, and its repository when the report tells several ("· payments-service").
 */
export function shippedLine(ref: ShippedRef, alsoUnder: readonly string[] = [], repo?: string): string {
  const pr = ref.pr !== null ? ` (${link(`#${ref.pr}`, ref.url ?? undefined)})` : '';
  const where = repo !== undefined ? ` · ${md(repo)}` : '';
  const also = alsoUnder.length > 0 ? ` _(also under ${alsoUnder.map(md).join(', ')})_` : '';
  return `- ${md(ref.title)}${pr}${where} · \`${ref.sha.slice(0, 7)}\`${also}`;
}

/**
 * Each change's repository, when more than one repository contributed to the report; else nothing,
 * so a team with one repository reads no repository names.
 */
export function repoLabels(
  repos: readonly RepoRow[],
  refs: readonly ShippedRef[],
): (ref: ShippedRef) => string | undefined {
  const own = repos.find((repo) => repo.own)?.name ?? '';
  const contributed = new Set(refs.map((ref) => ref.repo ?? own));
  return contributed.size > 1 ? (ref) => ref.repo ?? own : () => undefined;
}

/** One note per sibling repository that could not be read ("payments-service: not read — …"). */
export function repoNotes(repos: readonly RepoRow[]): string | undefined {
  const notes = repos.flatMap((repo) => (repo.note ? [gitNote(repo.note)!] : []));
  return notes.length > 0 ? notes.join('\n\n') : undefined;
}

/** "- **Payments**: target 2026-11 → 2026-Q4 (2026-11-18) — _Re-plan after the PCI audit_". */
export function changeText(change: ChangeRow, title: string): string {
  const reason = change.reason ? ` — _${md(change.reason)}_` : '';
  return `- **${md(title)}**: ${inline(changeWords(change))} (${change.date})${reason}`;
}

/** Each initiative's title by id: the report's initiatives', then a removed one's as it was when it left. */
export function titlesOf(
  initiatives: readonly { id: string; title: string }[],
  changes: readonly ChangeRow[],
): Map<string, string> {
  const titles = new Map(changes.flatMap((c) => (c.title !== undefined ? [[c.initiative, c.title] as const] : [])));
  for (const i of initiatives) titles.set(i.id, i.title);
  return titles;
}

/** What a change did, in plain words: "target 2026-11 → 2026-Q4", "first measured 2.1%, measured 2026-11-19". */
export function changeWords(change: ChangeRow): string {
  if (change.field === 'added') return 'added to the plan';
  if (change.field === 'removed') return removedWords(change);
  if (change.field === 'outcome') {
    const from = change.from === null ? 'first measured' : `outcome ${change.from} →`;
    return `${from} ${change.to ?? ''}, measured ${change.measured ?? change.date}`;
  }
  const word = (value: string | null) =>
    (change.field === 'health' || change.field === 'status') && value && value in HEALTH_LABELS
      ? HEALTH_LABELS[value as InitiativeStatus].toLowerCase()
      : value;
  // "plan status", so it never reads as the week's health; one that only catches up with a health already reported says so.
  const field = change.field === 'status' ? 'plan status' : change.field;
  const already = change.reportedIn ? `, as the health reported in ${change.reportedIn}` : '';
  return `${field} ${word(change.from) ?? '(none)'} → ${word(change.to) ?? '(removed)'}${already}`;
}

/** "removed from the plan, was due 2026-11-20"; one removed once done says so, since nothing was dropped. */
function removedWords(change: ChangeRow): string {
  if (change.status === 'done') return 'removed from the plan when done';
  const cancelled = change.status === 'cancelled' ? ', cancelled' : '';
  return `removed from the plan${cancelled}${change.due ? `, was due ${change.due}` : ''}`;
}

/** Fired signals as a list with their reason; a single calm line when none fires. */
export function signalLines(signals: readonly Signal[], showQuiet = false): string {
  const shown = showQuiet ? signals : signals.filter((s) => s.fires);
  if (shown.length === 0) return 'No failure signal fires.';
  return shown
    .map((s) => {
      // Without data a signal is not measured: never a green mark.
      const mark = s.fires
        ? '⚠️ **' + md(s.title) + '** (fires)'
        : s.value === null
          ? '⚪ **' + md(s.title) + '** (not measured)'
          : '✅ **' + md(s.title) + '**';
      const details = s.fires ? cappedDetails(s.details) : '';
      return `- ${mark} — ${md(s.summary)}${details}`;
    })
    .join('\n');
}

/** The first details of a fired signal, and how many more there are: a list never ends silently short. */
const DETAILS_LISTED = 5;
function cappedDetails(details: readonly string[]): string {
  const shown = details.slice(0, DETAILS_LISTED).map((d) => `\n  - ${md(d)}`);
  const more = details.length - DETAILS_LISTED;
  return shown.join('') + (more > 0 ? `\n  - … and ${more} more` : '');
}

export function blockerTable(blockers: readonly BlockerItem[]): string {
  const rows = blockers.map((b) => [
    cell(b.blocker),
    cell(b.initiativeTitle),
    cell(b.owner ?? 'no owner'),
    formatAge(b.ageDays ?? undefined),
  ]);
  return table(['Blocker', 'Initiative', 'Owner', 'Age'], rows);
}

export function gitNote(note: string | null): string | undefined {
  return note ? `> **Note:** ${md(note)}` : undefined;
}

/** ", plan as committed on 2026-11-20 (1a2b3c4)" for a past week's plan read from git; nothing for the working tree. */
export function planWhen(plan: PlanSource): string {
  return plan.source === 'git' && plan.date && plan.sha
    ? `, plan as committed on ${plan.date} (${plan.sha.slice(0, 7)})`
    : '';
}

/** "overdue (due 2026-11-20)": a decision is overdue from the day after its date, so "overdue since" that date would be a day early. */
export function overdueWords(by: string): string {
  return `overdue (due ${by})`;
}

/** When a decision is due: "by 2026-12-01", the overdue words set off by `strong` (bold in Markdown, Slack's own), or "no date". */
export function dueWords(by: string | null | undefined, overdue: boolean, strong: (text: string) => string): string {
  if (!by) return 'no date';
  return overdue ? strong(overdueWords(by)) : `by ${by}`;
}

/** Bold in Markdown. */
export const bold = (text: string) => `**${text}**`;

/** "- **Approve a second contractor** — Payments revamp (Dana Kim) — by 2026-12-01", overdue marked. */
export function decisionLine(d: DecisionItem): string {
  return `- **${md(d.decision)}** — ${md(d.initiativeTitle)}${d.owner ? ` (${md(d.owner)})` : ''} — ${dueWords(d.by, d.overdue, bold)}`;
}

/** Why the Shipped list is empty: nothing reached the branch at all, or only work outside the initiatives did. */
export function nothingShipped(update: WeeklyUpdate): string {
  const when = update.window.week ? 'this week' : 'in this window';
  return update.otherCount === 0 ? `Nothing shipped ${when}.` : `Nothing mapped to an initiative shipped ${when}.`;
}
