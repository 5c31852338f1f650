// Builds models from YAML text with the real parser, so tests read like the files users write.
import { parseDeliveryFiles } from '../../../src/core/load';
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

/** Applies a zero-based line/column edit to text, as VS Code would. */
export function applyEdit(text: string, edit: { range: { start: Pos; end: Pos }; newText: string }): string {
  const offset = (pos: Pos) => {
    const lines = text.split('\n');
    return lines.slice(0, pos.line).reduce((sum, line) => sum + line.length + 1, 0) + pos.column;
  };
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
}

interface Pos {
  line: number;
  column: number;
}
