// Builds models from YAML text with the real parser, so tests read like the files users write.
import { parseDeliveryFiles } from '../../../src/core/load';
import { applyYamlEdit, type YamlEdit } from '../../../src/core/edit/yamlEdit';
import type { DeliveryModel } from '../../../src/core/model';

export function modelOf(files: Record<string, string>): DeliveryModel {
  const list = Object.entries(files).map(([path, text]) => ({ path: `.delivery/${path}`, text }));
  return parseDeliveryFiles('/repo', list);
}

export function initiative(yaml: string, id = 'payments') {
  const model = modelOf({ [`initiatives/${id}.yaml`]: yaml });
  const found = model.initiatives.find((i) => i.id === id);
  if (!found) throw new Error(`no initiative ${id} parsed`);
  return found;
}

/** Applies an edit of the engine to the text it was computed from, as VS Code would. */
export function applyEdit(text: string, edit: YamlEdit | undefined): string {
  return applyYamlEdit(text, edit);
}
