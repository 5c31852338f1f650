// package.json contributions hang together: menus, welcome views and schemas point at things that exist.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

interface Contributes {
  commands: { command: string; title: string; category?: string }[];
  menus: Record<string, { command: string; when?: string }[]>;
  views: Record<string, { id: string }[]>;
  viewsWelcome: { view: string; contents: string; when?: string }[];
  yamlValidation: { fileMatch: string; url: string }[];
  configuration: { properties: Record<string, { type: string; default: unknown }> };
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: Contributes };
const { commands, menus, views, viewsWelcome, yamlValidation, configuration } = pkg.contributes;
const declared = new Set(commands.map((c) => c.command));
const viewIds = new Set(
  Object.values(views)
    .flat()
    .map((v) => v.id),
);

describe('package.json contributions', () => {
  it('prefix every command with deliveryRhythm. and put it in the Delivery category', () => {
    for (const command of commands) {
      assert.match(command.command, /^deliveryRhythm\.[a-zA-Z]+$/);
      assert.equal(command.category, 'Delivery', command.command);
    }
  });

  it('only put declared commands in menus', () => {
    const used = Object.values(menus)
      .flat()
      .map((item) => item.command);
    assert.deepEqual(
      used.filter((id) => !declared.has(id)),
      [],
    );
  });

  it('hide the tree-argument command Set Owner from the palette', () => {
    assert.ok(menus.commandPalette.some((item) => item.command === 'deliveryRhythm.setOwner' && item.when === 'false'));
  });

  it('show welcome content only in contributed views, with buttons for known commands', () => {
    for (const welcome of viewsWelcome) {
      assert.ok(viewIds.has(welcome.view), welcome.view);
      for (const [, id] of welcome.contents.matchAll(/\(command:([\w.]+)\)/g)) {
        assert.ok(declared.has(id) || !id.startsWith('deliveryRhythm.'), id);
      }
    }
  });

  it('give Restricted Mode its own welcome', () => {
    assert.ok(
      viewsWelcome.some(
        (w) => w.when?.includes('!isWorkspaceTrusted') && w.contents.includes('workbench.trust.manage'),
      ),
    );
  });

  it('point yamlValidation at schema files that exist', () => {
    assert.equal(yamlValidation.length, 6);
    for (const { url } of yamlValidation) assert.ok(existsSync(join(ROOT, url)), url);
  });

  it('namespace and type every setting', () => {
    for (const [key, setting] of Object.entries(configuration.properties)) {
      assert.match(key, /^deliveryRhythm\./);
      assert.equal(typeof setting.default, setting.type, key);
    }
  });
});
