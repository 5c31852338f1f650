// config.yaml into the typed Config, with defaults for everything left out.

import { isMap, isScalar } from 'yaml';
import { isTimeZone } from '../dates';
import { RULE_CODES, type Config, type RuleCode, type RuleSetting } from '../model';
import {
  fieldsOf,
  readBoolean,
  readChoice,
  readInteger,
  readMap,
  readText,
  wrongType,
  type Field,
  type Scope,
} from './fields';
import { readRepos } from './repos';
import type { YamlFile } from './yamlFile';

export const CONFIG_KEYS = ['team', 'timezone', 'week_starts', 'cadence', 'branch', 'rules', 'repos'] as const;
const CADENCE_KEYS = ['weekly', 'roadmap', 'quarterly'] as const;
const RULE_KEYS = ['severity', 'days'] as const;
const SIGNAL = 'output-without-outcomes';
const SIGNAL_KEYS = ['items', 'days'] as const;
/** What `rules:` accepts: every rule code, and the thresholds of the "output without outcomes" signal. */
export const RULES_KEYS = [...RULE_CODES, SIGNAL] as const;
const SETTINGS = ['error', 'warning', 'information', 'off'] as const;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export function defaultConfig(): Config {
  return {
    timezone: 'UTC',
    cadence: { weekly: 'friday', roadmap: 'biweekly', quarterly: true },
    branch: 'main',
    rules: {},
    ruleOptions: {},
    repos: [],
    outcomeSignal: { items: 5, days: 30 },
  };
}

function readTimezone(scope: Scope, field: Field | undefined, config: Config): void {
  const zone = readText(scope, field);
  if (!zone || !field) return;
  if (!isTimeZone(zone.value)) {
    scope.file.problem(field.range, `Unknown time zone '${zone.value}': use an IANA name like Europe/Berlin`);
    // Kept so that a report can refuse it: counting the team's days in UTC instead would shift the week unseen.
    config.unknownTimezone = { value: zone.value, line: field.range.start.line + 1 };
    return;
  }
  config.timezone = zone.value;
}

function readCadence(scope: Scope, field: Field | undefined, config: Config): void {
  const map = readMap(scope, field, 'a mapping with weekly, roadmap and quarterly');
  if (!map) return;
  const f = fieldsOf(scope, map, CADENCE_KEYS, 'cadence');
  config.cadence.weekly = readChoice(scope, f.get('weekly'), WEEKDAYS)?.value ?? config.cadence.weekly;
  config.cadence.roadmap =
    readChoice(scope, f.get('roadmap'), ['biweekly', 'monthly'] as const)?.value ?? config.cadence.roadmap;
  config.cadence.quarterly = readBoolean(scope, f.get('quarterly'))?.value ?? config.cadence.quarterly;
}

function readRule(scope: Scope, code: RuleCode, field: Field, config: Config): void {
  if (isScalar(field.node)) {
    const setting = readChoice(scope, { ...field, key: 'setting' }, SETTINGS);
    if (setting) config.rules[code] = setting.value as RuleSetting;
    return;
  }
  if (!isMap(field.node)) return void wrongType(scope, field, 'a severity, off, or a mapping with days and severity');
  const f = fieldsOf(scope, field.node, RULE_KEYS, `rule '${code}'`);
  const setting = readChoice(scope, f.get('severity'), SETTINGS);
  if (setting) config.rules[code] = setting.value;
  const days = readInteger(scope, f.get('days'), 1);
  if (days) config.ruleOptions[code] = { days: days.value };
}

/** A signal is not a finding, so it takes thresholds only: no severity, never off. */
function readSignal(scope: Scope, field: Field, config: Config): void {
  const map = readMap(scope, field, 'a mapping with items and days (a signal has no severity)');
  if (!map) return;
  const f = fieldsOf(scope, map, SIGNAL_KEYS, `signal '${SIGNAL}'`);
  const items = readInteger(scope, f.get('items'), 1)?.value ?? config.outcomeSignal.items;
  const days = readInteger(scope, f.get('days'), 1)?.value ?? config.outcomeSignal.days;
  config.outcomeSignal = { items, days };
}

function readRules(scope: Scope, field: Field | undefined, config: Config): void {
  const map = readMap(scope, field, 'a mapping from rule code to a severity or settings');
  if (!map) return;
  for (const [code, ruleField] of fieldsOf(scope, map, RULES_KEYS, 'rules')) {
    if (code === SIGNAL) readSignal(scope, ruleField, config);
    else readRule(scope, code as RuleCode, ruleField, config);
  }
}

/** Weeks are ISO weeks everywhere (windows, status files, reports): `week_starts` can only say monday. */
function checkWeekStart(scope: Scope, field: Field | undefined): void {
  const day = readChoice(scope, field, WEEKDAYS);
  if (day && field && day.value !== 'monday') {
    scope.file.problem(
      field.range,
      `Weeks are ISO weeks, Monday to Sunday, so week_starts can only be monday; '${day.value}' is ignored`,
      'warning',
    );
  }
}

export function readConfig(file: YamlFile): Config {
  const config: Config = { ...defaultConfig(), file: file.path };
  const top = file.topMap('config.yaml', 'timezone: Europe/Berlin');
  if (!top || !isMap(top)) return config;
  const scope: Scope = { file };
  const f = fieldsOf(scope, top, CONFIG_KEYS, 'config.yaml');
  config.team = readText(scope, f.get('team'))?.value;
  readTimezone(scope, f.get('timezone'), config);
  checkWeekStart(scope, f.get('week_starts'));
  config.branch = readText(scope, f.get('branch'))?.value ?? config.branch;
  readCadence(scope, f.get('cadence'), config);
  readRules(scope, f.get('rules'), config);
  config.repos = readRepos(scope, f.get('repos'));
  return config;
}
