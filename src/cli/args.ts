// Argument parsing shared by every CLI command: `[folder]`, `--format`, `--as-of`, `--out`, `--help`.

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { clockFromEnv } from '../core/clock';
import { FIRST_YEAR, isIsoDate, isSupportedDate, LAST_YEAR } from '../core/dates';
import { DeliveryError } from '../core/errors';

/** Bad usage: the command prints it with a pointer to `--help` and exits 2. */
export class UsageError extends Error {}

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Allowed values of a string option. */
  values?: readonly string[];
}

export type OptionSpecs = Record<string, OptionSpec>;

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** Something the tool did not expect: a bug to report, not a verdict on the plan. */
export const EXIT_INTERNAL = 3;

/** Options most commands share; spread them into a command's specs. */
export const formatOption = (...values: string[]): OptionSpecs => ({ format: { type: 'string', values } });
export const AS_OF_OPTION: OptionSpecs = { 'as-of': { type: 'string' } };
export const OUT_OPTION: OptionSpecs = { out: { type: 'string' } };
/** A week, or a window of days: `update` and `rollup` tell the same windows. */
export const WINDOW_OPTIONS: OptionSpecs = {
  week: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
};

export interface CommandArgs {
  /** Absolute path of the workspace folder (the positional argument, default: the current directory). */
  folder: string;
  /** Every positional argument as given, for a command that takes many (`rollup`). */
  inputs: string[];
  help: boolean;
  options: Record<string, string | boolean | undefined>;
}

function checkValues(specs: OptionSpecs, options: CommandArgs['options']): void {
  for (const [name, spec] of Object.entries(specs)) {
    const value = options[name];
    if (spec.values && typeof value === 'string' && !spec.values.includes(value)) {
      throw new UsageError(`--${name} must be one of ${spec.values.join(', ')}, not '${value}'`);
    }
  }
  const asOf = options['as-of'];
  if (typeof asOf === 'string' && !isIsoDate(asOf))
    throw new UsageError(`--as-of must be a date like 2026-11-25, not '${asOf}'`);
  if (typeof asOf === 'string' && !isSupportedDate(asOf))
    throw new UsageError(`--as-of ${asOf} is outside the years ${FIRST_YEAR}–${LAST_YEAR}`);
}

/** An option given twice would silently take its last value (`--out a.md --out b.md` writes only b.md): refused. */
function checkOnce(tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>): void {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === 'help') continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once: give it once`);
    seen.add(token.name);
  }
}

/** Parses `argv` (after the command name) against the command's options; throws UsageError. `many`: more than one positional is allowed. */
export function parseCommandArgs(argv: readonly string[], specs: OptionSpecs, many = false): CommandArgs {
  const options = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { type: spec.type }]));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.replace(/^(Unknown option '[^']*')\..*$/s, '$1'));
  }
  checkOnce(parsed.tokens ?? []);
  const { help, ...values } = parsed.values as CommandArgs['options'];
  if (parsed.positionals.length > 1 && !many)
    throw new UsageError(`Expected at most one folder, got: ${parsed.positionals.join(' ')}`);
  checkValues(specs, values);
  return {
    folder: resolve(parsed.positionals[0] ?? '.'),
    inputs: parsed.positionals,
    help: help === true,
    options: values,
  };
}

/** `--as-of` when given, else today in the plan's time zone from the one clock (which DELIVERY_RHYTHM_AS_OF pins). */
export function asOfDate(args: CommandArgs, timeZone: string): string {
  const value = args.options['as-of'];
  if (typeof value === 'string') return value;
  try {
    return clockFromEnv(process.env).today(timeZone);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Parses `argv`, prints `usage` for `--help`, else runs the body; usage and folder errors become a message on stderr and exit 2. */
export async function runCommand(
  name: string,
  argv: readonly string[],
  specs: OptionSpecs,
  usage: string,
  body: (args: CommandArgs) => Promise<number>,
  many = false,
): Promise<number> {
  try {
    const args = parseCommandArgs(argv, specs, many);
    if (!args.help) return await body(args);
    process.stdout.write(usage);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(
        `delivery-rhythm ${name}: ${error.message}\nRun 'delivery-rhythm ${name} --help' for usage.\n`,
      );
      return EXIT_USAGE;
    }
    if (error instanceof DeliveryError) {
      // One line, so a CI log shows the whole reason where it shows the failure.
      process.stderr.write(`delivery-rhythm ${name}: ${error.message}${error.hint ? ` ${error.hint}` : ''}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(
      `delivery-rhythm ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT_INTERNAL;
  }
}
