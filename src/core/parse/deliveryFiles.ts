// Parses the texts of a `.delivery/` folder into one model: pure, synchronous, never throws.

import { isMap, isScalar, type YAMLMap } from 'yaml';
import type {
  Config,
  DebtRegister,
  DeliveryModel,
  Finding,
  Initiative,
  InvestmentsFile,
  Range,
  WeeklyStatusFile,
} from '../model';
import { checkRepoNames } from './repoNames';
import { checkRetires } from './retires';
import { readDebtFile } from './debt';
import { readInvestmentsFile } from './investments';
import { defaultConfig, readConfig } from './config';
import { classify, fileStem, isValidId, unreadableReason, unusedFileReason } from './files';
import { readInitiative } from './initiative';
import { readInitiativeList } from './initiativeList';
import { readStatusFile } from './status';
import { oneLine } from './oneLine';
import { didYouMean, Suggester } from './suggest';
import { YamlFile } from './yamlFile';

const ZERO: Range = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };

/** A schema finding about a whole file (or a place in it); the message is kept to one line. */
export function schema(
  file: string,
  message: string,
  severity: Finding['severity'] = 'error',
  range: Range = ZERO,
): Finding {
  return { file, range, severity, code: 'schema', message: oneLine(message) };
}

function readInitiativeFile(file: YamlFile): Initiative {
  const id = fileStem(file.path);
  if (!isValidId(id)) {
    file.problem(
      file.firstLine(),
      `The file name gives id '${id}': use letters, digits, '-', '.' or '_' (no spaces)`,
      'error',
      id,
    );
  }
  const top = file.topMap(`Initiative '${id}'`);
  const map = top && isMap(top) ? top : undefined;
  if (map) checkWrittenId(file, map, id);
  const whole = file.fromOffsets(0, file.text.length);
  return readInitiative(file, { id, range: whole, idRange: file.firstLine() }, map, ['id']);
}

// The file name is the id; an `id:` key may repeat it but must not contradict it.
function checkWrittenId(file: YamlFile, map: YAMLMap, id: string): void {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === 'id');
  const value = pair && file.resolve(pair.value);
  if (!pair || (isScalar(value) && String(value.value) === id)) return;
  file.problem(
    file.range(value ?? pair.key),
    `The id comes from the file name ('${id}'): remove \`id:\` or rename the file`,
    'error',
    id,
  );
}

// Status entries that name no initiative are typos or leftovers: say which id was meant.
function checkStatusIds(statuses: WeeklyStatusFile[], initiatives: Initiative[], problems: Finding[]): void {
  const ids = new Set(initiatives.map((i) => i.id));
  const suggester = new Suggester(ids);
  for (const status of statuses) {
    for (const entry of status.initiatives) {
      if (ids.has(entry.id)) continue;
      const hint = didYouMean(entry.id, suggester) || ': add the initiative or remove this entry';
      problems.push({
        ...schema(status.file, `Unknown initiative '${entry.id}'${hint}`, 'warning', entry.range),
        initiative: entry.id,
      });
    }
  }
}

/** What one file gives the model, read without looking at any other file (so it can be cached). */
export interface ParsedFile {
  config?: Config;
  initiatives: Initiative[];
  status?: WeeklyStatusFile;
  debt?: DebtRegister;
  investments?: InvestmentsFile;
  problems: Finding[];
}

/** Parses one file of `.delivery/` (`path` relative to the workspace folder); never throws. */
export function parseDeliveryFile(path: string, text: string): ParsedFile {
  const kind = classify(path);
  if (kind === 'generated') return { initiatives: [], problems: [] };
  if (kind === 'other') {
    const reason = unusedFileReason(path);
    return { initiatives: [], problems: reason ? [schema(path, reason, 'warning')] : [] };
  }
  const unreadable = unreadableReason(text);
  if (unreadable) return { initiatives: [], problems: [schema(path, unreadable)] };
  // A lone CR ends a line in the editor but not in YAML: read as LF (same length, so every offset
  // and line the findings give is the one the editor shows).
  const file = new YamlFile(path, text.replace(/^\uFEFF/, '').replace(/\r(?!\n)/g, '\n'));
  const parsed: ParsedFile = { initiatives: [], problems: file.problems };
  if (kind === 'config') parsed.config = readConfig(file);
  if (kind === 'initiative') parsed.initiatives.push(readInitiativeFile(file));
  if (kind === 'initiative-list') parsed.initiatives.push(...readInitiativeList(file));
  if (kind === 'status') parsed.status = readStatusFile(file);
  if (kind === 'debt') parsed.debt = readDebtFile(file);
  if (kind === 'investments') parsed.investments = readInvestmentsFile(file);
  return parsed;
}

/** Puts the files' parts together (in path order) and adds the checks that span files. */
function assembleModel(root: string, files: ReadonlyArray<{ path: string; parsed: ParsedFile }>): DeliveryModel {
  const model: DeliveryModel = { root, config: defaultConfig(), initiatives: [], statuses: [], problems: [] };
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { parsed } of sorted) {
    if (parsed.config) model.config = parsed.config;
    model.initiatives.push(...parsed.initiatives);
    if (parsed.status) model.statuses.push(parsed.status);
    if (parsed.debt) model.debt = parsed.debt;
    if (parsed.investments) (model.investments ??= []).push(parsed.investments);
    model.problems.push(...parsed.problems);
  }
  checkStatusIds(model.statuses, model.initiatives, model.problems);
  model.problems.push(...checkRetires(model), ...checkRepoNames(model));
  if (model.initiatives.length === 0) {
    const where = model.config.file ?? '.delivery';
    model.problems.push(
      schema(where, 'No initiative found: add .delivery/initiatives/<id>.yaml with at least `title:` and `owner:`'),
    );
  }
  return model;
}

/** Something that parses one file, perhaps by returning what it kept from an earlier parse of the same text. */
export interface FileParser {
  parse(path: string, text: string): ParsedFile;
}

const FRESH: FileParser = { parse: parseDeliveryFile };

/**
 * `files` are paths relative to `root` with `/` (e.g. `.delivery/initiatives/x.yaml`) and their text.
 * `cache` (a DeliveryFolderCache) skips files it has already parsed with the same text.
 */
export function parseDeliveryFiles(
  root: string,
  files: ReadonlyArray<{ path: string; text: string }>,
  cache: FileParser = FRESH,
): DeliveryModel {
  return assembleModel(
    root,
    files.map(({ path, text }) => ({ path, parsed: cache.parse(path, text) })),
  );
}
