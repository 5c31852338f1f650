// config.yaml alone, read as the plan loader reads it: what a report needs before the plan is
// loaded (the branch, the time zone of "today") without parsing every plan file a second time.
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../model';
import { defaultConfig } from '../parse/config';
import { parseDeliveryFile } from '../parse/deliveryFiles';
import { MAX_FILE_BYTES } from '../parse/files';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The config the loaded plan will have: the defaults wherever the loader refuses the file (a link, too large, not UTF-8). */
export function peekConfig(root: string): Config {
  const path = join(root, '.delivery', 'config.yaml');
  try {
    const info = lstatSync(path);
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return defaultConfig();
    return parseDeliveryFile('.delivery/config.yaml', utf8.decode(readFileSync(path))).config ?? defaultConfig();
  } catch {
    return defaultConfig();
  }
}
