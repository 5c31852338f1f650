// What the form starts from: the week's own status file when it exists; otherwise the latest
// earlier week's blockers and decisions (their `since` kept) and each initiative's current status.
// Cards come in priority order (1 first), so the form reads like the update it feeds.
import { latestEntries } from '../carried';
import { weekHealth, type WeekHealth } from '../health';
import type { Blocker, Decision, DeliveryModel, Initiative, StatusEntry } from '../model';
import type { InitiativeCard } from '../protocol';
import { isActive } from '../rules/context';
import { blockerKey, latestStatus } from '../view/blockers';
import type { BlockerDraft, DecisionDraft, InitiativeStatusDraft, WeeklyStatus } from './types';

export interface Prefill {
  status: WeeklyStatus;
  source: 'file' | 'previous' | 'initiatives';
  cards: InitiativeCard[];
}

const blockerDraft = (b: Blocker): BlockerDraft => ({
  blocker: b.blocker?.value ?? '',
  since: b.since?.value ?? '',
  owner: b.owner?.value ?? '',
});
const decisionDraft = (d: Decision): DecisionDraft => ({ decision: d.decision?.value ?? '', by: d.by?.value ?? '' });

/** The outcome the card offers to record a measurement of: one that names a metric. */
function outcomeOf(initiative: Initiative): Pick<InitiativeCard, 'outcome'> {
  const outcome = initiative.outcome;
  if (!outcome?.metric) return {};
  const reading = { current: outcome.current?.value ?? '', measured: outcome.measured?.value ?? '' };
  return { outcome: { metric: outcome.metric.value, ...reading } };
}

/** The card's heading, and the blockers written in the initiative's own file that its entry does not repeat. */
function card(initiative: Initiative, draft: InitiativeStatusDraft): InitiativeCard {
  const fileBlockers = initiative.blockers
    .map((b) => ({ ...blockerDraft(b), line: (b.range?.start.line ?? 0) + 1 }))
    .filter((b) => b.blocker !== '' && !draft.blockers.some((d) => blockerKey(d.blocker) === blockerKey(b.blocker)));
  return {
    id: initiative.id,
    title: initiative.title?.value ?? initiative.id,
    owner: initiative.owner?.value ?? '',
    status: initiative.status?.value ?? '',
    file: initiative.file,
    fileBlockers,
    ...outcomeOf(initiative),
  };
}

/**
 * One card's draft: the week's own entry when there is one; else the initiative's latest earlier
 * entry, carried over (its blockers and decisions, not its progress); else the initiative file.
 */
function draftFor(
  initiative: Initiative,
  own: StatusEntry | undefined,
  carried: StatusEntry | undefined,
  health: WeekHealth,
): InitiativeStatusDraft {
  const entry = own ?? carried;
  return {
    id: initiative.id,
    // A new week starts from the health every other surface shows for it (carried over from the last entry).
    status: own?.status?.value ?? health.status,
    progress: own?.progress?.value ?? '',
    next: own?.next?.value ?? '',
    blockers: (entry ? entry.blockers : initiative.blockers).map(blockerDraft),
    decisions: (entry ? entry.decisions : initiative.decisions).map(decisionDraft),
  };
}

/** The form's starting point for `week`; `author` is used when no file names one. */
export function prefillWeeklyStatus(model: DeliveryModel, week: string, author = ''): Prefill {
  const own = model.statuses.find((s) => s.week === week);
  const previous = latestStatus(model.statuses.filter((s) => s.week < week));
  const from = own ?? previous;
  const mentioned = new Set(own?.initiatives.map((e) => e.id) ?? []);
  const rank = (i: Initiative) => i.priority?.value ?? Number.POSITIVE_INFINITY;
  const shown = model.initiatives.filter((i) => isActive(i) || mentioned.has(i.id)).sort((a, b) => rank(a) - rank(b));
  const carried = latestEntries(model.statuses.filter((s) => s.week < week));
  const drafts = shown.map((i) =>
    draftFor(
      i,
      own?.initiatives.find((e) => e.id === i.id),
      carried.get(i.id)?.entry,
      weekHealth(i, model.statuses, week),
    ),
  );
  return {
    source: own ? 'file' : previous ? 'previous' : 'initiatives',
    cards: shown.map((i, n) => card(i, drafts[n])),
    status: {
      week,
      author: from?.author?.value ?? author,
      headline: own?.headline?.value ?? '',
      backlog: own?.backlog?.value === undefined ? '' : String(own.backlog.value),
      initiatives: drafts,
    },
  };
}
