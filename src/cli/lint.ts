// `delivery-rhythm lint [folder] [--format text|json] [--as-of YYYY-MM-DD]`

import { loadDeliveryFolder } from '../core/load';
import type { Finding } from '../core/model';
import { lint } from '../core/rules';
import { AS_OF_OPTION, asOfDate, EXIT_FINDINGS, EXIT_OK, formatOption, parseCommandArgs, runCommand } from './args';

export const summary = 'Check the .delivery/ folder against the format and the rules';

const USAGE = `Usage: delivery-rhythm lint [folder] [--format text|json] [--as-of YYYY-MM-DD]

${summary}.

  folder              the workspace folder that holds .delivery/ (default: the current directory)
  --format text|json  text: one "path:line:col severity code message" per line (default)
                      json: an array of {file, line, column, severity, code, message, initiative}
  --as-of DATE        judge dates as of this day (default: today in config.yaml's time zone)
  -h, --help          show this help

Exit status: 0 no errors, 1 at least one error, 2 bad usage or no .delivery/ folder.
`;

const SPECS = { ...formatOption('text', 'json'), ...AS_OF_OPTION };

/** 1-based positions, as editors and terminals show them. */
export function toJson(findings: readonly Finding[]): object[] {
  return findings.map((f) => ({
    file: f.file,
    line: f.range.start.line + 1,
    column: f.range.start.column + 1,
    severity: f.severity,
    code: f.code,
    message: f.message,
    initiative: f.initiative ?? null,
  }));
}

export function toText(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.file}:${f.range.start.line + 1}:${f.range.start.column + 1} ${f.severity} ${f.code} ${f.message}\n`).join('');
}

export function run(argv: string[]): Promise<number> {
  return runCommand('lint', async () => {
    const args = parseCommandArgs(argv, SPECS);
    if (args.help) {
      process.stdout.write(USAGE);
      return EXIT_OK;
    }
    const model = await loadDeliveryFolder(args.folder);
    const findings = lint(model, { asOf: asOfDate(args, model.config.timezone) });
    process.stdout.write(args.options.format === 'json' ? `${JSON.stringify(toJson(findings), null, 2)}\n` : toText(findings));
    return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
  });
}
