// What the report commands (update, review) share: the as-of date and where the report goes.

import { resolve } from 'node:path';
import { peekConfig, readConfigText } from '../core/reports/planConfig';
import { writeAtomic } from '../core/reports/write';
import { asOfDate, type CommandArgs } from './args';

/** `--as-of`, or today in the plan's time zone, read from config.yaml alone (the report loads the plan once, later). */
export function resolveAsOf(args: CommandArgs): string {
  if (typeof args.options['as-of'] === 'string') return args.options['as-of'];
  return asOfDate(args, peekConfig(readConfigText(args.folder)).timezone);
}

/** Prints the report or writes it to `--out`. */
export async function emit(args: CommandArgs, report: { json: unknown; markdown: string }): Promise<void> {
  const text = args.options.format === 'json' ? `${JSON.stringify(report.json, null, 2)}\n` : report.markdown;
  const out = args.options.out;
  if (typeof out === 'string') await writeAtomic(resolve(out), text);
  else process.stdout.write(text);
}
