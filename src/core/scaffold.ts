// The files `Create Delivery Folder` writes: a config, one example initiative, this week's status.
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

function scalar(value: string): string {
  return stringify(value.trim(), { lineWidth: 0 }).trimEnd();
}
