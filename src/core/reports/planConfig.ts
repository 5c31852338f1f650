// config.yaml alone, read as the plan loader reads it: what a report needs before the plan is
// loaded (the branch, the time zone of "today") without parsing every plan file a second time.
import { readPlanText } from '../load';
import type { Config } from '../model';
import { defaultConfig } from '../parse/config';
import { parseDeliveryFile } from '../parse/deliveryFiles';

const CONFIG = '.delivery/config.yaml';

/** config.yaml's text, or undefined wherever the loader refuses it (a link, too large, not UTF-8). */
export function readConfigText(root: string): string | undefined {
  const read = readPlanText(root, CONFIG);
  return 'text' in read ? read.text : undefined;
}

/** The config the loaded plan will have, from `readConfigText`: the defaults where there is no text. */
export function peekConfig(text: string | undefined): Config {
  return (text === undefined ? undefined : parseDeliveryFile(CONFIG, text).config) ?? defaultConfig();
}
