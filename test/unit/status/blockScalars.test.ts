import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { applyWeeklyStatus } from '../../../src/core/status/apply';
import type { InitiativeStatusDraft, WeeklyStatus } from '../../../src/core/status/types';
import { changedLines } from './changedLines';

const LEAD_FILE = `# Checkout, week 47
week: 2026-W47
author: Dana Kim
initiatives:
  payments-revamp:
    status: at-risk
    progress: |
      Tokenization live for 10% of traffic.
      Ramp paused on Tuesday.
    next: >2-
        Ramp to 50% once the vendor fixes retries,
      then to everyone.
    blockers:
      - blocker: |+
          PCI audit sign-off

        since: 2026-11-02
        owner: Priya Shah
  mobile-onboarding:
    status: on-track  # design done
    progress: Design done
    next: Build the first screen  # by Friday
`;

/** What the form sends for the file above: every text trimmed, as the model reads it. */
function asRead(): WeeklyStatus {
  const entry = (
    id: string,
    progress: string,
    next: string,
    blockers: InitiativeStatusDraft['blockers'],
  ): InitiativeStatusDraft => ({
    id,
    status: id === 'payments-revamp' ? 'at-risk' : 'on-track',
    progress,
    next,
    blockers,
    decisions: [],
  });
  return {
    week: '2026-W47',
    author: 'Dana Kim',
    headline: '',
    backlog: '',
    initiatives: [
      entry(
        'payments-revamp',
        'Tokenization live for 10% of traffic.\nRamp paused on Tuesday.',
        'Ramp to 50% once the vendor fixes retries,\nthen to everyone.',
        [{ blocker: 'PCI audit sign-off', since: '2026-11-02', owner: 'Priya Shah' }],
      ),
      entry('mobile-onboarding', 'Design done', 'Build the first screen', []),
    ],
  };
}

function edit(change: (payments: InitiativeStatusDraft, mobile: InitiativeStatusDraft) => void): string {
  const status = asRead();
  change(status.initiatives[0], status.initiatives[1]);
  return applyWeeklyStatus(LEAD_FILE, status);
}

const entryOf = (text: string, id: string) => parse(text).initiatives[id];

describe('block scalars in a status file', () => {
  describe('a form saved without changes', () => {
    it('returns the file byte for byte, block headers and trailing newlines included', () => {
      assert.equal(applyWeeklyStatus(LEAD_FILE, asRead()), LEAD_FILE);
    });
  });

  describe('a changed literal block', () => {
    it('stays a "|" block and only the edited line changes', () => {
      const after = edit((p) => (p.progress = 'Tokenization live for 10% of traffic.\nRamp resumed on Thursday.'));
      assert.deepEqual(changedLines(LEAD_FILE, after), {
        removed: ['      Ramp paused on Tuesday.'],
        added: ['      Ramp resumed on Thursday.'],
      });
    });

    it('keeps its clip chomping, so the value still ends with one newline', () => {
      const after = edit((p) => (p.progress = 'Ramp resumed.\nAll merchants next.'));
      assert.equal(entryOf(after, 'payments-revamp').progress, 'Ramp resumed.\nAll merchants next.\n');
      assert.match(after, /\n {4}progress: \|\n {6}Ramp resumed\.\n {6}All merchants next\.\n {4}next: >2-\n/);
    });

    it('stays a block when it shrinks to one line', () => {
      const after = edit((p) => (p.progress = 'Ramp resumed.'));
      assert.deepEqual(changedLines(LEAD_FILE, after), {
        removed: ['      Tokenization live for 10% of traffic.', '      Ramp paused on Tuesday.'],
        added: ['      Ramp resumed.'],
      });
    });

    it('keeps keep chomping "|+" with its trailing blank line inside a blocker', () => {
      const after = edit((p) => (p.blockers[0].blocker = 'PCI audit sign-off\nand the bank review'));
      assert.deepEqual(changedLines(LEAD_FILE, after), { removed: [], added: ['          and the bank review'] });
      assert.equal(
        entryOf(after, 'payments-revamp').blockers[0].blocker,
        'PCI audit sign-off\nand the bank review\n\n',
      );
    });
  });

  describe('a changed folded block with an indentation indicator', () => {
    it('keeps ">2-" and the more-indented first line', () => {
      const after = edit((p) => (p.next = '  Ramp to 50% on Monday,\nthen to everyone.'));
      assert.deepEqual(changedLines(LEAD_FILE, after), {
        removed: ['        Ramp to 50% once the vendor fixes retries,'],
        added: ['        Ramp to 50% on Monday,'],
      });
      assert.equal(entryOf(after, 'payments-revamp').next, '  Ramp to 50% on Monday,\nthen to everyone.');
    });

    it('writes a new line break as a folded block can hold it', () => {
      const after = edit((p) => (p.next = 'Ramp to 50% on Monday.\nThen everyone.'));
      assert.match(after, /\n {4}next: >2?-\n/);
      assert.equal(entryOf(after, 'payments-revamp').next, 'Ramp to 50% on Monday.\nThen everyone.');
    });
  });

  describe('a multi-line value typed where the file had one line', () => {
    it('becomes a "|" literal block, not an escaped double-quoted string', () => {
      const after = edit((_p, m) => (m.progress = 'Design done.\nFirst screen built.'));
      assert.deepEqual(changedLines(LEAD_FILE, after), {
        removed: ['    progress: Design done'],
        added: ['    progress: |-', '      Design done.', '      First screen built.'],
      });
    });

    it('moves the comment after the value onto the block header', () => {
      const after = edit((_p, m) => (m.next = 'Build the first screen\nthen the second'));
      assert.deepEqual(changedLines(LEAD_FILE, after), {
        removed: ['    next: Build the first screen  # by Friday'],
        added: ['    next: |-  # by Friday', '      Build the first screen', '      then the second'],
      });
      assert.equal(entryOf(after, 'mobile-onboarding').next, 'Build the first screen\nthen the second');
    });

    it('becomes a "|" literal block where the field was empty or missing', () => {
      const text =
        'week: 2026-W47\nauthor: Dana Kim\ninitiatives:\n  mobile-onboarding:\n    status: on-track\n    progress:\n';
      const status = asRead();
      status.initiatives = [{ ...status.initiatives[1], progress: 'Line one\nLine two', next: 'Then\nmore' }];
      assert.equal(
        applyWeeklyStatus(text, status),
        text.replace(
          'progress:\n',
          'progress: |-\n      Line one\n      Line two\n    next: |-\n      Then\n      more\n',
        ),
      );
    });

    it('is written as a literal block in a new file', () => {
      const status = asRead();
      status.initiatives = [{ ...status.initiatives[1], progress: 'Line one\nLine two' }];
      assert.match(applyWeeklyStatus(undefined, status), /\n {4}progress: \|-\n {6}Line one\n {6}Line two\n/);
    });
  });

  describe('any multi-line text', () => {
    const line = fc.stringMatching(/^[a-z :#'"|>\-]{0,10}$/);
    const text = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n').trim());

    it('reads back as typed (trimmed, as the model reads it) and saving again changes nothing', () => {
      fc.assert(
        fc.property(text, text, (progress, next) => {
          const once = edit((p, m) => {
            p.progress = progress;
            m.next = next;
          });
          assert.equal(String(entryOf(once, 'payments-revamp').progress ?? '').trim(), progress);
          assert.equal(String(entryOf(once, 'mobile-onboarding').next ?? '').trim(), next);
          const again = asRead();
          again.initiatives[0].progress = progress;
          again.initiatives[1].next = next;
          assert.equal(applyWeeklyStatus(once, again), once);
        }),
        { numRuns: 300 },
      );
    });
  });
});
