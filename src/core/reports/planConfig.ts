// config.yaml alone, read as the plan loader reads it: what a report needs before the plan is
// loaded (the branch, the time zone of "today") without parsing every plan file a second time.
import { readPlanText } from '../load';
import type { Config } from '../model';
import { defaultConfig } from '../parse/config';
import { parseDeliveryFile } from '../parse/deliveryFiles';
import { parseYamlValue } from '../parse/plainYaml';

const CONFIG = '.delivery/config.yaml';

/** config.yaml's text, or undefined wherever the loader refuses it (a link, too large, not UTF-8): read once, peeked at twice. */
export function readConfigText(root: string): string | undefined {
  const read = readPlanText(root, CONFIG);
  return 'text' in read ? read.text : undefined;
}

/** The config the loaded plan will have, from `readConfigText`: the defaults where there is no text. */
export function peekConfig(text: string | undefined): Config {
  return (text === undefined ? undefined : parseDeliveryFile(CONFIG, text).config) ?? defaultConfig();
}

/**
 * The branch config.yaml names, without checking the rest of the file (the time zone check
 * starts the time-zone data, the longest step of a config read), so git can start on it first.
 * A guess, to be compared with the loaded plan's branch before its reads are used.
 */
export function peekBranch(text: string | undefined): string {
  try {
    const doc = text === undefined ? undefined : parseYamlValue(text);
    const branch: unknown = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>).branch : undefined;
    return (typeof branch === 'string' && branch.trim()) || defaultConfig().branch;
  } catch {
    return defaultConfig().branch;
  }
}
