// Lint findings in the formats CI reads: GitHub Actions workflow commands, which annotate the
// pull request, and SARIF 2.1.0, which code scanning reads. Text and JSON live in the CLI.
import { RULE_CODES, type Finding, type Severity } from './model';
import { RULE_HELP } from './rules/descriptions';

const GITHUB_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice' };
const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note' };

// The runner splits a command at line breaks and its properties at , and :, so those are escaped.
const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=owner-missing::message`, one line per finding. */
export function githubCommands(findings: readonly Finding[]): string {
  return findings
    .map(
      (f) =>
        `::${GITHUB_LEVEL[f.severity]} file=${property(f.file)},line=${f.range.start.line + 1},col=${f.range.start.column + 1},endLine=${f.range.end.line + 1},title=${property(f.code)}::${data(f.message)}\n`,
    )
    .join('');
}

/** A SARIF 2.1.0 log with one run: every rule described, every finding a result at its place. */
export function sarifLog(findings: readonly Finding[]): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'delivery-rhythm',
            rules: RULE_CODES.map((code) => ({
              id: code,
              shortDescription: { text: RULE_HELP[code].summary },
              help: { text: RULE_HELP[code].help },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: RULE_CODES.indexOf(f.code),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: f.range.start.line + 1,
                  startColumn: f.range.start.column + 1,
                  endLine: f.range.end.line + 1,
                  endColumn: f.range.end.column + 1,
                },
              },
            },
          ],
        })),
      },
    ],
  };
}
