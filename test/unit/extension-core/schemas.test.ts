// The JSON Schemas that drive completion in YAML editors must name exactly what the parser accepts.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_CODES, STATUSES } from '../../../src/core/model';
import { INITIATIVE_KEYS } from '../../../src/core/parse/initiative';

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

  it('accept a setting for every rule code in config.yaml', () => {
    assert.deepEqual(Object.keys(schema('config').properties.rules.properties), [...RULE_CODES]);
  });
});
