// The weekly status as the form edits it: plain strings exactly as typed, so the same value
// can be validated in the webview and again in the extension before anything is written.
import { WEEK_RE } from '../dates';
import type { InitiativeStatus } from '../model';

export interface BlockerDraft {
  blocker: string;
  /** `YYYY-MM-DD`. */
  since: string;
  owner: string;
}

export interface DecisionDraft {
  decision: string;
  /** `YYYY-MM-DD`, or empty when no date is set. */
  by: string;
}

export interface InitiativeStatusDraft {
  id: string;
  /** Empty until the author picks a health. */
  status: InitiativeStatus | '';
  progress: string;
  next: string;
  blockers: BlockerDraft[];
  decisions: DecisionDraft[];
}

export interface WeeklyStatus {
  /** ISO week, `YYYY-Www`. */
  week: string;
  author: string;
  headline: string;
  /** A non-negative whole number as typed, or empty. */
  backlog: string;
  /** In the order the form shows them; entries of the file not listed here are left alone. */
  initiatives: InitiativeStatusDraft[];
}

/** Where a week's status lives, relative to the workspace folder. */
export function statusFilePath(week: string): string {
  if (!WEEK_RE.test(week)) throw new Error(`Not an ISO week: "${week}" (expected e.g. 2026-W47).`);
  return `.delivery/status/${week}.yaml`;
}
