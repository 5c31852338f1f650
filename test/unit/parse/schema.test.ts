import * as assert from 'node:assert/strict';
import { modelOf, initiative } from './build';

function problems(
  files: Record<string, string>,
): Array<{ file: string; line: number; column: number; severity: string; message: string }> {
  return modelOf(files).problems.map((p) => ({
    file: p.file,
    line: p.range.start.line + 1,
    column: p.range.start.column + 1,
    severity: p.severity,
    message: p.message,
  }));
}

function only(
  files: Record<string, string>,
  pattern: RegExp,
): { file: string; line: number; column: number; severity: string; message: string } {
  const found = problems(files).filter((p) => pattern.test(p.message));
  assert.equal(found.length, 1, `expected one problem matching ${pattern}, got ${JSON.stringify(problems(files))}`);
  return found[0];
}

describe('schema', () => {
  it('reads a healthy initiative with no problem and keeps where each field stands', () => {
    const model = modelOf({ 'initiatives/payments.yaml': initiative() });
    assert.deepEqual(model.problems, []);
    const [payments] = model.initiatives;
    assert.equal(payments.id, 'payments');
    assert.equal(payments.file, '.delivery/initiatives/payments.yaml');
    assert.equal(payments.owner?.value, 'Dana Kim <dana@acme.io>');
    assert.deepEqual(payments.owner?.range, { start: { line: 1, column: 7 }, end: { line: 1, column: 30 } });
    assert.deepEqual(payments.owner?.keyRange, { start: { line: 1, column: 0 }, end: { line: 1, column: 5 } });
    assert.deepEqual(payments.interval, { kind: 'quarter', start: '2026-10-01', end: '2026-12-31', label: '2026-Q4' });
  });

  it('reports invalid YAML with its line', () => {
    const p = only({ 'initiatives/a.yaml': 'title: [unclosed\nowner: Dana Kim\n' }, /YAML|flow|collection/i);
    assert.equal(p.severity, 'error');
    assert.equal(p.file, '.delivery/initiatives/a.yaml');
  });

  it('holds back content problems until the syntax is fixed', () => {
    const found = problems({ 'initiatives/a.yaml': 'title: [unclosed\nstatus: shipped\n' });
    assert.deepEqual(
      found.map((p) => p.message),
      [
        'Invalid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]): correct the syntax here',
      ],
    );
  });

  it('reports a tab indent', () => {
    const p = only({ 'initiatives/a.yaml': 'title: A\n\towner: Dana Kim\n' }, /Tabs/);
    assert.equal(p.line, 2);
  });

  it('reports a duplicate key at the second one', () => {
    const p = only({ 'initiatives/a.yaml': 'title: A\nowner: Dana Kim\nowner: Lee Park\n' }, /appears twice/);
    assert.equal(p.line, 3);
  });

  it("suggests the nearest key: unknown key 'ownr' — did you mean 'owner'?", () => {
    const p = only({ 'initiatives/a.yaml': 'title: A\nownr: Dana Kim\n' }, /Unknown key/);
    assert.match(p.message, /'ownr'.*did you mean 'owner'\?/);
    assert.deepEqual([p.line, p.column, p.severity], [2, 1, 'warning']);
  });

  it('suggests nothing when no key is close', () => {
    assert.equal(
      only({ 'initiatives/a.yaml': 'title: A\nkey: x\n' }, /Unknown key/).message,
      "Unknown key 'key' in initiative 'a'",
    );
  });

  it('reports a wrong type with what was expected', () => {
    const p = only({ 'initiatives/a.yaml': 'title: A\nowner: [Dana Kim, Lee Park]\n' }, /owner/);
    assert.match(p.message, /'owner' must be text, found a list/);
  });

  it('reports an unknown status with the closest one', () => {
    assert.match(only({ 'initiatives/a.yaml': 'status: on track\n' }, /status/).message, /did you mean 'on-track'/);
    assert.match(
      only({ 'initiatives/a.yaml': 'status: shipped\n' }, /status/).message,
      /use one of: not-started, on-track/,
    );
  });

  it('reports an impossible date in a target, a blocker and a window', () => {
    assert.equal(only({ 'initiatives/a.yaml': 'target: 2026-02-30\n' }, /2026-02-30/).line, 1);
    assert.equal(
      only({ 'initiatives/a.yaml': 'blockers:\n  - {blocker: B, since: 2026-04-31}\n' }, /calendar date/).line,
      2,
    );
    assert.equal(
      only({ 'initiatives/a.yaml': 'target: {start: 2026-10-01, end: 2026-11-31}\n' }, /calendar date/).column,
      34,
    );
    assert.match(
      only({ 'initiatives/a.yaml': 'target: {start: 2026-12-01, end: 2026-10-01}\n' }, /ends/).message,
      /before it starts/,
    );
  });

  it('keeps __proto__ as an unknown key and pollutes nothing', () => {
    const model = modelOf({ 'initiatives/a.yaml': '__proto__: {polluted: true}\nconstructor: x\ntitle: A\n' });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(model.initiatives[0].title?.value, 'A');
    assert.equal(model.problems.filter((p) => /Unknown key/.test(p.message)).length, 2);
  });

  it('stops an alias bomb with a finding', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
      );
    const p = only({ 'initiatives/a.yaml': `${bomb.join('\n')}\ntitle: A\n` }, /aliases/);
    assert.equal(p.severity, 'error');
  });

  it('says plainly that thousands of nested brackets are too deep, not what the engine ran out of', () => {
    const deep = `title: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    const p = only({ 'initiatives/a.yaml': deep }, /nested too deeply/);
    assert.deepEqual(
      [p.severity, p.message],
      ['error', 'Lists or mappings are nested too deeply to read here: a plan file needs only a few levels'],
    );
  });

  it('resolves an ordinary alias', () => {
    const model = modelOf({ 'initiatives/a.yaml': 'title: &t Payments\nwhy: *t\n' });
    assert.equal(model.initiatives[0].why?.value, 'Payments');
  });

  it('reports a file over 1 MiB without parsing it', () => {
    const p = only({ 'initiatives/a.yaml': `title: ${'x'.repeat(1024 * 1024)}\n` }, /1 MiB/);
    assert.equal(p.severity, 'error');
  });

  it('reports binary content', () => {
    only({ 'initiatives/a.yaml': 'title: A\u0000\u0001\n' }, /binary/);
  });

  it('says how to add an initiative when there is none', () => {
    assert.match(only({ 'config.yaml': 'team: Checkout\n' }, /No initiative/).message, /initiatives\/<id>\.yaml/);
    assert.equal(only({}, /No initiative/).file, '.delivery');
  });

  it('reports a top level that is not a mapping', () => {
    only({ 'initiatives/a.yaml': '- title: A\n' }, /must be a mapping/);
  });

  it('accepts an id key that repeats the file name and rejects one that contradicts it', () => {
    assert.deepEqual(modelOf({ 'initiatives/payments.yaml': `id: payments\n${initiative()}` }).problems, []);
    const p = only({ 'initiatives/payments.yaml': `id: checkout\n${initiative()}` }, /file name/);
    assert.deepEqual([p.line, p.column, p.severity], [1, 5, 'error']);
  });

  it('shows the expected shape when initiatives.yaml is a bare list', () => {
    assert.match(
      only({ 'initiatives.yaml': '- id: a\n' }, /mapping/).message,
      /like `initiatives: \[\{id: …, title: …\}\]`/,
    );
  });

  it('names files it will not read', () => {
    assert.match(
      only({ 'initiatives/a.yml': 'title: A\n', 'initiatives/b.yaml': initiative() }, /\.yaml/).message,
      /rename/,
    );
    only({ 'status/notes.txt': 'x', 'initiatives/b.yaml': initiative() }, /not read/);
  });

  describe('initiatives.yaml', () => {
    it('reads a list with an id per entry, pointing at each id', () => {
      const model = modelOf({
        'initiatives.yaml': 'initiatives:\n  - id: search\n    title: Search\n  - id: mobile\n    title: Mobile\n',
      });
      assert.deepEqual(
        model.initiatives.map((i) => [i.id, i.idRange.start.line]),
        [
          ['search', 1],
          ['mobile', 3],
        ],
      );
      assert.deepEqual(model.problems, []);
    });
    it('reports an entry without an id', () => {
      assert.equal(only({ 'initiatives.yaml': 'initiatives:\n  - title: Search\n' }, /no `id`/).line, 2);
    });
  });

  describe('weekly status', () => {
    it('takes the week from the file name when there is no week key', () => {
      assert.equal(modelOf({ 'status/2026-W47.yaml': 'headline: Fine\n' }).statuses[0].week, '2026-W47');
    });
    it('warns when the week key and the file name disagree', () => {
      only({ 'status/2026-W47.yaml': 'week: 2026-W46\n', 'initiatives/a.yaml': initiative() }, /make them agree/);
    });
    it('reports a status file it cannot place in a week', () => {
      only({ 'status/latest.yaml': 'headline: Fine\n', 'initiatives/a.yaml': initiative() }, /no week/);
    });
    it('says a file named for a week 53 its year lacks names no week, in one message', () => {
      const files = { 'status/2098-W53.yaml': 'headline: Fine\n', 'initiatives/a.yaml': initiative() };
      assert.deepEqual(
        problems(files).filter((p) => p.file === '.delivery/status/2098-W53.yaml'),
        [
          {
            file: '.delivery/status/2098-W53.yaml',
            line: 1,
            column: 1,
            severity: 'error',
            message:
              'This status file is named for 2098-W53, but 2098 has only 52 ISO weeks (the week after 2098-W52 is 2099-W01): rename it for the week meant',
          },
        ],
      );
    });
    it('says a week 53 its year lacks under week: once, on its line', () => {
      const files = {
        'status/2027-W53.yaml': 'headline: Fine\nweek: 2027-W53\n',
        'initiatives/a.yaml': initiative(),
      };
      assert.deepEqual(
        problems(files).filter((p) => p.file === '.delivery/status/2027-W53.yaml'),
        [
          {
            file: '.delivery/status/2027-W53.yaml',
            line: 2,
            column: 7,
            severity: 'error',
            message: "'week' is 2027-W53, but 2027 has only 52 ISO weeks (the week after 2027-W52 is 2028-W01)",
          },
        ],
      );
    });
    it('says week 00 names no week, and places a file named for one by its week:', () => {
      const files = {
        'status/2027-W00.yaml': 'week: 2026-W53\n',
        'status/2027-W52.yaml': 'week: 2027-W00\n',
        'initiatives/a.yaml': initiative(),
      };
      assert.deepEqual(
        problems(files)
          .filter((p) => p.file.startsWith('.delivery/status/'))
          .map((p) => [p.file, p.severity, p.message]),
        [
          [
            '.delivery/status/2027-W00.yaml',
            'warning',
            "'week' says 2026-W53 but the file is named for 2027-W00, and ISO weeks start at W01 (the week before 2027-W01 is 2026-W53): rename it 2026-W53.yaml",
          ],
          [
            '.delivery/status/2027-W52.yaml',
            'error',
            "'week' is 2027-W00, but ISO weeks start at W01 (the week before 2027-W01 is 2026-W53)",
          ],
        ],
      );
      assert.deepEqual(
        modelOf(files).statuses.map((status) => status.week),
        ['2026-W53', '2027-W52'],
      );
    });
    it('suggests the initiative an unknown entry meant', () => {
      const p = only(
        {
          'status/2026-W47.yaml': 'initiatives:\n  paymnts: {status: at-risk}\n',
          'initiatives/payments.yaml': initiative(),
        },
        /Unknown initiative/,
      );
      assert.match(p.message, /did you mean 'payments'/);
      assert.equal(p.line, 2);
    });
  });

  describe('config.yaml', () => {
    it('reads rule severities and days', () => {
      const { config } = modelOf({
        'config.yaml':
          'timezone: Europe/Berlin\nrules: {status-stale: {days: 10}, blocker-aging: {days: 14, severity: error}, outcome-missing: off, why-missing: error}\n',
      });
      assert.equal(config.timezone, 'Europe/Berlin');
      assert.deepEqual(config.rules, { 'blocker-aging': 'error', 'outcome-missing': 'off', 'why-missing': 'error' });
      assert.deepEqual(config.ruleOptions, { 'status-stale': { days: 10 }, 'blocker-aging': { days: 14 } });
    });
    it('reports an unknown rule, a bad severity and an unknown time zone', () => {
      const files = {
        'config.yaml': 'timezone: Mars/Olympus\nrules: {why-mising: off, owner-missing: loud}\n',
        'initiatives/a.yaml': initiative(),
      };
      assert.match(only(files, /why-mising/).message, /did you mean 'why-missing'/);
      only(files, /loud/);
      only(files, /time zone/);
      assert.equal(modelOf(files).config.timezone, 'UTC');
    });
    it('accepts week_starts: monday and warns that weeks are ISO weeks for any other weekday', () => {
      const plan = (day: string) => ({
        'config.yaml': `team: Checkout\nweek_starts: ${day}\n`,
        'initiatives/a.yaml': initiative(),
      });
      assert.deepEqual(problems(plan('monday')), []);
      const sunday = only(plan('sunday'), /week_starts/);
      assert.deepEqual([sunday.severity, sunday.line], ['warning', 2]);
      assert.match(sunday.message, /ISO weeks, Monday to Sunday/);
      assert.match(only(plan('funday'), /funday/).message, /did you mean 'sunday'|use one of/);
    });
  });
});
