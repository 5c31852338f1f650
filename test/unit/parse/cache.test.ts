import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lstatSync, mkdirSync, mkdtempSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DeliveryFolderCache, stampOf } from '../../../src/core/cache';
import { loadDeliveryFolder, parseDeliveryFiles } from '../../../src/core/load';
import { parseDeliveryFile, type ParsedFile } from '../../../src/core/parse/deliveryFiles';
import { initiative } from './build';

const PAYMENTS = '.delivery/initiatives/payments.yaml';
const SEARCH = '.delivery/initiatives/search.yaml';
const STATUS = '.delivery/status/2026-W47.yaml';

const AN_HOUR = 3_600_000;
/** A clock an hour ahead, so that the files a test has just written count as settled. */
const later = (): number => Date.now() + AN_HOUR;

/** A cache whose parser records every path it really parses. */
function countingCache(): { cache: DeliveryFolderCache; parsed: string[] } {
  const parsed: string[] = [];
  const parse = (path: string, text: string): ParsedFile => {
    parsed.push(path);
    return parseDeliveryFile(path, text);
  };
  return { cache: new DeliveryFolderCache({ parse, now: later }), parsed };
}

describe('DeliveryFolderCache with parseDeliveryFiles', () => {
  const files = [
    { path: PAYMENTS, text: initiative() },
    { path: SEARCH, text: initiative({ title: 'Search' }) },
    {
      path: STATUS,
      text: 'week: 2026-W47\ninitiatives:\n  payments: {status: at-risk}\n  serch: {status: on-track}\n',
    },
  ];

  it('gives the same model as a parse without a cache', () => {
    const cache = new DeliveryFolderCache();
    parseDeliveryFiles('/repo', files, cache);
    assert.deepEqual(parseDeliveryFiles('/repo', files, cache), parseDeliveryFiles('/repo', files));
  });

  it('does not parse a file again while its text is unchanged', () => {
    const { cache, parsed } = countingCache();
    const first = parseDeliveryFiles('/repo', files, cache);
    const second = parseDeliveryFiles(
      '/repo',
      files.map((f) => ({ ...f, text: `${f.text}` })),
      cache,
    );
    assert.deepEqual(parsed, [PAYMENTS, SEARCH, STATUS]);
    assert.equal(second.initiatives[0], first.initiatives[0]);
    assert.equal(cache.parses, 3);
  });

  it('parses again only the file whose text changed', () => {
    const { cache, parsed } = countingCache();
    const first = parseDeliveryFiles('/repo', files, cache);
    const edited = files.map((f) => (f.path === SEARCH ? { ...f, text: initiative({ title: 'Search v2' }) } : f));
    const second = parseDeliveryFiles('/repo', edited, cache);
    assert.deepEqual(parsed, [PAYMENTS, SEARCH, STATUS, SEARCH]);
    assert.equal(second.initiatives[1].title?.value, 'Search v2');
    assert.equal(second.initiatives[0], first.initiatives[0]);
  });

  it('still checks status entries against the initiatives of this parse', () => {
    const cache = new DeliveryFolderCache();
    parseDeliveryFiles('/repo', files, cache);
    const renamed = files.map((f) =>
      f.path === SEARCH ? { path: '.delivery/initiatives/serch.yaml', text: f.text } : f,
    );
    const model = parseDeliveryFiles('/repo', renamed, cache);
    assert.deepEqual(model.problems, []);
  });
});

describe('DeliveryFolderCache over a run of edits', () => {
  const VARIANTS: Record<string, string[]> = {
    [PAYMENTS]: [
      initiative(),
      initiative({ owner: 'Platform team' }),
      'title: [unclosed\n',
      initiative({ status: 'on track' }),
    ],
    [SEARCH]: [initiative({ title: 'Search' }), initiative({ target: 'TBD' }), 'id: other\ntitle: Search\n'],
    [STATUS]: ['initiatives:\n  payments: {status: at-risk}\n', 'week: 2026-W47\ninitiatives:\n  serch: {}\n', ': :\n'],
    '.delivery/config.yaml': ['timezone: Europe/Berlin\n', 'rules: {schema: warning}\n', 'timezone: Mars/Base\n'],
  };
  const edit = fc.record({ path: fc.constantFrom(...Object.keys(VARIANTS)), variant: fc.nat(), present: fc.boolean() });

  it('gives after every edit the model a fresh parse gives', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const cache = new DeliveryFolderCache();
        const texts = new Map<string, string>();
        for (const { path, variant, present } of edits) {
          if (present) texts.set(path, VARIANTS[path][variant % VARIANTS[path].length]);
          else texts.delete(path);
          const files = [...texts].map(([file, text]) => ({ path: file, text }));
          assert.deepEqual(parseDeliveryFiles('/repo', files, cache), parseDeliveryFiles('/repo', files));
        }
      }),
    );
  });
});

describe('DeliveryFolderCache with loadDeliveryFolder', () => {
  let root: string;
  const write = (path: string, content: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'delivery-cache-'));
    write(PAYMENTS, initiative());
    write(SEARCH, initiative({ title: 'Search' }));
    write(STATUS, 'initiatives:\n  payments: {status: at-risk}\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('parses nothing on a reload when no file changed', async () => {
    const { cache, parsed } = countingCache();
    const first = await loadDeliveryFolder(root, new Map(), cache);
    const second = await loadDeliveryFolder(root, new Map(), cache);
    assert.equal(parsed.length, 3);
    assert.deepEqual(second, first);
  });

  it('parses again a file edited on disk', async () => {
    const { cache, parsed } = countingCache();
    await loadDeliveryFolder(root, new Map(), cache);
    write(SEARCH, initiative({ title: 'Search v2' }));
    const model = await loadDeliveryFolder(root, new Map(), cache);
    assert.deepEqual(parsed.slice(3), [SEARCH]);
    assert.equal(model.initiatives[1].title?.value, 'Search v2');
  });

  it('keeps the text of a settled file, to skip reading it while its stamp is unchanged', async () => {
    const cache = new DeliveryFolderCache({ now: later });
    await loadDeliveryFolder(root, new Map(), cache);
    assert.equal(cache.textOnDisk(SEARCH, stampOf(lstatSync(join(root, SEARCH)))), initiative({ title: 'Search' }));
  });

  it('does not trust the stamp of a file changed in the last two seconds', async () => {
    // Half a second after the write by the file system's own clock, which a moved test clock does not move.
    const cache = new DeliveryFolderCache({ now: () => lstatSync(join(root, SEARCH)).mtimeMs + 500 });
    await loadDeliveryFolder(root, new Map(), cache);
    assert.equal(cache.textOnDisk(SEARCH, stampOf(lstatSync(join(root, SEARCH)))), undefined);
  });

  it('sees an edit of the same size even when the modification time is put back', async () => {
    const cache = new DeliveryFolderCache({ now: later });
    await loadDeliveryFolder(root, new Map(), cache);
    const before = statSync(join(root, SEARCH));
    write(SEARCH, initiative({ title: 'Searcx' }));
    utimesSync(join(root, SEARCH), before.atime, before.mtime);
    const model = await loadDeliveryFolder(root, new Map(), cache);
    assert.equal(model.initiatives[1].title?.value, 'Searcx');
  });

  it('parses only the unsaved file while the user types, and takes the saved one back from the cache', async () => {
    const { cache, parsed } = countingCache();
    await loadDeliveryFolder(root, new Map(), cache);
    const typing = await loadDeliveryFolder(root, new Map([[PAYMENTS, initiative({ owner: 'Lee Park' })]]), cache);
    const reverted = await loadDeliveryFolder(root, new Map(), cache);
    assert.deepEqual(parsed.slice(3), [PAYMENTS, PAYMENTS]);
    assert.equal(typing.initiatives[0].owner?.value, 'Lee Park');
    assert.equal(reverted.initiatives[0].owner?.value, 'Dana Kim <dana@acme.io>');
  });

  it('drops a deleted file from the model and the cache', async () => {
    const { cache, parsed } = countingCache();
    await loadDeliveryFolder(root, new Map(), cache);
    unlinkSync(join(root, SEARCH));
    const without = await loadDeliveryFolder(root, new Map(), cache);
    write(SEARCH, initiative({ title: 'Search' }));
    await loadDeliveryFolder(root, new Map(), cache);
    assert.deepEqual(
      without.initiatives.map((i) => i.id),
      ['payments'],
    );
    assert.deepEqual(parsed.slice(3), [SEARCH]);
  });
});
