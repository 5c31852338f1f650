import * as assert from 'node:assert/strict';
import { applyBlockerOwner, applyInitiativeStatus } from '../../../src/core/status/initiativeStatus';

describe('applyInitiativeStatus', () => {
  it('changes the status line of an initiative file and nothing else', () => {
    const text = '# Payments\ntitle: Payments revamp   # the name\nstatus: on-track  # weekly\ntarget: 2026-Q4\n';
    assert.equal(applyInitiativeStatus(text, 'payments', 'at-risk', 'x.yaml'), text.replace('on-track', 'at-risk'));
  });

  it('adds a status line when the file has none', () => {
    const text = 'title: Payments revamp\ntarget: 2026-Q4\n';
    assert.equal(applyInitiativeStatus(text, 'payments', 'at-risk', 'x.yaml'), `${text}status: at-risk\n`);
  });

  it('finds the entry by id in initiatives.yaml', () => {
    const text = 'initiatives:\n  - id: a\n    status: on-track\n  - id: b\n    status: on-track\n';
    assert.equal(applyInitiativeStatus(text, 'b', 'done', 'initiatives.yaml'), text.replace(/on-track\n$/, 'done\n'));
  });

  it('explains a missing id instead of writing', () => {
    assert.throws(
      () => applyInitiativeStatus('initiatives:\n  - id: a\n', 'zzz', 'done', 'initiatives.yaml'),
      /"zzz" was not found in initiatives\.yaml/,
    );
  });
});

describe('applyBlockerOwner', () => {
  const MOBILE = `title: Mobile onboarding
blockers:
  - blocker: Final copy from legal   # asked twice
    since: 2026-10-20
  - Store screenshots
`;

  it('adds the owner under the blocker it names, and changes no other line', () => {
    const out = applyBlockerOwner(MOBILE, 'mobile', 'final copy from legal', 'Priya Shah', 'mobile.yaml');
    assert.equal(out, MOBILE.replace('    since: 2026-10-20\n', '    since: 2026-10-20\n    owner: Priya Shah\n'));
  });

  it('replaces an owner in place, keeping the comment', () => {
    const text = 'blockers:\n  - {blocker: Legal, owner: Legal team}  # group\n';
    assert.equal(
      applyBlockerOwner(text, 'x', 'Legal', 'Sam Ode', 'x.yaml'),
      'blockers:\n  - {blocker: Legal, owner: Sam Ode}  # group\n',
    );
  });

  it('turns a blocker written as plain text into its text and owner, on its own line', () => {
    const out = applyBlockerOwner(MOBILE, 'mobile', 'Store screenshots', 'Lee Park', 'mobile.yaml');
    assert.equal(out, MOBILE.replace('  - Store screenshots\n', '  - {blocker: Store screenshots, owner: Lee Park}\n'));
  });

  it('says which blocker it could not find instead of writing', () => {
    assert.throws(
      () => applyBlockerOwner(MOBILE, 'mobile', 'Gone', 'Lee Park', 'mobile.yaml'),
      /The blocker "Gone" was not found in mobile\.yaml/,
    );
  });
});
