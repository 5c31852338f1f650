// What the form starts from: the week's own status file when it exists; otherwise the latest
// earlier week's blockers and decisions (their `since` kept) and each initiative's current status.
// Cards come in priority order (1 first), so the form reads like the update it feeds.
import { weekHealth, type WeekHealth } from '../health';
import type { Blocker, Decision, DeliveryModel, Initiative, StatusEntry } from '../model';
import type { InitiativeCard } from '../protocol';
import { isActive } from '../rules/context';
import { latestStatus } from '../view/blockers';
import type { BlockerDraft, DecisionDraft, InitiativeStatusDraft, WeeklyStatus } from './types';

export interface Prefill {
  status: WeeklyStatus;
  source: 'file' | 'previous' | 'initiatives';
  cards: InitiativeCard[];
}

const blockerDraft = (b: Blocker): BlockerDraft => ({ blocker: b.blocker?.value ?? '', since: b.since?.value ?? '', owner: b.owner?.value ?? '' });
const decisionDraft = (d: Decision): DecisionDraft => ({ decision: d.decision?.value ?? '', by: d.by?.value ?? '' });

function card(initiative: Initiative): InitiativeCard {
  return { id: initiative.id, title: initiative.title?.value ?? initiative.id, owner: initiative.owner?.value ?? '', status: initiative.status?.value ?? '' };
}

function draftFor(initiative: Initiative, entry: StatusEntry | undefined, sameWeek: boolean, health: WeekHealth): InitiativeStatusDraft {
  // A new week starts from the health every other surface shows for it (carried over from the last entry).
  const status = (sameWeek ? entry?.status?.value : undefined) ?? health.status;
  return {
    id: initiative.id,
    status,
    progress: sameWeek ? (entry?.progress?.value ?? '') : '',
    next: sameWeek ? (entry?.next?.value ?? '') : '',
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
  const entryOf = (id: string) => from?.initiatives.find((e) => e.id === id);
  return {
    source: own ? 'file' : previous ? 'previous' : 'initiatives',
    cards: shown.map(card),
    status: {
      week,
      author: from?.author?.value ?? author,
      headline: own?.headline?.value ?? '',
      backlog: own?.backlog?.value === undefined ? '' : String(own.backlog.value),
      initiatives: shown.map((i) => draftFor(i, entryOf(i.id), own !== undefined, weekHealth(i, model.statuses, week))),
    },
  };
}
