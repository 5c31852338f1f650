// Consistently missed commitments: the share of initiatives finished by the target they had
// when the quarter began, counting only targets already due on the as-of date. An initiative
// removed from the plan once its target was due still counts: deleting a miss does not unmake it.
import { quarterRange } from '../dates';
import type { Initiative, IsoDate, LedgerEntry, SlipLedger } from '../model';
import { round } from './churn';
import { doneOn, removedBy, targetEnd, valueOn } from './history';
import type { Signal } from './types';
import { titleOf } from '../view/grouping';

const THRESHOLD = 0.7;

export interface Commitment {
  id: string;
  title: string;
  target: string;
  due: IsoDate;
  met: boolean;
  /** The day it left the plan, for an initiative the plan no longer holds. */
  removed?: IsoDate;
}

/** Commitments of `quarter` that were due by `asOf`, and whether each was met; the removed ones after the plan's, soonest due first. */
export function commitments(
  initiatives: Initiative[],
  ledger: SlipLedger | undefined,
  quarter: string,
  asOf: IsoDate,
): Commitment[] {
  const range = quarterRange(quarter);
  const result: Commitment[] = [];
  for (const initiative of initiatives) {
    const entries = ledger?.get(initiative.id);
    const target = ledger ? valueOn(entries, 'target', range.start) : initiative.interval?.label;
    const due = target ? targetEnd(target) : undefined;
    if (!target || !due || due < range.start || due > range.end || due > asOf) continue;
    const status = initiative.status?.value;
    const finished = ledger ? doneOn(entries) : status === 'done' ? due : undefined;
    result.push({
      id: initiative.id,
      title: titleOf(initiative),
      target,
      due,
      met: status === 'done' && finished !== undefined && finished <= due,
    });
  }
  const present = new Set(initiatives.map((i) => i.id));
  const removed = [...(ledger ?? [])].flatMap(([id, entries]) => {
    const commitment = present.has(id) ? undefined : removedCommitment(id, entries, range, asOf);
    return commitment ? [commitment] : [];
  });
  return [...result, ...removed.sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id))];
}

/**
 * The commitment of an initiative out of the plan on `asOf`, when it was removed on or after the
 * last day of the target it had when the quarter began; one removed earlier was withdrawn, not missed.
 */
function removedCommitment(
  id: string,
  entries: readonly LedgerEntry[],
  range: { start: IsoDate; end: IsoDate },
  asOf: IsoDate,
): Commitment | undefined {
  const removal = removedBy(entries, asOf);
  // Out of the plan when the quarter began (by an earlier removal), it was no commitment of the quarter.
  const outAtStart = removedBy(entries, range.start);
  const target = removal && (!outAtStart || outAtStart === removal) && valueOn(entries, 'target', range.start);
  const due = target ? targetEnd(target) : undefined;
  if (!removal || !target || !due || due < range.start || due > range.end || due > asOf || removal.date < due)
    return undefined;
  const finished = doneOn(entries);
  return {
    id,
    title: removal.title ?? id,
    target,
    due,
    met: valueOn(entries, 'status', removal.date) === 'done' && finished !== undefined && finished <= due,
    removed: removal.date,
  };
}

/** Below this many commitments a share is noise: the counts are given instead. */
const MIN_FOR_SHARE = 5;

export function reliabilitySignal(list: Commitment[], quarter: string, asOf: IsoDate): Signal {
  const base = { code: 'missed-commitments' as const, title: 'Consistently missed commitments' };
  if (list.length === 0) {
    const ended = asOf >= quarterRange(quarter).end;
    return {
      ...base,
      fires: false,
      value: null,
      summary: ended ? `No commitment was due in ${quarter}.` : `No ${quarter} commitment is due yet.`,
      details: [],
    };
  }
  const met = list.filter((c) => c.met).length;
  const share = met / list.length;
  const fires = list.length >= 2 && share < THRESHOLD;
  const percent = list.length >= MIN_FOR_SHARE ? ` (${Math.round(share * 100)}%)` : '';
  // The verb and pronoun agree with the count read first: "1 of 3 … was … its target", "2 of 3 … were … their targets".
  const noun = list.length === 1 ? 'commitment' : 'commitments';
  const verb = met === 1 || list.length === 1 ? 'was' : 'were';
  const figure = `${met} of ${list.length} ${noun} due in ${quarter} ${verb} finished by ${verb === 'was' ? 'its target' : 'their targets'}${percent}`;
  return {
    ...base,
    fires,
    value: round(share),
    summary: fires ? `${figure}, below ${THRESHOLD * 100}%.` : `${figure}.`,
    details: list
      .filter((c) => !c.met)
      .map(
        (c) =>
          `${c.title}: committed ${c.target}, due ${c.due}, not done by then${c.removed ? ` (removed from the plan ${c.removed})` : ''}`,
      ),
  };
}
