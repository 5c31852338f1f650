// The files `Create Delivery Folder` writes: a config, one example initiative, this week's status,
// an empty debt register and next quarter's (empty) investment proposals.
import { stringify } from 'yaml';
import { isoWeekOf } from './dates';
import type { IsoDate } from './model';
import { OUTCOME_SKELETON, WHY_PLACEHOLDER, nextQuarter } from './quickfix';

export interface ScaffoldInput {
  team: string;
  /** One person, already checked with `checkOwner`. */
  owner: string;
  asOf: IsoDate;
  timeZone: string;
}

export interface ScaffoldFile {
  /** Relative to the workspace folder, with `/` separators. */
  path: string;
  text: string;
}

const FIRST_INITIATIVE_ID = 'first-initiative';

export function scaffoldFiles(input: ScaffoldInput): ScaffoldFile[] {
  const week = isoWeekOf(input.asOf);
  return [
    { path: '.delivery/config.yaml', text: configText(input) },
    { path: `.delivery/initiatives/${FIRST_INITIATIVE_ID}.yaml`, text: initiativeText(input) },
    { path: `.delivery/status/${week}.yaml`, text: statusText(input, week) },
    { path: '.delivery/debt.yaml', text: DEBT_TEXT },
    { path: `.delivery/investments/${nextQuarter(input.asOf)}.yaml`, text: investmentsText(nextQuarter(input.asOf)) },
  ];
}

function configText(input: ScaffoldInput): string {
  return [
    '# Delivery Rhythm settings. Every rule can be error | warning | information | off.',
    `team: ${scalar(input.team)}`,
    `timezone: ${scalar(input.timeZone)}`,
    'week_starts: monday',
    'cadence: {weekly: friday, roadmap: biweekly, quarterly: true}',
    'branch: main',
    'rules: {status-stale: {days: 10}, blocker-aging: {days: 14}}',
    '',
  ].join('\n');
}

function initiativeText(input: ScaffoldInput): string {
  return [
    '# One initiative per file; the file name is its id.',
    'title: First initiative',
    `owner: ${scalar(input.owner)}`,
    `why: ${scalar(WHY_PLACEHOLDER)}`,
    'priority: 1',
    'status: not-started',
    `target: ${nextQuarter(input.asOf)}`,
    'risks: []',
    'blockers: []',
    'outcome:',
    ...Object.entries(OUTCOME_SKELETON).map(([key, value]) => `  ${key}: ${scalar(value)}`),
    'match:',
    '  keywords: []',
    '',
  ].join('\n');
}

function statusText(input: ScaffoldInput, week: string): string {
  return [
    `week: ${week}`,
    `author: ${scalar(input.owner)}`,
    'headline: First week of the delivery rhythm',
    'initiatives:',
    `  ${FIRST_INITIATIVE_ID}:`,
    '    status: not-started',
    '    progress: Planning',
    '    next: Start',
    '',
  ].join('\n');
}

// Empty, so a new plan has no findings; the comments show a filled-in item key by key.
const DEBT_TEXT = [
  '# The debt register: known technical debt, told in the quarterly review worst risk first.',
  '# Each item, as a list entry under `debt:`:',
  '#   - item: Legacy payment adapter on Java 8    # a short name; investments name it under `retires`',
  '#     area: ["services/payments/legacy/**"]    # paths it lives in (globs, as in match.paths); changes there count against it',
  '#     risk: high                               # low | medium | high',
  '#     owner: Priya Shah                        # one person who answers for it, not a team',
  '#     since: 2026-03-01                        # since when it is known',
  '#     impact: Every payments change takes two extra days   # what it costs the team now',
  'debt: []',
  '',
].join('\n');

function investmentsText(quarter: string): string {
  return [
    `# Technology investments proposed for ${quarter}: the quarterly review before it asks the executive team to fund them.`,
    '# Each investment, as a list entry under `investments:`:',
    '#   - investment: Move the payment adapter to Java 21   # what the money buys',
    '#     why: Java 8 support ends; payments changes lose two days each   # the business reason',
    '#     cost: 8 engineer-weeks                  # free text',
    '#     owner: Priya Shah                       # one person who answers for it, not a team',
    '#     decision_by: 2026-12-10                 # the date the decision is needed by',
    '#     retires: [Legacy payment adapter on Java 8]   # names of debt items in debt.yaml',
    `quarter: ${quarter}`,
    'investments: []',
    '',
  ].join('\n');
}

function scalar(value: string): string {
  return stringify(value.trim(), { lineWidth: 0 }).trimEnd();
}
