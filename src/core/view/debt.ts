// The debt register as the editor lists it: worst risk first, then the oldest, each with its owner.
import { checkOwner } from '../person';
import type { DebtItem, DeliveryModel, IsoDate, Range } from '../model';
import { ownerName } from './details';

const RISK_RANK: Record<string, number> = { high: 0, medium: 1, low: 2 };

/** Worst risk (none last), then the oldest `since` (none last), then by name. */
export function compareByRisk(
  a: { item: string; risk: string | null; since: IsoDate | null },
  b: { item: string; risk: string | null; since: IsoDate | null },
): number {
  const rank = (risk: string | null) => RISK_RANK[risk ?? ''] ?? 3;
  const [sa, sb] = [a.since ?? '9999', b.since ?? '9999'];
  return (
    rank(a.risk) - rank(b.risk) || (sa < sb ? -1 : sa > sb ? 1 : 0) || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0)
  );
}

export interface DebtEntry {
  item: string;
  risk: string | null;
  owner: string | null;
  /** False when the owner is missing or names a team, a function or several people. */
  ownerIsPerson: boolean;
  since: IsoDate | null;
  impact: string | null;
  file: string;
  range: Range;
}

/** Every debt item of the register, named ones and unnamed ones (as "unnamed debt"), in reading order. */
export function debtEntries(model: DeliveryModel): DebtEntry[] {
  const register = model.debt;
  if (!register) return [];
  return register.items
    .map((d: DebtItem): DebtEntry => ({
      item: d.item?.value ?? 'unnamed debt',
      risk: d.risk?.value ?? null,
      owner: ownerName(d.owner?.value) ?? null,
      ownerIsPerson: d.owner !== undefined && checkOwner(d.owner.value).ok,
      since: d.since?.value ?? null,
      impact: d.impact?.value ?? null,
      file: register.file,
      range: d.item?.keyRange ?? d.range,
    }))
    .sort(compareByRisk);
}
