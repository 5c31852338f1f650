// lint --format sarif is checked against the SARIF 2.1.0 JSON schema itself (OASIS's final
// 2.1.0 schema, as shipped in @microsoft/jest-sarif), not against our reading of it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { sarifLog } from '../../../src/core/lintOutput';
import { RULE_CODES, type Finding } from '../../../src/core/model';
import { builtCli } from '../../helpers/builtCli';

const CLI = resolve(__dirname, '../../../../dist/cli.js');
const EXAMPLE = resolve(__dirname, '../../../../examples/acme');
const SCHEMA = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function sarifValidator(): ValidateFunction {
  // The schema is draft-04 with uri and date-time formats; strict mode would refuse its own keywords,
  // and its language pattern ("…{2}]?$") is valid only as a non-Unicode regular expression.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
}

function assertValid(validate: ValidateFunction, log: unknown): void {
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
}

const at = (line: number, column: number) => ({ start: { line, column }, end: { line, column: column + 4 } });

describe('lint --format sarif against the SARIF 2.1.0 schema', () => {
  let validate: ValidateFunction;
  before(() => {
    validate = sarifValidator();
  });

  it('accepts a log with no finding', () => {
    assertValid(validate, sarifLog([]));
  });

  it('accepts findings of every severity, with odd characters in names and messages', () => {
    const findings: Finding[] = [
      {
        file: '.delivery/initiatives/mobile.yaml',
        range: at(1, 7),
        severity: 'error',
        code: 'owner-not-a-person',
        message: 'Owner "Mobile team" names a group',
        initiative: 'mobile',
      },
      {
        file: '.delivery/initiatives/a b,ü:%.yaml',
        range: at(6, 8),
        severity: 'warning',
        code: 'target-unbounded',
        message: "Target 'TBD' is 100% vague,\nreally",
      },
      {
        file: '.delivery/status/2026-W47.yaml',
        range: at(0, 0),
        severity: 'information',
        code: 'schema',
        message: 'Unknown key',
      },
    ];
    assertValid(validate, sarifLog(findings));
  });

  it('rejects what the schema forbids, so a pass above means something', () => {
    const log = sarifLog([{ file: 'x.yaml', range: at(0, 0), severity: 'error', code: 'schema', message: 'm' }]) as {
      runs: { results: { level: string }[] }[];
    };
    log.runs[0].results[0].level = 'fatal';
    assert.equal(validate(log), false);
    assert.equal(validate({ version: '2.1.0' }), false, 'a log without runs');
  });

  it('accepts what the CLI writes for the example plan, with a rule for every code', function () {
    builtCli();
    const result = spawnSync(
      process.execPath,
      [CLI, 'lint', EXAMPLE, '--format', 'sarif', '--as-of', '2026-11-25', '--no-git'],
      { encoding: 'utf8' },
    );
    assert.equal(result.status, 1, result.stderr);
    const log = JSON.parse(result.stdout) as {
      runs: { tool: { driver: { rules: { id: string }[] } }; results: unknown[] }[];
    };
    assertValid(validate, log);
    assert.deepEqual(
      log.runs[0].tool.driver.rules.map((rule) => rule.id),
      [...RULE_CODES],
    );
    assert.ok(log.runs[0].results.length >= 5);
  });
});
