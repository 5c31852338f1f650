// The typed model of a `.delivery/` folder (format v1). Every parsed value keeps the
// source range it came from, so findings and quick fixes can point at the exact key or value.

/** Zero-based, like VS Code; the CLI adds 1 when it prints. */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A value read from YAML together with where it stands in its file. */
export interface Located<T> {
  value: T;
  /** Range of the value itself. */
  range: Range;
  /** Range of the key that introduced it (the value's range when there is no key). */
  keyRange: Range;
}

export const STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'paused', 'done', 'cancelled'] as const;
export type InitiativeStatus = (typeof STATUSES)[number];

/** How every surface names a health: trees, reports, the weekly status form. */
export const HEALTH_LABELS: Record<InitiativeStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'not-started': 'Not started',
  paused: 'Paused',
  done: 'Done',
  cancelled: 'Cancelled',
};

/** Statuses that still owe work: the date-dependent rules only look at these. */
export const ACTIVE_STATUSES: readonly InitiativeStatus[] = ['not-started', 'on-track', 'at-risk', 'off-track'];

export const IMPACTS = ['low', 'medium', 'high'] as const;
export type Impact = (typeof IMPACTS)[number];

/** A calendar date as `YYYY-MM-DD` (no time, no zone). */
export type IsoDate = string;

/** Every accepted target form resolves to one bounded, inclusive interval of calendar days. */
export interface Interval {
  kind: 'date' | 'month' | 'quarter' | 'window';
  start: IsoDate;
  end: IsoDate;
  /** How the author wrote it, e.g. `2026-Q4`, for reports ("Q4 (was Q3)"). */
  label: string;
}

export interface Person {
  name: string;
  email?: string;
}

export interface Risk {
  risk?: Located<string>;
  impact?: Located<Impact>;
  mitigation?: Located<string>;
  range: Range;
}

export interface Blocker {
  blocker?: Located<string>;
  since?: Located<IsoDate>;
  owner?: Located<string>;
  range: Range;
}

export interface Decision {
  decision?: Located<string>;
  by?: Located<IsoDate>;
  range: Range;
}

export interface Outcome {
  metric?: Located<string>;
  baseline?: Located<string>;
  target?: Located<string>;
  current?: Located<string>;
  /** The day `current` was measured; without it a measurement is dated by the commit that recorded it. */
  measured?: Located<IsoDate>;
  range: Range;
}

export interface MatchRules {
  paths: string[];
  branches: string[];
  scopes: string[];
  keywords: string[];
  /** Names of the repositories (config.yaml `repos:`, or the plan's own folder name) the initiative takes work from; absent: all. */
  repos?: Located<string>[];
}

export interface Initiative {
  id: string;
  /** Path relative to the workspace folder, with `/` separators. */
  file: string;
  /** Range of the whole initiative (the document, or the list entry in initiatives.yaml). */
  range: Range;
  /** Where the id is written: the first line of its own file, or its `id:` key in the list. */
  idRange: Range;
  title?: Located<string>;
  owner?: Located<string>;
  contributors: Located<string>[];
  why?: Located<string>;
  roadmap?: Located<string>;
  priority?: Located<number>;
  status?: Located<InitiativeStatus>;
  /** The raw target as written; `interval` is set only when it is bounded and valid. */
  target?: Located<string | { start?: string; end?: string }>;
  interval?: Interval;
  risks: Risk[];
  blockers: Blocker[];
  decisions: Decision[];
  outcome?: Outcome;
  match: MatchRules;
}

export interface StatusEntry {
  id: string;
  range: Range;
  status?: Located<InitiativeStatus>;
  progress?: Located<string>;
  next?: Located<string>;
  blockers: Blocker[];
  decisions: Decision[];
}

export interface WeeklyStatusFile {
  /** Path relative to the workspace folder. */
  file: string;
  /** ISO week, e.g. `2026-W47`, from the `week` key or else the file name. */
  week: string;
  author?: Located<string>;
  headline?: Located<string>;
  backlog?: Located<number>;
  initiatives: StatusEntry[];
}

export type Severity = 'error' | 'warning' | 'information';
export type RuleSetting = Severity | 'off';

export const RULE_CODES = [
  'owner-missing',
  'owner-not-a-person',
  'why-missing',
  'target-missing',
  'target-unbounded',
  'target-passed',
  'target-slipped',
  'status-stale',
  'blocker-aging',
  'blocker-owner-missing',
  'outcome-missing',
  'outcome-stale',
  'duplicate-id',
  'schema',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

export interface Config {
  file?: string;
  team?: string;
  /** IANA time zone; weeks and "today" are computed in it. Default `UTC`. */
  timezone: string;
  /** The `timezone` written when no such zone is known (`timezone` is then UTC): lint reports it, reports refuse it. */
  unknownTimezone?: { value: string; line: number };
  cadence: { weekly: string; roadmap: 'biweekly' | 'monthly'; quarterly: boolean };
  /** Where merged work lands. Default `main`. */
  branch: string;
  /** Severity overrides by rule code. */
  rules: Partial<Record<RuleCode, RuleSetting>>;
  /** Per-rule numeric options, e.g. `{ 'status-stale': { days: 10 } }`. */
  ruleOptions: Partial<Record<RuleCode, { days?: number }>>;
  /** Sibling repositories whose shipped work the reports read beside the plan's own (`repos:`). */
  repos: SiblingRepo[];
  /** When "output without outcomes" fires for an active initiative: `items` shipped in `days` without a measurement. */
  outcomeSignal: { items: number; days: number };
}

/** One entry of `repos:` in config.yaml. */
export interface SiblingRepo {
  /** As written: relative to the folder that holds `.delivery/`, or absolute. */
  path: string;
  /** How reports and `match.repos` name it; defaults to the folder name. */
  name: string;
  /** The ref whose history is read; absent: the repository's HEAD. */
  branch?: string;
  /** The list entry in config.yaml, where findings about the repository point. */
  range: Range;
}

export interface Finding {
  /** Path relative to the workspace folder, with `/` separators. */
  file: string;
  range: Range;
  severity: Severity;
  code: RuleCode;
  message: string;
  initiative?: string;
}

/** Everything read from one `.delivery/` folder. */
export interface DeliveryModel {
  /** Absolute path of the workspace folder that holds `.delivery/`. */
  root: string;
  config: Config;
  initiatives: Initiative[];
  statuses: WeeklyStatusFile[];
  /** The debt register (`debt.yaml`); absent when the folder has none. */
  debt?: DebtRegister;
  /** Investment proposals, one file per quarter (`investments/<YYYY>-Q<n>.yaml`), in path order. */
  investments?: InvestmentsFile[];
  /** Problems found while reading (schema findings): never thrown, always reported. */
  problems: Finding[];
}

/** One change of a tracked field, read from the git history of an initiative file. */
export interface LedgerEntry {
  date: IsoDate;
  sha: string;
  /** A tracked field's change, or `removed`: the commit left no plan file holding the initiative. */
  field: 'target' | 'status' | 'priority' | 'owner' | 'outcome' | 'removed';
  from?: string;
  to?: string;
  /** For `outcome` (the value of `outcome.current`): the file's `outcome.measured`, when it gives one. */
  measured?: IsoDate;
  /** The entry states a value the file already had before the history read began: its date is an upper bound. */
  before?: boolean;
  /** The subject of the plan commit that made the change: the reason the team gave. */
  reason?: string;
  /** For `removed`: the title it had, since the plan no longer names it. */
  title?: string;
}

/** The history of each initiative by id, oldest first (a renamed file's under its new id). Injected into rules; read from git elsewhere. */
export type SlipLedger = Map<string, LedgerEntry[]>;

/** One known piece of technical debt in `debt.yaml`. */
export interface DebtItem {
  /** The item's name, as `retires:` names it; the empty string when it is missing (reported). */
  item?: Located<string>;
  /** Path globs, the same as `match.paths`, of where the debt lives. */
  area: Located<string>[];
  risk?: Located<Impact>;
  owner?: Located<string>;
  since?: Located<IsoDate>;
  impact?: Located<string>;
  range: Range;
}

export interface DebtRegister {
  file: string;
  items: DebtItem[];
}

/** One proposed technology investment for a quarter. */
export interface Investment {
  investment?: Located<string>;
  why?: Located<string>;
  /** Free text such as "8 engineer-weeks". */
  cost?: Located<string>;
  owner?: Located<string>;
  decisionBy?: Located<IsoDate>;
  /** Names of debt items it retires. */
  retires: Located<string>[];
  range: Range;
}

export interface InvestmentsFile {
  file: string;
  /** `2027-Q1`, from `quarter:` or else the file name. */
  quarter: string;
  investments: Investment[];
}
