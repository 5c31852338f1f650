// The lint findings an executive sees beside an initiative in the weekly update.
import type { DeliveryModel, Finding, IsoDate, SlipLedger } from '../model';
import { lint } from '../rules/index';
import { openBlockers } from '../view/blockers';

/** Lint findings an executive should see beside the initiative. */
const ALERT_CODES: ReadonlySet<string> = new Set([
  'owner-missing',
  'owner-not-a-person',
  'target-passed',
  'blocker-owner-missing',
  'target-unbounded',
]);

/**
 * The alerts of each initiative as of `asOf`. The report leaves out a blocker whose `since` is still
 * to come, so it leaves out that blocker's missing owner too: "has no owner" beside "No open
 * blockers" would contradict itself.
 */
export function initiativeAlerts(model: DeliveryModel, asOf: IsoDate, ledger?: SlipLedger): Finding[] {
  const notBegun = new Set(
    openBlockers(model, asOf)
      .filter(({ blocker }) => blocker.since !== undefined && blocker.since.value > asOf)
      .map(({ file, blocker }) => at(file, (blocker.blocker ?? blocker).range)),
  );
  return lint(model, { asOf, ...(ledger ? { ledger } : {}) }).filter(
    (f) =>
      ALERT_CODES.has(f.code) &&
      f.initiative &&
      !(f.code === 'blocker-owner-missing' && notBegun.has(at(f.file, f.range))),
  );
}

/** Where a finding or a blocker is written: the blocker rule reports at the blocker's text, else at the blocker. */
function at(file: string, range: Finding['range']): string {
  return `${file}:${range.start.line}:${range.start.column}`;
}
