// What each rule checks and what to do about it, in one sentence each: the help text of SARIF
// rules, and of anything else that lists the rules.
import type { RuleCode } from '../model';

export const RULE_HELP: Record<RuleCode, { summary: string; help: string }> = {
  'owner-missing': {
    summary: 'An initiative, a debt item or an investment has no owner.',
    help: 'Add `owner:` with the one person who answers for it.',
  },
  'owner-not-a-person': {
    summary: 'The owner names a team, a function, a list or several people.',
    help: 'Name one person: an initiative has exactly one accountable owner.',
  },
  'why-missing': { summary: 'An initiative does not say why it exists.', help: 'Add `why:` with the business reason.' },
  'target-missing': {
    summary: 'An active initiative has no target.',
    help: 'Add `target:` as a date, a month, a quarter or a {start, end} window.',
  },
  'target-unbounded': {
    summary: 'The target is not a date, month, quarter or bounded window ("TBD", "soon").',
    help: 'Give the target an end: 2026-12-15, 2026-12, 2026-Q4 or {start, end}.',
  },
  'target-passed': {
    summary: 'The target has ended and the initiative is not done: a missed commitment.',
    help: 'Mark it done, or agree a new target and record why.',
  },
  'target-slipped': {
    summary: 'The target moved later two times or more (from git history).',
    help: 'Record why, or re-plan the scope.',
  },
  'status-stale': {
    summary: 'No weekly status has mentioned an active initiative for too long.',
    help: "Add it to this week's status file.",
  },
  'blocker-aging': { summary: 'A blocker has been open for too long.', help: 'Escalate it, or record a decision.' },
  'blocker-owner-missing': {
    summary: 'A blocker has no owner.',
    help: 'Add `owner:` with the person who will clear it.',
  },
  'outcome-missing': {
    summary: 'An active or done initiative tracks no outcome: output without outcome.',
    help: 'Add `outcome.metric` with a baseline and a target.',
  },
  'outcome-stale': {
    summary: 'An active initiative has not measured its outcome for too long.',
    help: 'Record a new measurement: `outcome.current` with the day in `outcome.measured`.',
  },
  'duplicate-id': {
    summary: 'Two initiatives share an id.',
    help: 'Rename one of them: ids are unique across the folder.',
  },
  schema: {
    summary: 'Invalid YAML, a wrong type, an unknown key or value, or a file that is not read.',
    help: 'Correct the file as the message says.',
  },
};
