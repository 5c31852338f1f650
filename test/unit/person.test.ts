import * as assert from 'node:assert/strict';
import { checkOwner } from '../../src/core/person';

describe('checkOwner', () => {
  const notPeople = [
    'Platform team',
    'Payments squad',
    'Backend',
    'Eng',
    '@acme/payments',
    'Data Platform',
    'Dana, Lee',
    'Dana and Lee',
    'Dana / Lee',
    'Dana & Lee',
    'dana@acme.io, lee@acme.io',
    'dana@acme.io lee@acme.io',
    'TBD',
    '',
    '   ',
    '42',
  ];
  for (const owner of notPeople) {
    it(`flags "${owner}"`, () => {
      const result = checkOwner(owner);
      assert.equal(result.ok, false);
      if (!result.ok) assert.ok(result.reason.length > 0);
    });
  }

  const people: Array<[string, string, string?]> = [
    ['Dana Kim', 'Dana Kim'],
    ['Dana Kim <dana@acme.io>', 'Dana Kim', 'dana@acme.io'],
    ["Zoë O'Brien-Li", "Zoë O'Brien-Li"],
    ['李娜', '李娜'],
    ['dana@acme.io', 'dana@acme.io', 'dana@acme.io'],
    ['Andrea Orlando', 'Andrea Orlando'],
  ];
  for (const [owner, name, email] of people) {
    it(`accepts "${owner}"`, () => {
      assert.deepEqual(checkOwner(owner), { ok: true, person: email ? { name, email } : { name } });
    });
  }
});
