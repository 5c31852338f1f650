// The one set of rules for a weekly status, run by the form as the author types and again by
// the extension on the message it receives, before anything is written. Only what would make the
// file wrong stops a save (an error); what the plan's rules would flag (a blocker without an
// owner, an owner that is not one person) is a warning shown on the field, never a block.
import { isIsoDate, WEEK_RE } from '../dates';
import { STATUSES } from '../model';
import { checkOwner } from '../person';
import type { WeeklyStatus } from './types';

export interface FieldError {
  /** Dotted path of the field, e.g. `initiatives.payments.blockers.0.owner`; also the form field's id. */
  field: string;
  message: string;
  /** `error` stops the save; `warning` is shown and the save goes on. */
  severity: 'error' | 'warning';
}

/** The problems that stop a save. */
export function blocking(problems: readonly FieldError[]): FieldError[] {
  return problems.filter((problem) => problem.severity === 'error');
}

function checkDate(errors: FieldError[], field: string, value: string, required: boolean): void {
  if (value === '') {
    if (required) errors.push({ field, message: 'Enter a date as YYYY-MM-DD.', severity: 'error' });
  } else if (!isIsoDate(value)) {
    errors.push({ field, message: `"${value}" is not a date: use YYYY-MM-DD, e.g. 2026-11-02.`, severity: 'error' });
  }
}

/** Every problem of the status, in form order: the errors stop a save (see `blocking`), the warnings do not. */
export function validateWeeklyStatus(status: WeeklyStatus): FieldError[] {
  const errors: FieldError[] = [];
  if (!WEEK_RE.test(status.week))
    errors.push({ field: 'week', message: 'Use an ISO week such as 2026-W47.', severity: 'error' });
  if (status.backlog !== '' && !/^\d{1,9}$/.test(status.backlog.trim())) {
    errors.push({
      field: 'backlog',
      message: 'Enter a whole number of open backlog items, or leave it empty.',
      severity: 'error',
    });
  }
  for (const entry of status.initiatives) {
    const base = `initiatives.${entry.id}`;
    if (!(STATUSES as readonly string[]).includes(entry.status)) {
      errors.push({ field: `${base}.status`, message: 'Choose a health for this initiative.', severity: 'error' });
    }
    entry.blockers.forEach((blocker, i) => {
      const at = `${base}.blockers.${i}`;
      if (blocker.blocker.trim() === '')
        errors.push({
          field: `${at}.blocker`,
          message: 'Say what is blocked, or remove the blocker.',
          severity: 'error',
        });
      checkDate(errors, `${at}.since`, blocker.since, true);
      const owner = blocker.owner.trim() === '' ? undefined : checkOwner(blocker.owner);
      if (!owner)
        errors.push({
          field: `${at}.owner`,
          message: 'No owner yet: name one person who will clear this blocker.',
          severity: 'warning',
        });
      else if (!owner.ok)
        errors.push({
          field: `${at}.owner`,
          message: `The owner ${owner.reason}: name one person who will clear this blocker.`,
          severity: 'warning',
        });
    });
    entry.decisions.forEach((decision, i) => {
      const at = `${base}.decisions.${i}`;
      if (decision.decision.trim() === '')
        errors.push({ field: `${at}.decision`, message: 'Say what must be decided, or remove it.', severity: 'error' });
      checkDate(errors, `${at}.by`, decision.by, false);
    });
  }
  return errors;
}
