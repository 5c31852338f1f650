// lint(): every rule over the model, plus the parser's problems, with config.yaml's severities.

import { oneLine } from '../parse/oneLine';
import type { DeliveryModel, Finding, IsoDate, RuleCode, Severity, SlipLedger } from '../model';
import { blockerAging, blockerOwnerMissing, blockerSinceInFuture } from './blockers';
import type { Rule, RuleContext, RuleFinding } from './context';
import { debtOwnerMissing, debtOwnerNotAPerson } from './debtOwner';
import { duplicateId } from './duplicateId';
import { outcomeMissing, whyMissing } from './fields';
import { measuredInFuture, outcomeStale } from './outcomeStale';
import { ownerMissing, ownerNotAPerson } from './owner';
import { targetSlipped } from './slipped';
import { statusStale } from './statusStale';
import { targetMissing, targetPassed, targetUnbounded } from './target';

/** Each rule with the severity it has unless config.yaml says otherwise. */
const RULES: ReadonlyArray<{ code: RuleCode; severity: Severity; check: Rule }> = [
  { code: 'owner-missing', severity: 'error', check: ownerMissing },
  { code: 'owner-not-a-person', severity: 'error', check: ownerNotAPerson },
  { code: 'owner-missing', severity: 'error', check: debtOwnerMissing },
  { code: 'owner-not-a-person', severity: 'error', check: debtOwnerNotAPerson },
  { code: 'why-missing', severity: 'warning', check: whyMissing },
  { code: 'target-missing', severity: 'warning', check: targetMissing },
  { code: 'target-unbounded', severity: 'warning', check: targetUnbounded },
  { code: 'target-passed', severity: 'warning', check: targetPassed },
  { code: 'target-slipped', severity: 'information', check: targetSlipped },
  { code: 'status-stale', severity: 'warning', check: statusStale },
  { code: 'blocker-aging', severity: 'warning', check: blockerAging },
  { code: 'blocker-owner-missing', severity: 'warning', check: blockerOwnerMissing },
  { code: 'outcome-missing', severity: 'information', check: outcomeMissing },
  { code: 'outcome-stale', severity: 'information', check: outcomeStale },
  { code: 'schema', severity: 'warning', check: measuredInFuture },
  { code: 'schema', severity: 'warning', check: blockerSinceInFuture },
  { code: 'duplicate-id', severity: 'error', check: duplicateId },
];

function compare(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

export function lint(model: DeliveryModel, options: { asOf: IsoDate; ledger?: SlipLedger }): Finding[] {
  const { rules, ruleOptions } = model.config;
  const context: RuleContext = { model, ...options, days: (code, fallback) => ruleOptions[code]?.days ?? fallback };
  const findings: Finding[] = [];
  const schemaSetting = rules.schema;
  if (schemaSetting !== 'off')
    findings.push(...model.problems.map((p) => (schemaSetting ? { ...p, severity: schemaSetting } : p)));
  for (const rule of RULES) {
    const setting = rules[rule.code] ?? rule.severity;
    if (setting === 'off') continue;
    findings.push(
      ...rule.check(context).map((f: RuleFinding) => ({ ...f, message: oneLine(f.message), severity: setting })),
    );
  }
  return findings.sort(compare);
}
