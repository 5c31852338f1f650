// `delivery-rhythm lint [folder] [--format text|json|github|sarif] [--as-of YYYY-MM-DD]`

import { gitAvailability } from '../core/git/available';
import { readSlipLedger } from '../core/git/ledger';
import { loadDeliveryFolder } from '../core/load';
import type { Finding, SlipLedger } from '../core/model';
import { githubCommands, sarifLog } from '../core/lintOutput';
import { lint } from '../core/rules';
import { AS_OF_OPTION, asOfDate, EXIT_FINDINGS, EXIT_OK, formatOption, runCommand } from './args';
import { SUMMARIES } from './summaries';

const USAGE = `Usage: delivery-rhythm lint [folder] [--format text|json|github|sarif] [--as-of YYYY-MM-DD]

${SUMMARIES.lint}.

  folder              the workspace folder that holds .delivery/ (default: the current directory)
  --format FORMAT     text: one "path:line:col severity code message" per line (default),
                      and a count of the findings on stderr
                      json: an array of {file, line, column, severity, code, message, initiative}
                      github: GitHub Actions commands that annotate the pull request
                      sarif: a SARIF 2.1.0 log for code scanning
  --as-of DATE        judge dates as of this day (default: today in config.yaml's time zone)
  --no-git            do not read git history (target-slipped is then not checked)
  -h, --help          show this help

Exit status: 0 no errors, 1 at least one error, 2 bad usage or no .delivery/ folder.
`;

const SPECS = {
  ...formatOption('text', 'json', 'github', 'sarif'),
  ...AS_OF_OPTION,
  'no-git': { type: 'boolean' as const },
};

/** The target history from git, or undefined (with a note on stderr) when the folder has none. */
async function ledgerOf(folder: string, timeZone: string): Promise<SlipLedger | undefined> {
  const git = await gitAvailability(folder);
  if (!git.ok) {
    process.stderr.write(`note: target-slipped not checked: ${git.reason}\n`);
    return undefined;
  }
  return readSlipLedger(folder, { timeZone });
}

/** 1-based positions, as editors and terminals show them. */
function toJson(findings: readonly Finding[]): object[] {
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

function render(findings: readonly Finding[], format: unknown): string {
  if (format === 'json') return `${JSON.stringify(toJson(findings), null, 2)}\n`;
  if (format === 'github') return githubCommands(findings);
  if (format === 'sarif') return `${JSON.stringify(sarifLog(findings), null, 2)}\n`;
  return toText(findings);
}

function toText(findings: readonly Finding[]): string {
  return findings
    .map(
      (f) =>
        `${escapePath(f.file)}:${f.range.start.line + 1}:${f.range.start.column + 1} ${f.severity} ${f.code} ${f.message}\n`,
    )
    .join('');
}

/** "1 error, 6 warnings and 3 information findings in 4 files", or "No findings.": what a lead reads first. */
export function findingCount(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings.';
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  const [errors, warnings, information] = [count('error'), count('warning'), count('information')];
  const parts = [
    errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : '',
    warnings > 0 ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '',
    information > 0 ? `${information} information finding${information === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  const files = new Set(findings.map((f) => f.file)).size;
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `${listed} in ${files} file${files === 1 ? '' : 's'}.`;
}

/** A file name is data: a line break or other control character in it is written as an escape, so it cannot end the line or forge another. */
export function escapePath(path: string): string {
  return path.replace(/[\\\x00-\x1f\x7f]/g, (c) =>
    c === '\\'
      ? '\\\\'
      : c === '\n'
        ? '\\n'
        : c === '\t'
          ? '\\t'
          : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

export function run(argv: string[]): Promise<number> {
  return runCommand('lint', argv, SPECS, USAGE, async (args) => {
    const model = await loadDeliveryFolder(args.folder);
    const ledger = args.options['no-git'] ? undefined : await ledgerOf(args.folder, model.config.timezone);
    const findings = lint(model, { asOf: asOfDate(args, model.config.timezone), ledger });
    process.stdout.write(render(findings, args.options.format));
    // The count goes to stderr, so stdout stays one finding per line for whatever parses it.
    if (args.options.format === undefined || args.options.format === 'text')
      process.stderr.write(`${findingCount(findings)}\n`);
    return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
  });
}
