// A weekly status file (status/<YYYY>-W<ww>.yaml) into the model.

import { isMap, isScalar } from 'yaml';
import { missingWeekReason, parseIsoWeek } from '../dates';
import { STATUSES, type Located, type StatusEntry, type WeeklyStatusFile } from '../model';
import { fieldsOf, readChoice, readInteger, readMap, readText, type Field, type Scope } from './fields';
import { fileStem } from './files';
import { readBlockers, readDecisions } from './items';
import type { YamlFile } from './yamlFile';

const STATUS_KEYS = ['week', 'author', 'headline', 'backlog', 'initiatives'] as const;
const ENTRY_KEYS = ['status', 'progress', 'next', 'blockers', 'decisions'] as const;

function readEntry(file: YamlFile, id: string, field: Field): StatusEntry {
  const scope: Scope = { file, initiative: id };
  const map = readMap(scope, field, 'a mapping with status, progress, next, blockers and decisions');
  const f = map ? fieldsOf(scope, map, ENTRY_KEYS, `the status of '${id}'`) : new Map<string, Field>();
  return {
    id,
    range: field.keyRange,
    status: readChoice(scope, f.get('status'), STATUSES),
    progress: readText(scope, f.get('progress')),
    next: readText(scope, f.get('next')),
    blockers: readBlockers(scope, f.get('blockers')),
    decisions: readDecisions(scope, f.get('decisions')),
  };
}

function readEntries(file: YamlFile, field: Field | undefined): StatusEntry[] {
  const map = readMap({ file }, field, 'a mapping from initiative id to its status');
  if (!map) return [];
  const entries: StatusEntry[] = [];
  for (const pair of map.items) {
    const key = file.resolve(pair.key);
    const keyRange = file.range(key);
    if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
      file.problem(keyRange, 'Each key under initiatives must be an initiative id');
      continue;
    }
    const node = file.resolve(pair.value);
    entries.push(
      readEntry(file, String(key.value), {
        key: String(key.value),
        keyRange,
        node,
        range: node ? file.range(node) : keyRange,
      }),
    );
  }
  return entries;
}

/** The week comes from `week:`, else from the file name; without either the file cannot be placed. */
function readWeek(file: YamlFile, written: Located<string> | undefined, stem: string): string | undefined {
  const nameWeek = parseIsoWeek(stem);
  if (!written) return nameWeek;
  const week = parseIsoWeek(written.value);
  if (!week) {
    const missing = missingWeekReason(written.value);
    file.problem(
      written.range,
      missing
        ? `'week' is ${written.value}, but ${missing}`
        : `'week' must be an ISO week like 2026-W47, found '${written.value}'`,
    );
    return nameWeek;
  }
  const nameMissing = missingWeekReason(stem);
  if (nameWeek && week !== nameWeek) {
    file.problem(
      written.range,
      `'week' says ${week} but the file is named for ${nameWeek}: make them agree`,
      'warning',
    );
  } else if (nameMissing) {
    file.problem(
      written.range,
      `'week' says ${week} but the file is named for ${stem}, and ${nameMissing}: rename it ${week}.yaml`,
      'warning',
    );
  }
  return week;
}

/** Says why a file cannot be placed in a week, unless `week:` already said so on its own line. */
function reportNoWeek(file: YamlFile, written: Located<string> | undefined, stem: string): void {
  if (written && missingWeekReason(written.value)) return;
  const missing = missingWeekReason(stem);
  file.problem(
    file.firstLine(),
    missing
      ? `This status file is named for ${stem}, but ${missing}: rename it for the week meant`
      : 'This status file has no week: name it like status/2026-W47.yaml or add `week: 2026-W47`',
  );
}

export function readStatusFile(file: YamlFile): WeeklyStatusFile | undefined {
  const stem = fileStem(file.path);
  const top = file.topMap('A weekly status', 'week: 2026-W47');
  const f = top && isMap(top) ? fieldsOf({ file }, top, STATUS_KEYS, 'a weekly status') : new Map<string, Field>();
  const written = readText({ file }, f.get('week'));
  const week = readWeek(file, written, stem);
  if (!week) {
    reportNoWeek(file, written, stem);
    return undefined;
  }
  return {
    file: file.path,
    week,
    author: readText({ file }, f.get('author')),
    headline: readText({ file }, f.get('headline')),
    backlog: readInteger({ file }, f.get('backlog'), 0),
    initiatives: readEntries(file, f.get('initiatives')),
  };
}
