// The lint findings an executive sees beside an initiative in the weekly update.
import type { DeliveryModel, Finding, IsoDate, SlipLedger } from '../model';
import { lint } from '../rules/index';

/** Lint findings an executive should see beside the initiative. */
const ALERT_CODES: ReadonlySet<string> = new Set([
  'owner-missing',
  'owner-not-a-person',
  'target-passed',
  'blocker-owner-missing',
  'target-unbounded',
]);

/**
 * The alerts of each initiative as of `asOf`. A blocker not begun by then is in neither the report's
 * Blockers nor these alerts, since `blocker-owner-missing` leaves it out as the report does (hasBegun).
 */
export function initiativeAlerts(model: DeliveryModel, asOf: IsoDate, ledger?: SlipLedger): Finding[] {
  return lint(model, { asOf, ...(ledger ? { ledger } : {}) }).filter((f) => ALERT_CODES.has(f.code) && f.initiative);
}
