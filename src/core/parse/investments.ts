// investments/<YYYY>-Q<n>.yaml: the technology investments proposed for one quarter, each with its
// reason, cost, one owner, the date the decision is needed by and the debt items it retires.

import { isMap } from 'yaml';
import { isQuarter } from '../dates';
import type { Investment, InvestmentsFile } from '../model';
import { fieldsOf, itemField, readDate, readItems, readText, readTextList, type Field, type Scope } from './fields';
import { fileStem } from './files';
import type { YamlFile } from './yamlFile';

export const INVESTMENTS_KEYS = ['quarter', 'investments'] as const;
export const INVESTMENT_KEYS = ['investment', 'why', 'cost', 'owner', 'decision_by', 'retires'] as const;

/** The quarter comes from `quarter:`, else from the file name; without either the file cannot be placed. */
function readQuarter(file: YamlFile, field: Field | undefined, nameQuarter: string | undefined): string | undefined {
  const written = readText({ file }, field);
  if (!written || !field) return nameQuarter;
  if (!isQuarter(written.value)) {
    file.problem(field.range, `'quarter' must be a quarter like 2027-Q1, found '${written.value}'`);
    return nameQuarter;
  }
  if (nameQuarter && written.value !== nameQuarter) {
    file.problem(
      field.range,
      `'quarter' says ${written.value} but the file is named for ${nameQuarter}: make them agree`,
      'warning',
    );
  }
  return written.value;
}

function readInvestment(scope: Scope, node: unknown, place: Field): Investment | undefined {
  if (!isMap(node)) {
    scope.file.problem(place.range, "Each item of 'investments' must be a mapping that starts with `investment:`");
    return undefined;
  }
  const f = fieldsOf(scope, node, INVESTMENT_KEYS, 'an investment');
  const investment: Investment = {
    investment: readText(scope, f.get('investment')),
    why: readText(scope, f.get('why')),
    cost: readText(scope, f.get('cost')),
    owner: readText(scope, f.get('owner')),
    decisionBy: readDate(scope, f.get('decision_by')),
    retires: readTextList(scope, f.get('retires')),
    range: place.range,
  };
  if (!investment.investment)
    scope.file.problem(place.range, 'This investment has no name: add `investment:` with what the money buys');
  return investment;
}

export function readInvestmentsFile(file: YamlFile): InvestmentsFile | undefined {
  const stem = fileStem(file.path);
  const nameQuarter = isQuarter(stem) ? stem : undefined;
  const top = file.topMap('An investments file', 'quarter: 2027-Q1');
  const scope: Scope = { file };
  const f =
    top && isMap(top) ? fieldsOf(scope, top, INVESTMENTS_KEYS, 'an investments file') : new Map<string, Field>();
  const quarter = readQuarter(file, f.get('quarter'), nameQuarter);
  if (!quarter) {
    file.problem(
      file.firstLine(),
      'This investments file has no quarter: name it like investments/2027-Q1.yaml or add `quarter: 2027-Q1`',
    );
    return undefined;
  }
  const list = f.get('investments');
  const investments = list
    ? readItems(scope, list).flatMap((node) => readInvestment(scope, node, itemField(scope, list, node)) ?? [])
    : [];
  return { file: file.path, quarter, investments };
}
