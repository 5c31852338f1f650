// The quarterly review's "Technical debt and risk" and "Technology investments for next quarter"
// as data: the register worst risk first with each item's age and this quarter's changes in its
// area, the quarter's hotspots marked against the register, and next quarter's proposals.
import { addDays, daysBetween, quarterOf, quarterRange } from '../dates';
import { changesInArea, distinctItems, hotspots, inArea } from '../debt/hotspots';
import type { ShippedItem } from '../git/shipped';
import type { DeliveryModel, IsoDate } from '../model';
import type { Mapping } from '../mapping';
import { compareByRisk } from '../view/debt';
import { ownerName } from '../view/details';

export interface DebtRow {
  item: string;
  risk: string | null;
  owner: string | null;
  since: IsoDate | null;
  /** Days from `since` to the day the report is told as of. */
  ageDays: number | null;
  impact: string | null;
  area: string[];
  /** Distinct shipped items of the quarter that changed a file in `area`; null when git was not read. */
  changesInQuarter: number | null;
}

export interface HotspotRow {
  path: string;
  /** Distinct shipped items of the quarter that changed the file. */
  changes: number;
  /** Distinct authors of those items. */
  authors: number;
  /** The riskiest debt item whose area holds the file; null outside every area (possible unregistered debt). */
  debt: string | null;
}

export interface InvestmentRow {
  investment: string;
  why: string | null;
  cost: string | null;
  owner: string | null;
  decisionBy: IsoDate | null;
  retires: string[];
}

export interface DebtSections {
  debt: DebtRow[];
  hotspots: HotspotRow[];
  /** The quarter the investments are proposed for: the one after the reviewed quarter. */
  investmentsQuarter: string;
  investments: InvestmentRow[];
}

export function nextQuarterOf(quarter: string): string {
  return quarterOf(addDays(quarterRange(quarter).end, 1));
}

/**
 * Every non-plan item the quarter shipped in the plan's own repository, once each: work for
 * initiatives and Other work alike. A debt area's paths are the plan repository's, and a sibling's
 * `src/index.ts` is another file than the plan's, so siblings' changes are not counted here.
 */
export function quarterItems(mapping: Mapping | undefined): ShippedItem[] | undefined {
  const own = (item: ShippedItem) => item.repo === undefined;
  return mapping && distinctItems([...[...mapping.byInitiative.values()].flat(), ...mapping.other].filter(own));
}

export function debtSections(
  model: DeliveryModel,
  quarter: string,
  asOf: IsoDate,
  items: readonly ShippedItem[] | undefined,
): DebtSections {
  const debt = debtRows(model, asOf, items);
  const investmentsQuarter = nextQuarterOf(quarter);
  return {
    debt,
    // `debt` is worst risk first, so the first area that holds a file names its riskiest debt.
    hotspots: (items ? hotspots(items) : []).map((h) => ({
      ...h,
      debt: debt.find((d) => inArea(d.area, h.path))?.item ?? null,
    })),
    investmentsQuarter,
    investments: investmentRows(model, investmentsQuarter),
  };
}

/** The named items of the register, worst risk first; an unnamed item is a schema error and is left out. */
function debtRows(model: DeliveryModel, asOf: IsoDate, items: readonly ShippedItem[] | undefined): DebtRow[] {
  return (model.debt?.items ?? [])
    .flatMap((d): DebtRow[] => {
      if (!d.item) return [];
      const area = d.area.map((a) => a.value);
      const since = d.since?.value ?? null;
      return [
        {
          item: d.item.value,
          risk: d.risk?.value ?? null,
          owner: ownerName(d.owner?.value) ?? null,
          since,
          ageDays: since === null ? null : Math.max(0, daysBetween(since, asOf)),
          impact: d.impact?.value ?? null,
          area,
          changesInQuarter: items ? changesInArea(items, area) : null,
        },
      ];
    })
    .sort(compareByRisk);
}

/** The proposals of every file for `quarter`, in the order written: the proposer's own order. */
function investmentRows(model: DeliveryModel, quarter: string): InvestmentRow[] {
  return (model.investments ?? [])
    .filter((file) => file.quarter === quarter)
    .flatMap((file) => file.investments)
    .flatMap((i): InvestmentRow[] =>
      i.investment
        ? [
            {
              investment: i.investment.value,
              why: i.why?.value ?? null,
              cost: i.cost?.value ?? null,
              owner: ownerName(i.owner?.value) ?? null,
              decisionBy: i.decisionBy?.value ?? null,
              retires: i.retires.map((r) => r.value),
            },
          ]
        : [],
    );
}
