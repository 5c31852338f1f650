// target-slipped: a target moved later twice or more is reprioritization or estimation drift.

import { parseTarget } from '../dates';
import type { LedgerEntry } from '../model';
import { at, isActive, type Rule } from './context';

const SLIPS_TO_FIRE = 2;

/** Changes of the target that moved its end later; unbounded targets on either side do not count. */
function laterMoves(entries: readonly LedgerEntry[]): LedgerEntry[] {
  return entries.filter((e) => {
    if (e.field !== 'target' || !e.from || !e.to) return false;
    const [from, to] = [parseTarget(e.from), parseTarget(e.to)];
    return !!from && !!to && to.end > from.end;
  });
}

function history(moves: LedgerEntry[]): string {
  return [moves[0].from, ...moves.map((m) => m.to)].join(' → ');
}

export const targetSlipped: Rule = ({ model, ledger }) =>
  model.initiatives.flatMap((i) => {
    if (!ledger || !isActive(i)) return [];
    const moves = laterMoves(ledger.get(i.id) ?? ledger.get(i.file) ?? []);
    if (moves.length < SLIPS_TO_FIRE) return [];
    const range = i.target?.keyRange ?? i.idRange;
    return [
      at(
        i,
        'target-slipped',
        range,
        `Target moved later ${moves.length} times (${history(moves)}): record why, or re-plan the scope`,
      ),
    ];
  });
