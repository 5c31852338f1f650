// config.yaml alone, read as the plan loader reads it: what a report needs before the plan is
// loaded (the branch, the time zone of "today") without parsing every plan file a second time.
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Config } from '../model';
import { defaultConfig } from '../parse/config';
import { parseDeliveryFile } from '../parse/deliveryFiles';
import { MAX_FILE_BYTES } from '../parse/files';
import { readPlainYaml } from '../parse/plainYaml';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The config the loaded plan will have: the defaults wherever the loader refuses the file (a link, too large, not UTF-8). */
export function peekConfig(root: string): Config {
  const text = configText(root);
  return (text === undefined ? undefined : parseDeliveryFile('.delivery/config.yaml', text).config) ?? defaultConfig();
}

/**
 * The branch config.yaml names, without checking the rest of the file (the time zone check
 * starts the time-zone data, the longest step of a config read), so git can start on it first.
 * A guess, to be compared with the loaded plan's branch before its reads are used.
 */
export function peekBranch(root: string): string {
  const text = configText(root);
  try {
    const plain = text === undefined ? undefined : readPlainYaml(text);
    const doc: unknown = plain === undefined ? (text === undefined ? undefined : parse(text)) : plain?.toJSON();
    const branch: unknown = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>).branch : undefined;
    return (typeof branch === 'string' && branch.trim()) || defaultConfig().branch;
  } catch {
    return defaultConfig().branch;
  }
}

function configText(root: string): string | undefined {
  const path = join(root, '.delivery', 'config.yaml');
  try {
    const info = lstatSync(path);
    return info.isFile() && info.size <= MAX_FILE_BYTES ? utf8.decode(readFileSync(path)) : undefined;
  } catch {
    return undefined;
  }
}
