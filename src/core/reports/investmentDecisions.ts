// Investment decisions the executive team owes: proposals for quarters that have not begun, by their
// decision date, overdue ones marked. The roadmap review lists them beside the initiatives' decisions.
import { quarterRange } from '../dates';
import type { DeliveryModel, IsoDate } from '../model';
import { ownerName } from '../view/details';

export interface InvestmentDecision {
  investment: string;
  quarter: string;
  owner: string | null;
  cost: string | null;
  decisionBy: IsoDate;
  /** `decisionBy` is before the day the report is told as of. */
  overdue: boolean;
}

export function investmentDecisions(model: DeliveryModel, asOf: IsoDate): InvestmentDecision[] {
  return (model.investments ?? [])
    .filter((file) => quarterRange(file.quarter).start > asOf)
    .flatMap((file) =>
      file.investments.flatMap((i) =>
        i.investment && i.decisionBy
          ? [
              {
                investment: i.investment.value,
                quarter: file.quarter,
                owner: ownerName(i.owner?.value) ?? null,
                cost: i.cost?.value ?? null,
                decisionBy: i.decisionBy.value,
                overdue: i.decisionBy.value < asOf,
              },
            ]
          : [],
      ),
    )
    .sort((a, b) => (a.decisionBy < b.decisionBy ? -1 : a.decisionBy > b.decisionBy ? 1 : 0));
}
