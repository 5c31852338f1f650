import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { applyWeeklyStatus } from '../../../src/core/status/apply';
import type { WeeklyStatus } from '../../../src/core/status/types';
import { DeliveryError } from '../../../src/core/errors';
import { changedLines } from './changedLines';

const HAND_WRITTEN = `# Weekly status — written by hand, reviewed in PRs
week: 2026-W47   # the ISO week
author: 'Dana Kim'
headline: "Checkout on track"
backlog: 134
mood: {team: good}   # an unknown key the form does not know
initiatives:
  payments-revamp:
    status: at-risk  # vendor is late
    progress: Card tokenization live for 10% of traffic
    blockers:
      - blocker: PCI audit sign-off
        since: 2026-11-02
        owner: Priya Shah
      - {blocker: Vendor sandbox, since: 2026-11-10, owner: Lee Park}
    decisions: [{decision: Approve a second contractor, by: 2026-12-01}]
    notes: |
      Ramp paused on Tuesday.
      Resumed Thursday.

  mobile-onboarding: {status: on-track, progress: "Design done"}
# trailing comment
`;

function fromFile(): WeeklyStatus {
  return {
    week: '2026-W47',
    author: 'Dana Kim',
    headline: 'Checkout on track',
    backlog: '134',
    initiatives: [
      {
        id: 'payments-revamp',
        status: 'at-risk',
        progress: 'Card tokenization live for 10% of traffic',
        next: '',
        blockers: [
          { blocker: 'PCI audit sign-off', since: '2026-11-02', owner: 'Priya Shah' },
          { blocker: 'Vendor sandbox', since: '2026-11-10', owner: 'Lee Park' },
        ],
        decisions: [{ decision: 'Approve a second contractor', by: '2026-12-01' }],
      },
    ],
  };
}

describe('applyWeeklyStatus', () => {
  describe('an existing file full of comments, odd quoting and unknown keys', () => {
    it('returns the file byte for byte when nothing changed', () => {
      assert.equal(applyWeeklyStatus(HAND_WRITTEN, fromFile()), HAND_WRITTEN);
    });

    it('changes only the headline line when the headline changes, keeping its double quotes', () => {
      const status = { ...fromFile(), headline: 'Checkout slipped: vendor late' };
      const after = applyWeeklyStatus(HAND_WRITTEN, status);
      assert.deepEqual(changedLines(HAND_WRITTEN, after), {
        removed: ['headline: "Checkout on track"'],
        added: ['headline: "Checkout slipped: vendor late"'],
      });
    });

    it('keeps the comment after a status it changes', () => {
      const status = fromFile();
      status.initiatives[0].status = 'off-track';
      const after = applyWeeklyStatus(HAND_WRITTEN, status);
      assert.deepEqual(changedLines(HAND_WRITTEN, after), {
        removed: ['    status: at-risk  # vendor is late'],
        added: ['    status: off-track  # vendor is late'],
      });
    });

    it('keeps single quotes when the author changes, escaping an apostrophe', () => {
      const after = applyWeeklyStatus(HAND_WRITTEN, { ...fromFile(), author: "Dana O'Neil" });
      assert.deepEqual(changedLines(HAND_WRITTEN, after).added, ["author: 'Dana O''Neil'"]);
    });

    it('edits a value inside a flow map without touching the rest of the line', () => {
      const status = fromFile();
      status.initiatives[0].blockers[1].owner = 'Sam Ode, Jr';
      const after = applyWeeklyStatus(HAND_WRITTEN, status);
      assert.deepEqual(changedLines(HAND_WRITTEN, after).added, [
        '      - {blocker: Vendor sandbox, since: 2026-11-10, owner: "Sam Ode, Jr"}',
      ]);
    });

    it('adds a new key as one line at the end of its initiative', () => {
      const status = fromFile();
      status.initiatives[0].next = 'Ramp to 50%';
      const after = applyWeeklyStatus(HAND_WRITTEN, status);
      assert.deepEqual(changedLines(HAND_WRITTEN, after), { removed: [], added: ['    next: Ramp to 50%'] });
    });

    it('removes an emptied field with its line only', () => {
      const status = fromFile();
      status.initiatives[0].progress = '';
      const after = applyWeeklyStatus(HAND_WRITTEN, status);
      assert.deepEqual(changedLines(HAND_WRITTEN, after), {
        removed: ['    progress: Card tokenization live for 10% of traffic'],
        added: [],
      });
    });

    it('leaves initiatives the form does not send, and unknown keys, as they were', () => {
      const status = { ...fromFile(), backlog: '140' };
      const after = parse(applyWeeklyStatus(HAND_WRITTEN, status));
      assert.deepEqual(after.initiatives['mobile-onboarding'], { status: 'on-track', progress: 'Design done' });
      assert.deepEqual(after.mood, { team: 'good' });
      assert.equal(after.backlog, 140);
      assert.equal(after.initiatives['payments-revamp'].notes, 'Ramp paused on Tuesday.\nResumed Thursday.\n');
    });

    it('writes the backlog as a number', () => {
      const after = applyWeeklyStatus(HAND_WRITTEN, { ...fromFile(), backlog: '140' });
      assert.deepEqual(changedLines(HAND_WRITTEN, after), { removed: ['backlog: 134'], added: ['backlog: 140'] });
    });
  });

  describe('blockers', () => {
    it('adds a blocker as new lines only', () => {
      const status = fromFile();
      status.initiatives[0].blockers.push({ blocker: 'Legal review', since: '2026-11-20', owner: 'Sam Ode' });
      assert.deepEqual(changedLines(HAND_WRITTEN, applyWeeklyStatus(HAND_WRITTEN, status)), {
        removed: [],
        added: ['      - blocker: Legal review', '        since: 2026-11-20', '        owner: Sam Ode'],
      });
    });

    it('removes a blocker by cutting its lines only', () => {
      const status = fromFile();
      status.initiatives[0].blockers.shift();
      assert.deepEqual(changedLines(HAND_WRITTEN, applyWeeklyStatus(HAND_WRITTEN, status)), {
        removed: ['      - blocker: PCI audit sign-off', '        since: 2026-11-02', '        owner: Priya Shah'],
        added: [],
      });
    });

    it('adds a blocker and keeps the existing ones and every comment', () => {
      const status = fromFile();
      status.initiatives[0].blockers.push({ blocker: 'Legal review', since: '2026-11-20', owner: 'Sam Ode' });
      const after = applyWeeklyStatus(HAND_WRITTEN, status);
      assert.deepEqual(
        parse(after).initiatives['payments-revamp'].blockers.map((b: { blocker: string }) => b.blocker),
        ['PCI audit sign-off', 'Vendor sandbox', 'Legal review'],
      );
      for (const line of HAND_WRITTEN.split('\n')) assert.ok(after.includes(line), `kept: ${line}`);
    });

    it('removes the first blocker and keeps the second with its own since', () => {
      const status = fromFile();
      status.initiatives[0].blockers.shift();
      const after = parse(applyWeeklyStatus(HAND_WRITTEN, status));
      assert.deepEqual(after.initiatives['payments-revamp'].blockers, [
        { blocker: 'Vendor sandbox', since: '2026-11-10', owner: 'Lee Park' },
      ]);
    });

    it('removes the blockers key when the last blocker goes', () => {
      const status = fromFile();
      status.initiatives[0].blockers = [];
      const after = applyWeeklyStatus(HAND_WRITTEN, status);
      assert.equal(parse(after).initiatives['payments-revamp'].blockers, undefined);
      assert.ok(after.includes('    status: at-risk  # vendor is late\n'));
    });

    it('writes a blocker into a flow list in flow style', () => {
      const text = 'week: 2026-W47\ninitiatives:\n  pay:\n    status: on-track\n    blockers: []\n';
      const status: WeeklyStatus = {
        week: '2026-W47',
        author: '',
        headline: '',
        backlog: '',
        initiatives: [
          {
            id: 'pay',
            status: 'on-track',
            progress: '',
            next: '',
            blockers: [{ blocker: 'Audit', since: '2026-11-02', owner: 'Priya' }],
            decisions: [],
          },
        ],
      };
      assert.equal(
        applyWeeklyStatus(text, status),
        text.replace('[]', '[{blocker: Audit, since: 2026-11-02, owner: Priya}]'),
      );
    });
  });

  describe('a new file', () => {
    it('is written from nothing with the keys in format order', () => {
      const text = applyWeeklyStatus(undefined, { ...fromFile(), headline: 'All good' });
      assert.match(
        text,
        /^week: 2026-W47\nauthor: Dana Kim\nheadline: All good\nbacklog: 134\ninitiatives:\n {2}payments-revamp:\n {4}status: at-risk\n/,
      );
      assert.deepEqual(parse(text).initiatives['payments-revamp'].blockers[0], {
        blocker: 'PCI audit sign-off',
        since: '2026-11-02',
        owner: 'Priya Shah',
      });
    });

    it('keeps a comment-only file as the header', () => {
      const text = applyWeeklyStatus('# Checkout team\n', { ...fromFile(), initiatives: [] });
      assert.equal(
        text,
        '# Checkout team\nweek: 2026-W47\nauthor: Dana Kim\nheadline: Checkout on track\nbacklog: 134\n',
      );
    });

    it('quotes values that would read back as something else', () => {
      const status: WeeklyStatus = { week: '2026-W47', author: '', headline: 'yes', backlog: '', initiatives: [] };
      const text = applyWeeklyStatus(undefined, { ...status, author: '123' });
      assert.deepEqual(parse(text), { week: '2026-W47', author: '123', headline: 'yes' });
    });
  });

  describe('files it will not overwrite', () => {
    it('refuses invalid YAML with the file and line', () => {
      assert.throws(
        () => applyWeeklyStatus('week: 2026-W47\nheadline: "open\n', fromFile()),
        (error: unknown) =>
          error instanceof DeliveryError && /\.delivery\/status\/2026-W47\.yaml line \d/.test(error.message),
      );
    });

    it('refuses a file whose initiatives is not a map', () => {
      assert.throws(() => applyWeeklyStatus('initiatives: [a, b]\n', fromFile()), /"initiatives".*not a map/);
    });

    it('refuses a week that is not an ISO week', () => {
      assert.throws(() => applyWeeklyStatus(undefined, { ...fromFile(), week: '../../etc' }), /Not an ISO week/);
    });
  });
});
