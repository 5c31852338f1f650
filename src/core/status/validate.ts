// The one set of rules for a weekly status, run by the form as the author types and again by
// the extension on the message it receives, before anything is written.
import { isIsoDate, WEEK_RE } from '../dates';
import { STATUSES } from '../model';
import type { WeeklyStatus } from './types';

export interface FieldError {
  /** Dotted path of the field, e.g. `initiatives.payments.blockers.0.owner`; also the form field's id. */
  field: string;
  message: string;
}

function checkDate(errors: FieldError[], field: string, value: string, required: boolean): void {
  if (value === '') {
    if (required) errors.push({ field, message: 'Enter a date as YYYY-MM-DD.' });
  } else if (!isIsoDate(value)) {
    errors.push({ field, message: `"${value}" is not a date: use YYYY-MM-DD, e.g. 2026-11-02.` });
  }
}

/** Every problem that stops the status from being saved, in form order; empty when it can be saved. */
export function validateWeeklyStatus(status: WeeklyStatus): FieldError[] {
  const errors: FieldError[] = [];
  if (!WEEK_RE.test(status.week)) errors.push({ field: 'week', message: 'Use an ISO week such as 2026-W47.' });
  if (status.backlog !== '' && !/^\d{1,9}$/.test(status.backlog.trim())) {
    errors.push({ field: 'backlog', message: 'Enter a whole number of open backlog items, or leave it empty.' });
  }
  for (const entry of status.initiatives) {
    const base = `initiatives.${entry.id}`;
    if (!(STATUSES as readonly string[]).includes(entry.status)) {
      errors.push({ field: `${base}.status`, message: 'Choose a health for this initiative.' });
    }
    entry.blockers.forEach((blocker, i) => {
      const at = `${base}.blockers.${i}`;
      if (blocker.blocker.trim() === '') errors.push({ field: `${at}.blocker`, message: 'Say what is blocked, or remove the blocker.' });
      checkDate(errors, `${at}.since`, blocker.since, true);
      if (blocker.owner.trim() === '') errors.push({ field: `${at}.owner`, message: 'A blocker needs an owner: one person who will clear it.' });
    });
    entry.decisions.forEach((decision, i) => {
      const at = `${base}.decisions.${i}`;
      if (decision.decision.trim() === '') errors.push({ field: `${at}.decision`, message: 'Say what must be decided, or remove it.' });
      checkDate(errors, `${at}.by`, decision.by, false);
    });
  }
  return errors;
}
