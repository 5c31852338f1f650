import * as assert from 'node:assert/strict';
import { groupInitiatives, healthOf } from '../../../src/core/view/grouping';
import { modelOf } from './helpers';

const model = modelOf({
  'initiatives/a.yaml': 'title: Alpha\nowner: Dana Kim\nstatus: at-risk\npriority: 2\nroadmap: Conversion\n',
  'initiatives/b.yaml': 'title: Beta\nowner: Lee Park\nstatus: on-track\npriority: 3\nroadmap: Conversion\n',
  'initiatives/c.yaml': 'title: Gamma\nowner: Dana Kim\nstatus: at-risk\npriority: 1\n',
  'initiatives/d.yaml': 'title: Delta\nstatus: done\n',
  'initiatives/e.yaml': 'title: Epsilon\nowner: Sam Ode\n',
});

describe('initiatives tree grouping', () => {
  describe('by health', () => {
    it('orders groups on track, at risk, off track, not started, paused, done', () => {
      const labels = groupInitiatives(model.initiatives, 'health').map((g) => g.label);
      assert.deepEqual(labels, ['On track', 'At risk', 'Not started', 'Done']);
    });

    it('sorts each group by priority, 1 first', () => {
      const atRisk = groupInitiatives(model.initiatives, 'health').find((g) => g.key === 'at-risk');
      assert.deepEqual(
        atRisk?.initiatives.map((i) => i.id),
        ['c', 'a'],
      );
    });

    it('counts an initiative without a status as not started', () => {
      const epsilon = model.initiatives.find((i) => i.id === 'e')!;
      assert.equal(healthOf(epsilon), 'not-started');
    });
  });

  describe('by owner', () => {
    it('puts "No owner" first, then owners by name', () => {
      const groups = groupInitiatives(model.initiatives, 'owner');
      assert.deepEqual(
        groups.map((g) => g.label),
        ['No owner', 'Dana Kim', 'Lee Park', 'Sam Ode'],
      );
      assert.deepEqual(
        groups[1].initiatives.map((i) => i.id),
        ['c', 'a'],
      );
    });
  });

  describe('by roadmap item', () => {
    it('collects initiatives without a roadmap item in their own group', () => {
      const groups = groupInitiatives(model.initiatives, 'roadmap');
      assert.deepEqual(
        groups.map((g) => [g.label, g.initiatives.length]),
        [
          ['No roadmap item', 3],
          ['Conversion', 2],
        ],
      );
    });
  });

  it('places initiatives without a priority after those with one', () => {
    const flat = groupInitiatives(model.initiatives, 'owner').find((g) => g.label === 'Dana Kim')!;
    const mixed = modelOf({
      'initiatives/x.yaml': 'title: X\nowner: Dana Kim\n',
      'initiatives/y.yaml': 'title: Y\nowner: Dana Kim\npriority: 5\n',
    });
    assert.equal(flat.initiatives.length, 2);
    assert.deepEqual(
      groupInitiatives(mixed.initiatives, 'owner')[0].initiatives.map((i) => i.id),
      ['y', 'x'],
    );
  });
});
