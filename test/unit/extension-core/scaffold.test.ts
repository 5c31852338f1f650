import * as assert from 'node:assert/strict';
import { parseDeliveryFiles } from '../../../src/core/load';
import { lint } from '../../../src/core/rules/index';
import { scaffoldFiles } from '../../../src/core/scaffold';

describe('Create Delivery Folder scaffold', () => {
  const files = scaffoldFiles({
    team: 'Checkout',
    owner: 'Dana Kim <dana@acme.io>',
    asOf: '2026-11-25',
    timeZone: 'Europe/Berlin',
  });
  const model = parseDeliveryFiles('/repo', files);

  it("writes a config, one initiative, the current week's status, an empty debt register and next quarter's investments", () => {
    assert.deepEqual(
      files.map((f) => f.path),
      [
        '.delivery/config.yaml',
        '.delivery/initiatives/first-initiative.yaml',
        '.delivery/status/2026-W48.yaml',
        '.delivery/debt.yaml',
        '.delivery/investments/2027-Q1.yaml',
      ],
    );
    assert.deepEqual(model.debt?.items, []);
    assert.deepEqual(
      model.investments?.map((f) => [f.quarter, f.investments.length]),
      [['2027-Q1', 0]],
    );
  });

  it('explains every key of a debt item and an investment in comments', () => {
    const text = (path: string) => files.find((f) => f.path === path)!.text;
    for (const key of ['item', 'area', 'risk', 'owner', 'since', 'impact'])
      assert.match(text('.delivery/debt.yaml'), new RegExp(`^#\\s+(- )?${key}: .*# `, 'm'), key);
    for (const key of ['investment', 'why', 'cost', 'owner', 'decision_by', 'retires'])
      assert.match(text('.delivery/investments/2027-Q1.yaml'), new RegExp(`^#\\s+(- )?${key}: .*# `, 'm'), key);
  });

  it('uncommented, the examples in the comments read without a finding', () => {
    const uncomment = (text: string) =>
      text
        .split('\n')
        .filter((line) => /^#\s{2,}/.test(line))
        .map((line) => line.slice(1).replace(/\s+# .*$/, ''))
        .join('\n');
    const debt = `debt:\n${uncomment(files[3].text)}\n`;
    const investments = `investments:\n${uncomment(files[4].text)}\n`;
    const filled = parseDeliveryFiles('/repo', [
      ...files.slice(0, 3),
      { path: files[3].path, text: debt },
      { path: files[4].path, text: investments },
    ]);
    assert.deepEqual(lint(filled, { asOf: '2026-11-25' }), []);
    assert.equal(filled.investments?.[0].investments[0].retires[0].value, filled.debt?.items[0].item?.value);
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
    const odd = parseDeliveryFiles(
      '/repo',
      scaffoldFiles({ team: 'Checkout: EU #2', owner: 'Dana Kim', asOf: '2026-11-25', timeZone: 'UTC' }),
    );
    assert.equal(odd.config.team, 'Checkout: EU #2');
  });
});
