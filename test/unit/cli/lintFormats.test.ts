// lint in the languages CI reads: GitHub Actions workflow commands and SARIF 2.1.0.
import * as assert from 'node:assert/strict';
import { githubCommands, sarifLog } from '../../../src/core/lintOutput';
import type { Finding } from '../../../src/core/model';
import { RULE_CODES } from '../../../src/core/model';

const at = (line: number, column: number) => ({ start: { line, column }, end: { line, column: column + 4 } });
const findings: Finding[] = [
  {
    file: '.delivery/initiatives/mobile.yaml',
    range: at(1, 7),
    severity: 'error',
    code: 'owner-not-a-person',
    message: 'Owner "Mobile team" names a group ("team"): name one person',
    initiative: 'mobile',
  },
  {
    file: '.delivery/initiatives/a,b:c.yaml',
    range: at(6, 8),
    severity: 'warning',
    code: 'target-unbounded',
    message: "Target 'TBD' is 100% vague,\nreally",
    initiative: 'a',
  },
  {
    file: '.delivery/status/2026-W47.yaml',
    range: at(0, 0),
    severity: 'information',
    code: 'schema',
    message: 'Unknown key',
  },
];

describe('lint for CI', () => {
  it('writes one GitHub Actions command per finding, 1-based, with the rule as title', () => {
    const lines = githubCommands(findings).split('\n');
    assert.equal(
      lines[0],
      '::error file=.delivery/initiatives/mobile.yaml,line=2,col=8,endLine=2,title=owner-not-a-person::Owner "Mobile team" names a group ("team"): name one person',
    );
    // A comma or colon would end a property, a line break the command: each is escaped.
    assert.equal(
      lines[1],
      "::warning file=.delivery/initiatives/a%2Cb%3Ac.yaml,line=7,col=9,endLine=7,title=target-unbounded::Target 'TBD' is 100%25 vague,%0Areally",
    );
    assert.match(lines[2], /^::notice file=\.delivery\/status\/2026-W47\.yaml,line=1,col=1,/);
    assert.equal(lines.length, 4);
  });

  it('writes a SARIF 2.1.0 log: every rule described once, every result pointing at its rule and place', () => {
    const log = sarifLog(findings) as {
      version: string;
      runs: {
        tool: {
          driver: { name: string; rules: { id: string; shortDescription: { text: string }; help: { text: string } }[] };
        };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
          }[];
        }[];
      }[];
    };
    assert.equal(log.version, '2.1.0');
    const [run] = log.runs;
    assert.deepEqual(
      run.tool.driver.rules.map((r) => r.id),
      [...RULE_CODES],
    );
    assert.ok(run.tool.driver.rules.every((r) => r.shortDescription.text && r.help.text));
    assert.deepEqual(
      run.results.map((r) => [r.ruleId, run.tool.driver.rules[r.ruleIndex].id, r.level]),
      [
        ['owner-not-a-person', 'owner-not-a-person', 'error'],
        ['target-unbounded', 'target-unbounded', 'warning'],
        ['schema', 'schema', 'note'],
      ],
    );
    const place = run.results[1].locations[0].physicalLocation;
    assert.deepEqual(
      [place.artifactLocation.uri, place.region.startLine, place.region.startColumn],
      ['.delivery/initiatives/a,b:c.yaml', 7, 9],
    );
    assert.equal(run.results[1].message.text, "Target 'TBD' is 100% vague,\nreally");
  });
});
