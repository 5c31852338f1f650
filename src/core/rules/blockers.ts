// blocker-aging and blocker-owner-missing, over the open blockers (openBlockers says which), and
// the schema check that a blocker's `since` is not a day still to come.

import { daysBetween } from '../dates';
import type { Blocker } from '../model';
import { hasBegun, openBlockers, type OpenBlocker } from '../view/blockers';
import type { Rule, RuleContext, RuleFinding } from './context';

export const DEFAULT_AGING_DAYS = 14;

function finding(b: OpenBlocker, code: RuleFinding['code'], range: Blocker['range'], message: string): RuleFinding {
  return { file: b.file, range, code, message, initiative: b.initiative };
}

function name(b: OpenBlocker): string {
  return b.blocker.blocker ? `'${b.blocker.blocker.value}'` : 'A blocker';
}

export const blockerAging: Rule = (context: RuleContext) => {
  const limit = context.days('blocker-aging', DEFAULT_AGING_DAYS);
  return openBlockers(context.model, context.asOf).flatMap((b) => {
    const since = b.blocker.since;
    if (!since) return [];
    const age = daysBetween(since.value, context.asOf);
    if (age <= limit) return [];
    return [
      finding(
        b,
        'blocker-aging',
        since.range,
        `Blocker ${name(b)} has been open ${age} days (since ${since.value}): escalate it or record a decision`,
      ),
    ];
  });
};

/** A blocker not begun yet blocks nothing, so it needs no owner yet: its `since` is the finding (blockerSinceInFuture). */
export const blockerOwnerMissing: Rule = ({ model, asOf }) =>
  openBlockers(model, asOf)
    .filter((b) => hasBegun(b.blocker, asOf) && !b.blocker.owner)
    .map((b) =>
      finding(
        b,
        'blocker-owner-missing',
        b.blocker.blocker?.range ?? b.blocker.range,
        `Blocker ${name(b)} has no owner: add \`owner:\` with the person who will clear it`,
      ),
    );

/** A blocker cannot have begun on a day that has not come: most likely a typo, and reports leave it out until then. */
export const blockerSinceInFuture: Rule = ({ model, asOf }) =>
  openBlockers(model, asOf).flatMap((b) => {
    const since = b.blocker.since;
    if (!since || hasBegun(b.blocker, asOf)) return [];
    return [
      finding(
        b,
        'schema',
        since.range,
        `Blocker ${name(b)} has since ${since.value}, ${daysBetween(asOf, since.value)} days after today (${asOf}): give the day it began blocking (reports leave it out until then)`,
      ),
    ];
  });
