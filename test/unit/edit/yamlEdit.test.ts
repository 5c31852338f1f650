import * as assert from 'node:assert/strict';
import { isMap, isScalar, type YAMLMap } from 'yaml';
import { setKey } from '../../../src/core/edit/setKey';
import { editedText, editYaml, type DocumentChange } from '../../../src/core/edit/yamlEdit';
import { DeliveryError } from '../../../src/core/errors';

const FILE = '.delivery/initiatives/payments.yaml';

const PAYMENTS = `# Payments, reviewed weekly
title: Payments revamp   # short
owner: 'Dana Kim'
outcome:
  metric: Checkout conversion  # the one that matters
  baseline: "2.1%"
  current: '2.2%'   # last Friday
blockers:
  - blocker: PCI audit sign-off   # asked twice
    since: 2026-11-02
  - {blocker: Vendor sandbox, since: 2026-11-10}
`;

const edit = (change: DocumentChange, text = PAYMENTS) => editedText(text, FILE, change);
const top = (change: (map: YAMLMap, doc: Parameters<DocumentChange>[0]) => unknown) =>
  edit((doc) => {
    if (!isMap(doc.contents)) throw new Error('not a map');
    change(doc.contents, doc);
  });

describe('the YAML edit engine', () => {
  it('changes a nested value in place, keeping its quotes and its comment', () => {
    const out = edit((doc) => {
      const node = doc.getIn(['outcome', 'current'], true);
      if (isScalar(node)) node.value = '2.3%';
    });
    assert.equal(out, PAYMENTS.replace("current: '2.2%'", "current: '2.3%'"));
  });

  it('writes a new value plain when it is safe, quoted when YAML would misread it', () => {
    assert.equal(
      top((map, doc) => setKey(doc, map, 'owner', 'Lee Park')),
      PAYMENTS.replace("owner: 'Dana Kim'", 'owner: Lee Park'),
    );
    assert.equal(
      top((map, doc) => setKey(doc, map, 'owner', 'Lee: Park')),
      PAYMENTS.replace("owner: 'Dana Kim'", 'owner: "Lee: Park"'),
    );
  });

  it('quotes a word YAML would write as a block, such as a document marker', () => {
    assert.equal(
      top((map, doc) => setKey(doc, map, 'owner', '---')),
      PAYMENTS.replace("owner: 'Dana Kim'", 'owner: "---"'),
    );
    const out = edit((doc) => {
      const node = doc.getIn(['outcome', 'metric'], true);
      if (isScalar(node)) node.value = '---';
    });
    assert.ok(out.includes('  metric: "---"  # the one that matters\n'));
  });

  it('adds a key where the writer puts it: after a named sibling, first, or last', () => {
    const outcome = (doc: Parameters<DocumentChange>[0]) => doc.getIn(['outcome'], true) as YAMLMap;
    assert.equal(
      edit((doc) => setKey(doc, outcome(doc), 'target', '2.6%', ['baseline'])),
      PAYMENTS.replace(`  baseline: "2.1%"\n`, `  baseline: "2.1%"\n  target: 2.6%\n`),
    );
    assert.equal(
      edit((doc) => setKey(doc, outcome(doc), 'note', 'Weekly', 'first')),
      PAYMENTS.replace('outcome:\n', 'outcome:\n  note: Weekly\n'),
    );
    assert.equal(
      edit((doc) => setKey(doc, outcome(doc), 'note', 'Weekly')),
      PAYMENTS.replace(`   # last Friday\n`, `   # last Friday\n  note: Weekly\n`),
    );
  });

  it('sets a field of a list item, in a block item and in a flow one', () => {
    const blocker = (doc: Parameters<DocumentChange>[0], i: number) => doc.getIn(['blockers', i], true) as YAMLMap;
    assert.equal(
      edit((doc) => setKey(doc, blocker(doc, 0), 'owner', 'Priya Shah')),
      PAYMENTS.replace('    since: 2026-11-02\n', '    since: 2026-11-02\n    owner: Priya Shah\n'),
    );
    assert.equal(
      edit((doc) => setKey(doc, blocker(doc, 1), 'owner', 'Priya Shah')),
      PAYMENTS.replace('since: 2026-11-10}', 'since: 2026-11-10, owner: Priya Shah}'),
    );
  });

  it('writes a new map as a block under its key, even where the key had no value', () => {
    const text = 'title: A\noutcome:   # to fill in\nwhy: B\n';
    assert.equal(
      edit((doc) => setKey(doc, doc.contents as YAMLMap, 'outcome', { metric: 'Conversion' }), text),
      'title: A\noutcome:   # to fill in\n  metric: Conversion\nwhy: B\n',
    );
    assert.equal(
      edit((doc) => setKey(doc, doc.contents as YAMLMap, 'match', { keywords: ['PAY-'] }), text),
      `${text}match:\n  keywords:\n    - PAY-\n`,
    );
  });

  it('removes a key with its lines, and only those', () => {
    assert.equal(
      top((map) => map.delete('outcome')),
      PAYMENTS.replace(/outcome:\n(  .*\n)+/, ''),
    );
  });

  it('keeps CRLF line ends in a CRLF file, in new lines too', () => {
    const text = PAYMENTS.replace(/\n/g, '\r\n');
    const out = edit((doc) => setKey(doc, doc.getIn(['outcome'], true) as YAMLMap, 'target', '2.6%'), text);
    assert.ok(out.includes("current: '2.2%'   # last Friday\r\n  target: 2.6%\r\nblockers:"));
    assert.doesNotMatch(out, /[^\r]\n/);
  });

  it('gives one minimal edit, and none when nothing changes', () => {
    const change: DocumentChange = (doc) => {
      const node = doc.getIn(['blockers', 0, 'since'], true);
      if (isScalar(node)) node.value = '2026-11-03';
    };
    const at = PAYMENTS.indexOf('2026-11-02');
    assert.deepEqual(editYaml(PAYMENTS, FILE, change), { offset: at + 9, length: 1, text: '3' });
    assert.equal(
      editYaml(PAYMENTS, FILE, () => false),
      undefined,
    );
    assert.equal(
      editYaml(PAYMENTS, FILE, (doc) => setKey(doc, doc.contents as YAMLMap, 'title', 'Payments revamp')),
      undefined,
    );
  });

  it('refuses a file that is not valid YAML, naming the file and the line', () => {
    assert.throws(
      () => edit(() => true, 'title: A\nowner: [Dana\n'),
      (error: unknown) =>
        error instanceof DeliveryError && /^\.delivery\/initiatives\/payments\.yaml line \d/.test(error.message),
    );
  });

  it('refuses, and says what would change, when the text would not read back as the document', () => {
    assert.throws(
      () =>
        edit((doc) => {
          const since = doc.getIn(['blockers', 0, 'since'], true);
          // A date object has no YAML 1.2 form: written, it would read back as text.
          if (isScalar(since)) since.value = new Date(Date.UTC(2026, 10, 3));
        }),
      (error: unknown) =>
        error instanceof DeliveryError &&
        error.message.includes('"blockers.0.since"') &&
        error.file === FILE &&
        error.hint === 'Make the change by hand in the file.',
    );
  });
});
