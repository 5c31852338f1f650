// blocker-aging and blocker-owner-missing, over the blockers that are current: those in the
// initiative files and those in the latest weekly status (older statuses are history).

import { daysBetween, weekRange } from '../dates';
import type { Blocker, Initiative, IsoDate, WeeklyStatusFile } from '../model';
import { latestStatus } from '../view/blockers';
import { isActive, type Rule, type RuleContext, type RuleFinding } from './context';

export const DEFAULT_AGING_DAYS = 14;

interface CurrentBlocker {
  blocker: Blocker;
  file: string;
  initiative: string;
}

/** Status blockers that repeat one of the initiative file are reported once, in the initiative file. */
function currentBlockers(initiatives: readonly Initiative[], statuses: readonly WeeklyStatusFile[], asOf: IsoDate): CurrentBlocker[] {
  const active = initiatives.filter(isActive);
  const fromFiles = active.flatMap((i) => i.blockers.map((blocker) => ({ blocker, file: i.file, initiative: i.id })));
  const known = new Set(fromFiles.map((b) => `${b.initiative}\u0000${b.blocker.blocker?.value ?? ''}`));
  const status = latestStatus(statuses.filter((s) => weekRange(s.week).start <= asOf));
  const activeIds = new Set(active.map((i) => i.id));
  const fromStatus = (status?.initiatives ?? [])
    .filter((e) => activeIds.has(e.id))
    .flatMap((e) => e.blockers.map((blocker) => ({ blocker, file: status!.file, initiative: e.id })))
    .filter((b) => !known.has(`${b.initiative}\u0000${b.blocker.blocker?.value ?? ''}`));
  return [...fromFiles, ...fromStatus];
}

function finding(b: CurrentBlocker, code: RuleFinding['code'], range: Blocker['range'], message: string): RuleFinding {
  return { file: b.file, range, code, message, initiative: b.initiative };
}

function name(b: CurrentBlocker): string {
  return b.blocker.blocker ? `'${b.blocker.blocker.value}'` : 'A blocker';
}

export const blockerAging: Rule = (context: RuleContext) => {
  const limit = context.days('blocker-aging', DEFAULT_AGING_DAYS);
  return currentBlockers(context.model.initiatives, context.model.statuses, context.asOf).flatMap((b) => {
    const since = b.blocker.since;
    if (!since) return [];
    const age = daysBetween(since.value, context.asOf);
    if (age <= limit) return [];
    return [finding(b, 'blocker-aging', since.range, `Blocker ${name(b)} has been open ${age} days (since ${since.value}): escalate it or record a decision`)];
  });
};

export const blockerOwnerMissing: Rule = ({ model, asOf }) =>
  currentBlockers(model.initiatives, model.statuses, asOf)
    .filter((b) => !b.blocker.owner)
    .map((b) => finding(b, 'blocker-owner-missing', b.blocker.blocker?.range ?? b.blocker.range, `Blocker ${name(b)} has no owner: add \`owner:\` with the person who will clear it`));
