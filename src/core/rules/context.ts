// What every rule receives, and the small helpers rules share.

import {
  ACTIVE_STATUSES,
  type DeliveryModel,
  type Finding,
  type Initiative,
  type IsoDate,
  type Range,
  type RuleCode,
  type SlipLedger,
} from '../model';

export interface RuleContext {
  model: DeliveryModel;
  asOf: IsoDate;
  ledger?: SlipLedger;
  /** The `days` threshold of a rule: config.yaml's value or the rule's default. */
  days(code: RuleCode, fallback: number): number;
}

/** A finding before config.yaml decides its severity. */
export type RuleFinding = Omit<Finding, 'severity'>;

export type Rule = (context: RuleContext) => RuleFinding[];

/** An initiative without a status has not been marked finished, so it still owes work. */
export function isActive(initiative: Initiative): boolean {
  return !initiative.status || ACTIVE_STATUSES.includes(initiative.status.value);
}

export function at(initiative: Initiative, code: RuleCode, range: Range, message: string): RuleFinding {
  return { file: initiative.file, range, code, message, initiative: initiative.id };
}

/** True when the parser already reported a problem inside `range` of the initiative's file. */
export function hasProblemWithin(model: DeliveryModel, file: string, range: Range): boolean {
  const before = (a: Range['start'], b: Range['start']): boolean =>
    a.line < b.line || (a.line === b.line && a.column <= b.column);
  return model.problems.some(
    (p) => p.file === file && before(range.start, p.range.start) && before(p.range.start, range.end),
  );
}
