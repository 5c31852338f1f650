import * as assert from 'node:assert/strict';
import { parseDeliveryFiles } from '../../../src/core/load';
import { lint } from '../../../src/core/rules/index';
import { scaffoldFiles } from '../../../src/core/scaffold';

describe('Create Delivery Folder scaffold', () => {
  const files = scaffoldFiles({ team: 'Checkout', owner: 'Dana Kim <dana@acme.io>', asOf: '2026-11-25', timeZone: 'Europe/Berlin' });
  const model = parseDeliveryFiles('/repo', files);

  it('writes a config, one initiative and the current week\'s status', () => {
    assert.deepEqual(files.map((f) => f.path), [
      '.delivery/config.yaml',
      '.delivery/initiatives/first-initiative.yaml',
      '.delivery/status/2026-W48.yaml',
    ]);
  });

  it('carries the team, the time zone and the owner', () => {
    assert.equal(model.config.team, 'Checkout');
    assert.equal(model.config.timezone, 'Europe/Berlin');
    assert.equal(model.initiatives[0].owner?.value, 'Dana Kim <dana@acme.io>');
  });

  it('produces files without a single finding', () => {
    assert.deepEqual(lint(model, { asOf: '2026-11-25' }), []);
  });

  it('quotes a team name YAML would misread', () => {
    const odd = parseDeliveryFiles('/repo', scaffoldFiles({ team: 'Checkout: EU #2', owner: 'Dana Kim', asOf: '2026-11-25', timeZone: 'UTC' }));
    assert.equal(odd.config.team, 'Checkout: EU #2');
  });
});
