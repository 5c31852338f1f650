import * as assert from 'node:assert/strict';
import { readUpdateJson } from '../../../src/core/rollup/input';
import { buildRollup, type TeamUpdate } from '../../../src/core/rollup/rollup';
import { rollupMarkdown } from '../../../src/core/rollup/rollupMarkdown';
import { rollupSlack } from '../../../src/core/rollup/rollupSlack';
import type { WeeklyUpdate } from '../../../src/core/reports/weekly';

const WINDOW = { since: '2026-11-16', until: '2026-11-22', week: '2026-W47', timeZone: 'Europe/Berlin' };

function update(team: string | null, over: Partial<WeeklyUpdate> = {}): WeeklyUpdate {
  const shipped = (sha: string, title: string) => ({
    sha,
    subject: title,
    title,
    type: null,
    alsoIn: [],
    pr: null,
    url: null,
    kind: 'commit',
    date: '2026-11-18',
    author: 'Ana Ruiz',
  });
  return {
    report: 'weekly-update',
    version: 1,
    team,
    window: WINDOW,
    asOf: '2026-11-22',
    git: { available: true, note: null },
    plan: { source: 'working-tree', sha: null, date: null, note: null },
    repos: [{ name: 'shop', branch: 'main', own: true, read: true, note: null }],
    headline: { text: null, onTrack: 1, atRisk: 1, offTrack: 0, decisionsNeeded: 1 },
    shippedCount: 2,
    otherCount: 0,
    initiatives: [
      {
        id: 'pay',
        title: 'Payments',
        owner: 'Dana Kim',
        status: 'at-risk',
        target: '2026-Q4',
        shipped: [shipped('aaaaaaa1', 'Tokenize cards'), shipped('bbbbbbb2', 'Ramp to 10%')],
      },
      { id: 'search', title: 'Search', owner: 'Lee Park', status: 'on-track', target: '2026-12', shipped: [] },
    ],
    other: [],
    blockers: [],
    decisions: [
      {
        initiative: 'pay',
        initiativeTitle: 'Payments',
        owner: 'Dana Kim',
        decision: 'Second contractor',
        by: '2026-12-01',
        overdue: false,
      },
    ],
    changes: [],
    signals: [
      {
        code: 'backlog-growth',
        title: 'Backlog growth',
        fires: true,
        value: 0.2,
        summary: 'Backlog grew 20% in four weeks.',
        details: [],
      },
    ],
    ...over,
  } as unknown as WeeklyUpdate;
}

describe('the roll-up of many teams', () => {
  const checkout: TeamUpdate = { source: 'checkout/update.json', update: update('Checkout') };
  const growth: TeamUpdate = {
    source: 'growth',
    update: update('Growth', {
      headline: { text: null, onTrack: 0, atRisk: 0, offTrack: 1, decisionsNeeded: 1 },
      initiatives: [{ ...update(null).initiatives[0], id: 'ads', title: 'Ads <script>', status: 'off-track' }],
      decisions: [
        {
          initiative: 'ads',
          initiativeTitle: 'Ads',
          owner: null,
          decision: 'Drop the partner',
          by: '2026-11-20',
          overdue: true,
        },
      ],
    }),
  };

  it('counts a change once when two teams’ plans both map it', () => {
    const rollup = buildRollup([checkout, growth], [], '2026-11-22');
    assert.equal(rollup.shippedCount, 2, 'the two teams list the same two commits');
    assert.deepEqual(
      rollup.teams.map((t) => [t.team, t.shippedCount]),
      [
        ['Checkout', 2],
        ['Growth', 2],
      ],
    );
  });

  it("keeps the repository of a change that landed in a team's sibling repository, and names it in Markdown", () => {
    const [pay] = update(null).initiatives;
    const sibling = { ...pay.shipped[1], sha: 'ccccccc3', title: 'Card tokens API', repo: 'payments-service' };
    const team: TeamUpdate = {
      source: 'checkout/update.json',
      update: update('Checkout', { initiatives: [{ ...pay, shipped: [pay.shipped[0], sibling] }] }),
    };
    const read = readUpdateJson(JSON.stringify(team.update));
    assert.equal(read.ok, true, JSON.stringify(read));

    const rollup = buildRollup([team], [], '2026-11-22');

    assert.deepEqual(
      rollup.initiatives[0].shipped.map((s) => [s.title, s.repo]),
      [
        ['Tokenize cards', undefined],
        ['Card tokens API', 'payments-service'],
      ],
    );
    assert.match(rollupMarkdown(rollup), /- Payments: Tokenize cards; Card tokens API · payments-service$/m);
  });

  it('puts overdue decisions first, then by date, with their team', () => {
    const rollup = buildRollup([checkout, growth], [], '2026-11-22');
    assert.deepEqual(
      rollup.decisions.map((d) => [d.team, d.decision, d.overdue]),
      [
        ['Growth', 'Drop the partner', true],
        ['Checkout', 'Second contractor', false],
      ],
    );
  });

  it('reads exec-first in Markdown: owed decisions, then trouble worst first, then teams, shipped and signals', () => {
    const md = rollupMarkdown(
      buildRollup([checkout, growth], [{ source: 'broken.json', reason: 'not JSON (Unexpected token)' }], '2026-11-22'),
    );
    const order = [
      '# Roll-up — 2 teams — 2026-W47',
      '**1 on track · 1 at risk · 1 off track · 2 decisions owed · 2 shipped · 0 other work**',
      '## Decisions owed',
      '## Off track and at risk',
      '## Teams',
      '## Shipped by team',
      '## Signals',
    ];
    const at = order.map((line) => md.indexOf(line));
    assert.ok(
      at.every((i, n) => i >= 0 && (n === 0 || i > at[n - 1])),
      md,
    );
    assert.match(md, /- 🔴 \*\*Ads \\<script\\>\*\* — Growth — Off track/);
    assert.ok(md.indexOf('🔴') < md.indexOf('🟠'), 'off track before at risk');
    assert.match(md, /\| broken\.json \| — \| — \| — \| — \| — \| not read: not JSON \(Unexpected token\) \|/);
    assert.match(md, /\*\*Drop the partner\*\* — Growth · Ads — \*\*overdue \(due 2026-11-20\)\*\*/);
  });

  it('names each team’s time zone when they differ, and the one zone when they do not', () => {
    const utc = { source: 'utc.json', update: update('Platform', { window: { ...WINDOW, timeZone: 'UTC' } }) };
    assert.match(
      rollupMarkdown(buildRollup([checkout, utc], [], '2026-11-22')),
      /_2026-11-16 to 2026-11-22 \(each team's own time zone: Checkout Europe\/Berlin, Platform UTC\), as of 2026-11-22_/,
    );
    assert.match(
      rollupMarkdown(buildRollup([checkout, growth], [], '2026-11-22')),
      /_2026-11-16 to 2026-11-22 \(Europe\/Berlin\), as of 2026-11-22_/,
    );
  });

  it("gives the one time zone in the JSON's window, and null there when teams' zones differ", () => {
    const utc = { source: 'utc.json', update: update('Platform', { window: { ...WINDOW, timeZone: 'UTC' } }) };
    const mixed = buildRollup([checkout, utc], [], '2026-11-22');
    assert.deepEqual(mixed.window, { ...WINDOW, timeZone: null });
    assert.deepEqual(
      mixed.teams.map((t) => [t.team, t.timeZone]),
      [
        ['Checkout', 'Europe/Berlin'],
        ['Platform', 'UTC'],
      ],
    );
    assert.deepEqual(buildRollup([checkout, growth], [], '2026-11-22').window, WINDOW);
  });

  it('says the same in Slack, with the teams not read', () => {
    const slack = rollupSlack(buildRollup([checkout], [{ source: 'x.json', reason: 'too large' }], '2026-11-22'));
    assert.match(slack, /^\*Roll-up — 1 team — 2026-W47\*/);
    assert.match(slack, /\*Not read\*\n• x\.json: too large/);
  });

  it('tells a past week as of its last day, the same whatever day it is asked on', () => {
    const early = buildRollup([checkout, growth], [], '2026-11-25');
    const late = buildRollup([checkout, growth], [], '2027-03-01');
    assert.equal(early.asOf, '2026-11-22', "the window's last day, as each team's update is told");
    assert.deepEqual(late, early);
    assert.equal(rollupMarkdown(late), rollupMarkdown(early));
    assert.equal(rollupSlack(late), rollupSlack(early));
    assert.match(rollupMarkdown(early), /\), as of 2026-11-22_$/m);
    assert.equal(buildRollup([checkout], [], '2026-11-19').asOf, '2026-11-19', 'a week not yet over: the day asked');
  });

  it("judges a decision overdue on the roll-up's day, not on the day a team's file was written", () => {
    const midweek: TeamUpdate = {
      source: 'midweek.json',
      update: update('Midweek', {
        asOf: '2026-11-18',
        decisions: [{ ...update(null).decisions[0], decision: 'Pick a vendor', by: '2026-11-20', overdue: false }],
      }),
    };
    const rollup = buildRollup([midweek], [], '2026-12-01');
    assert.deepEqual(
      rollup.decisions.map((d) => [d.decision, d.overdue]),
      [['Pick a vendor', true]],
    );
    assert.match(
      rollupMarkdown(rollup),
      /\*\*Pick a vendor\*\* — Midweek · Payments \(Dana Kim\) — \*\*overdue \(due 2026-11-20\)\*\*/,
    );
    assert.equal(buildRollup([midweek], [], '2026-11-19').decisions[0].overdue, false, 'not yet due on the 19th');
  });

  it("carries each team's notes into the JSON and shows them, escaped, under the team", () => {
    const noted = update('Payments', {
      git: { available: true, note: null },
      plan: {
        source: 'working-tree',
        sha: null,
        date: null,
        note: 'The plan was never committed on main: this report uses the files as they are now.',
      },
      repos: [
        { name: 'shop', branch: 'main', own: true, read: true, note: null },
        { name: 'ledger', branch: 'main', own: false, read: false, note: 'ledger: not read — no *repository* <here>.' },
      ],
    });
    // As a team's CI writes it: through its JSON file, and from a release before sibling repositories.
    const file = (u: WeeklyUpdate): WeeklyUpdate => {
      const read = readUpdateJson(JSON.stringify(u));
      assert.equal(read.ok, true, JSON.stringify(read));
      return (read as { value: WeeklyUpdate }).value;
    };
    const older = update('Search', { git: { available: false, note: 'Git was not read.' }, repos: undefined });
    const rollup = buildRollup(
      [checkout, { source: 'payments.json', update: file(noted) }, { source: 'search.json', update: file(older) }],
      [],
      '2026-11-22',
    );

    assert.deepEqual(
      rollup.teams.map((t) => [t.team, t.notes]),
      [
        ['Checkout', []],
        [
          'Payments',
          [
            'The plan was never committed on main: this report uses the files as they are now.',
            'ledger: not read — no *repository* <here>.',
          ],
        ],
        ['Search', ['Git was not read.']],
      ],
    );
    const md = rollupMarkdown(rollup);
    assert.ok(
      md.includes(
        [
          '### Payments',
          '',
          '> **Note:** The plan was never committed on main: this report uses the files as they are now.',
          '',
          '> **Note:** ledger: not read — no \\*repository\\* \\<here\\>.',
          '',
          '- Payments: Tokenize cards; Ramp to 10%',
        ].join('\n'),
      ),
      md,
    );
    assert.match(md, /### Search\n\n> \*\*Note:\*\* Git was not read\.\n\n/);
    assert.match(md, /### Checkout\n\n- Payments/, 'a team without notes reads as before');
    assert.match(
      rollupSlack(rollup),
      /• Payments: 1 on track, 1 at risk, 0 off track, 2 shipped, 0 other work\n {3}:information_source: The plan was never committed on main/,
    );
  });

  it('counts Other work once across teams, leaving out a change another team mapped to an initiative', () => {
    const item = (sha: string) => ({ ...update(null).initiatives[0].shipped[0], sha, title: `Chore ${sha}` });
    const a: TeamUpdate = {
      source: 'a',
      update: update('A', { otherCount: 2, other: [item('ccccccc3'), item('aaaaaaa1')] }),
    };
    const b: TeamUpdate = { source: 'b', update: update('B', { otherCount: 1, other: [item('ccccccc3')] }) };
    const rollup = buildRollup([a, b], [], '2026-11-22');
    // ccccccc3 is Other work of both teams: once; aaaaaaa1 is A's Other work but B's shipped work.
    assert.deepEqual([rollup.shippedCount, rollup.otherCount, rollup.teams.map((t) => t.otherCount)], [2, 1, [2, 1]]);
    const md = rollupMarkdown(rollup);
    assert.match(md, /· 2 shipped · 1 other work\*\*/);
    assert.match(md, /\| A \| 1 \| 1 \| 0 \| 1 \| 2 \| 2 \|/);
  });

  it('tells apart two teams of one name by where each came from, so neither lists the other’s work', () => {
    const east: TeamUpdate = { source: 'platform-east', update: update('Platform') };
    const west: TeamUpdate = {
      source: 'platform-west',
      update: update('Platform', {
        initiatives: [{ ...update(null).initiatives[0], id: 'queue', title: 'Queue', shipped: [] }],
      }),
    };
    const rollup = buildRollup([east, west], [], '2026-11-22');
    assert.deepEqual(
      rollup.teams.map((t) => t.team),
      ['Platform (platform-east)', 'Platform (platform-west)'],
    );
    const markdown = rollupMarkdown(rollup);
    const west_ = markdown.slice(markdown.indexOf('### Platform (platform-west)'));
    assert.ok(!west_.split('\n### ')[0].includes('Tokenize cards'), 'the west team lists only its own work');
    assert.deepEqual(
      rollup.decisions.map((d) => d.team),
      ['Platform (platform-east)', 'Platform (platform-west)'],
    );
  });

  it('refuses updates of different windows, naming the odd one', () => {
    const other = {
      source: 'late.json',
      update: update('Late', { window: { ...WINDOW, since: '2026-11-23', until: '2026-11-29', week: '2026-W48' } }),
    };
    assert.throws(
      () => buildRollup([checkout, other], [], '2026-11-29'),
      /late\.json covers 2026-11-23 to 2026-11-29, but checkout\/update\.json covers 2026-11-16 to 2026-11-22/,
    );
  });
});

describe('reading a team’s update JSON', () => {
  const good = JSON.stringify(update('Checkout'));

  it('accepts an update of this version', () => {
    const read = readUpdateJson(good);
    assert.equal(read.ok, true);
  });

  const bad: [string, string, RegExp][] = [
    ['text that is not JSON', '{"report": "weekly-update",', /^not JSON/],
    [
      'another report',
      JSON.stringify({ ...update('X'), report: 'roadmap-review' }),
      /update\.report must be "weekly-update"/,
    ],
    [
      'an update without a version',
      JSON.stringify({ ...update('X'), version: undefined }),
      /update\.version is undefined, this roll-up reads version 1: regenerate/,
    ],
    [
      'a count that is not a number',
      JSON.stringify({ ...update('X'), shippedCount: '12' }),
      /update\.shippedCount must be a whole number/,
    ],
    [
      'a status nobody knows',
      JSON.stringify({ ...update('X'), initiatives: [{ ...update('X').initiatives[0], status: 'great' }] }),
      /update\.initiatives\[0\]\.status must be one of/,
    ],
    [
      'a commit id that is not one',
      JSON.stringify({
        ...update('X'),
        initiatives: [
          { ...update('X').initiatives[0], shipped: [{ sha: '$(rm -rf /)', title: 'x', pr: null, url: null }] },
        ],
      }),
      /shipped\[0\]\.sha must be a commit id/,
    ],
    [
      'a list of a million items',
      JSON.stringify({ ...update('X'), decisions: new Array(1_000_000).fill(0) }),
      /update\.decisions must be a list of at most 20000 items/,
    ],
    [
      'a repository name that is not text',
      JSON.stringify({
        ...update('X'),
        initiatives: [
          { ...update('X').initiatives[0], shipped: [{ ...update('X').initiatives[0].shipped[0], repo: 42 }] },
        ],
      }),
      /shipped\[0\]\.repo must be/,
    ],
    [
      'a plan note that is not text',
      JSON.stringify({ ...update('X'), plan: { source: 'git', sha: null, date: null, note: 7 } }),
      /update\.plan\.note must be text/,
    ],
    [
      "a sibling repository's note that is not text",
      JSON.stringify({ ...update('X'), repos: [{ name: 'ledger', note: ['x'] }] }),
      /update\.repos\[0\]\.note must be text/,
    ],
    ['a file of 9 MiB', `${good}${' '.repeat(9 * 1024 * 1024)}`, /larger than 8 MiB/],
  ];
  for (const [what, text, reason] of bad) {
    it(`refuses ${what}, saying why`, () => {
      const read = readUpdateJson(text);
      assert.equal(read.ok, false);
      assert.match((read as { reason: string }).reason, reason);
    });
  }
});
