// A weekly status file (status/<YYYY>-W<ww>.yaml) into the model.

import { isMap, isScalar } from 'yaml';
import { parseIsoWeek } from '../dates';
import { STATUSES, type StatusEntry, type WeeklyStatusFile } from '../model';
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
function readWeek(file: YamlFile, field: Field | undefined, nameWeek: string | undefined): string | undefined {
  const written = readText({ file }, field);
  if (!written || !field) return nameWeek;
  const week = parseIsoWeek(written.value);
  if (!week) {
    file.problem(field.range, `'week' must be an ISO week like 2026-W47, found '${written.value}'`);
    return nameWeek;
  }
  if (nameWeek && week !== nameWeek) {
    file.problem(field.range, `'week' says ${week} but the file is named for ${nameWeek}: make them agree`, 'warning');
  }
  return week;
}

export function readStatusFile(file: YamlFile): WeeklyStatusFile | undefined {
  const nameWeek = parseIsoWeek(fileStem(file.path));
  const top = file.topMap('A weekly status', 'week: 2026-W47');
  const f = top && isMap(top) ? fieldsOf({ file }, top, STATUS_KEYS, 'a weekly status') : new Map<string, Field>();
  const week = readWeek(file, f.get('week'), nameWeek);
  if (!week) {
    file.problem(
      file.firstLine(),
      'This status file has no week: name it like status/2026-W47.yaml or add `week: 2026-W47`',
    );
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
