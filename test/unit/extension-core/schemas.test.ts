// The JSON Schemas that drive completion in YAML editors must name exactly what the parser accepts.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMPACTS, STATUSES } from '../../../src/core/model';
import { RULES_KEYS } from '../../../src/core/parse/config';
import { DEBT_KEYS } from '../../../src/core/parse/debt';
import { CONFIG_KEYS } from '../../../src/core/parse/config';
import { INITIATIVE_KEYS, MATCH_KEYS } from '../../../src/core/parse/initiative';
import { REPO_KEYS } from '../../../src/core/parse/repos';
import { INVESTMENT_KEYS, INVESTMENTS_KEYS } from '../../../src/core/parse/investments';

interface Schema {
  properties: Record<string, Schema & { enum?: string[] }>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
}

function schema(name: string): Schema {
  return JSON.parse(readFileSync(join(__dirname, '../../../../schemas', `${name}.schema.json`), 'utf8')) as Schema;
}

describe('JSON Schemas', () => {
  const initiative = schema('initiative');

  it('list every initiative key the parser reads', () => {
    assert.deepEqual(Object.keys(initiative.properties).sort(), [...INITIATIVE_KEYS].sort());
  });

  it('give the initiatives list the same keys plus id', () => {
    const entry = schema('initiatives-list').properties.initiatives.items!;
    assert.deepEqual(Object.keys(entry.properties).sort(), ['id', ...INITIATIVE_KEYS].sort());
  });

  it('offer exactly the model statuses, in initiatives and weekly status', () => {
    assert.deepEqual(initiative.properties.status.enum, [...STATUSES]);
    const entry = schema('status').properties.initiatives.additionalProperties as Schema;
    assert.deepEqual(entry.properties.status.enum, [...STATUSES]);
  });

  it('accept a setting for every rule code, and the thresholds of the outcome signal, in config.yaml', () => {
    assert.deepEqual(Object.keys(schema('config').properties.rules.properties), [...RULES_KEYS]);
  });

  it('list every key of config.yaml, of a repos: entry and of match', () => {
    const config = schema('config');
    assert.deepEqual(Object.keys(config.properties).sort(), [...CONFIG_KEYS].sort());
    const entry = (config.properties.repos.items as unknown as { oneOf: Schema[] }).oneOf[1];
    assert.deepEqual(Object.keys(entry.properties).sort(), [...REPO_KEYS].sort());
    assert.deepEqual(Object.keys(initiative.properties.match.properties).sort(), [...MATCH_KEYS].sort());
  });
});

describe('JSON Schemas of the debt register and the investments', () => {
  it('list every key the parser reads', () => {
    const debt = schema('debt');
    assert.deepEqual(Object.keys(debt.properties), ['debt']);
    assert.deepEqual(Object.keys(debt.properties.debt.items!.properties).sort(), [...DEBT_KEYS].sort());
    const investments = schema('investments');
    assert.deepEqual(Object.keys(investments.properties).sort(), [...INVESTMENTS_KEYS].sort());
    assert.deepEqual(
      Object.keys(investments.properties.investments.items!.properties).sort(),
      [...INVESTMENT_KEYS].sort(),
    );
  });

  it('offer exactly the risk levels', () => {
    assert.deepEqual(schema('debt').properties.debt.items!.properties.risk.enum, [...IMPACTS]);
  });

  it('are registered for their files', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')) as {
      contributes: { yamlValidation: { fileMatch: string; url: string }[] };
    };
    const registered = pkg.contributes.yamlValidation.map((v) => `${v.fileMatch} ${v.url}`);
    assert.ok(registered.includes('**/.delivery/debt.yaml ./schemas/debt.schema.json'));
    assert.ok(registered.includes('**/.delivery/investments/*.yaml ./schemas/investments.schema.json'));
  });
});
