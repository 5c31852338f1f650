// The owner quick fix for a debt item or an investment, made by the YAML edit engine so the
// register's comments and layout survive.
import { type Document, isMap, isSeq, type Node } from 'yaml';
import { setKey } from './edit/setKey';
import { editYaml, type YamlEdit } from './edit/yamlEdit';
import { joinLines } from './parse/oneLine';

const PLAN_LIST_FILE = /(^|\/)\.delivery\/(debt\.yaml|investments\/[^/]+\.yaml)$/;

/** True for `.delivery/debt.yaml` and `.delivery/investments/<quarter>.yaml`, by path or URI path. */
export function isDebtOrInvestmentsFile(path: string): boolean {
  return PLAN_LIST_FILE.test(path);
}

/**
 * Sets the owner of the debt item or investment at `offset` (where its finding points: its name
 * or its owner): the owner is replaced, or an `owner:` key added under the item's name. Undefined
 * when no item is there; throws a DeliveryError when the file cannot be edited faithfully.
 */
export function debtOwnerEdit(text: string, file: string, offset: number, owner: string): YamlEdit | undefined {
  return editYaml(text, file, (doc) => {
    const item = itemAt(doc, offset);
    return item !== undefined && setKey(doc, item, 'owner', joinLines(owner).trim(), ['item', 'investment']);
  });
}

function itemAt(doc: Document, offset: number) {
  const top = doc.contents;
  const list = isMap(top) ? (top.get('debt', true) ?? top.get('investments', true)) : undefined;
  if (!isSeq(list)) return undefined;
  const item = list.items.find((node) => {
    const range = (node as Node).range;
    return range !== undefined && range !== null && range[0] <= offset && offset <= range[2];
  });
  return isMap(item) ? item : undefined;
}
