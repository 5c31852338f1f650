import * as assert from 'node:assert/strict';
import { everyOwnerNamed, needsOwner, ownerlessFirst } from '../../../src/core/ownership';
import { modelOf } from './helpers';

describe("ownership (the walkthrough's owner step, Set Owner's list)", () => {
  const model = modelOf({
    'config.yaml': 'rules: {owner-missing: off, owner-not-a-person: off}\n',
    'initiatives/a-named.yaml': 'title: Named\nowner: Dana Kim\n',
    'initiatives/b-team.yaml': 'title: Team\nowner: Platform team\n',
    'initiatives/c-missing.yaml': 'title: Missing\n',
  });
  const byId = (id: string) => model.initiatives.find((i) => i.id === id)!;

  it('needs an owner when none is written or it names a team, whatever the rules are set to', () => {
    assert.deepEqual(
      ['a-named', 'b-team', 'c-missing'].map((id) => needsOwner(byId(id))),
      [false, true, true],
    );
  });

  it('is not done without a plan', () => {
    assert.equal(everyOwnerNamed([]), false);
  });

  it('is done only when every initiative names one person', () => {
    assert.equal(everyOwnerNamed(model.initiatives), false);
    assert.equal(everyOwnerNamed([byId('a-named')]), true);
  });

  it('lists initiatives without a person first, keeping the order within each group', () => {
    assert.deepEqual(
      ownerlessFirst(model.initiatives).map((i) => i.id),
      ['b-team', 'c-missing', 'a-named'],
    );
  });
});
