import * as assert from 'node:assert/strict';
import { parseDeliveryFiles } from '../../../src/core/load';
import { prefillWeeklyStatus } from '../../../src/core/status/prefill';

const PAYMENTS = `title: Payments revamp
owner: Dana Kim
status: at-risk
target: 2026-Q4
blockers:
  - blocker: Old blocker in the initiative file
    since: 2026-10-01
    owner: Lee Park
`;
const SEARCH = 'title: Search\nowner: Sam Ode\nstatus: on-track\ntarget: 2026-12\n';
const ARCHIVE = 'title: Archive\nowner: Sam Ode\nstatus: done\ntarget: 2026-09\n';
const W46 = `week: 2026-W46
author: Dana Kim
headline: Last week
backlog: 120
initiatives:
  payments:
    status: on-track
    progress: Last week's progress
    blockers: [{blocker: PCI audit sign-off, since: 2026-11-02, owner: Priya Shah}]
`;

/** The four files above, with `extra` added or replacing a file of the same path. */
function model(extra: { path: string; text: string }[] = []) {
  const files = new Map([
    ['.delivery/initiatives/payments.yaml', PAYMENTS],
    ['.delivery/initiatives/search.yaml', SEARCH],
    ['.delivery/initiatives/archive.yaml', ARCHIVE],
    ['.delivery/status/2026-W46.yaml', W46],
  ]);
  for (const { path, text } of extra) files.set(path, text);
  return parseDeliveryFiles(
    '/repo',
    [...files].map(([path, text]) => ({ path, text })),
  );
}

describe('prefillWeeklyStatus', () => {
  it('shows one card per active initiative', () => {
    assert.deepEqual(
      prefillWeeklyStatus(model(), '2026-W47').cards.map((c) => c.id),
      ['payments', 'search'],
    );
  });

  it('carries blockers over from the previous week, keeping their since', () => {
    const { status, source } = prefillWeeklyStatus(model(), '2026-W47');
    assert.equal(source, 'previous');
    assert.deepEqual(status.initiatives[0].blockers, [
      { blocker: 'PCI audit sign-off', since: '2026-11-02', owner: 'Priya Shah' },
    ]);
  });

  it('takes each health as every surface tells it for the week: carried over from the last entry, else the initiative file', () => {
    const { status } = prefillWeeklyStatus(model(), '2026-W47');
    assert.deepEqual(
      status.initiatives.map((i) => i.status),
      ['on-track', 'on-track'],
    );
    assert.equal(status.initiatives[0].progress, '');
    assert.equal(status.headline, '');
    assert.equal(status.author, 'Dana Kim');
  });

  it("reads the week's own file when it exists", () => {
    const { status, source } = prefillWeeklyStatus(model(), '2026-W46');
    assert.equal(source, 'file');
    assert.equal(status.headline, 'Last week');
    assert.equal(status.backlog, '120');
    assert.equal(status.initiatives[0].progress, "Last week's progress");
    assert.equal(status.initiatives[0].status, 'on-track');
  });

  it("starts from the initiatives' own blockers when no status was ever written", () => {
    const { status, source } = prefillWeeklyStatus(model(), '2026-W40');
    assert.equal(source, 'initiatives');
    assert.equal(status.initiatives[0].blockers[0].blocker, 'Old blocker in the initiative file');
  });

  it('orders the cards by priority, unprioritised last', () => {
    const ranked = model([
      { path: '.delivery/initiatives/payments.yaml', text: `${PAYMENTS}priority: 2\n` },
      { path: '.delivery/initiatives/search.yaml', text: `${SEARCH}priority: 1\n` },
      { path: '.delivery/initiatives/zeta.yaml', text: 'title: Zeta\nowner: Sam Ode\nstatus: on-track\n' },
    ]);
    assert.deepEqual(
      prefillWeeklyStatus(ranked, '2026-W47').cards.map((c) => c.id),
      ['search', 'payments', 'zeta'],
    );
  });

  it('keeps a card for a finished initiative the week already mentions', () => {
    const w47 = 'week: 2026-W47\ninitiatives:\n  archive: {status: done, progress: Shipped}\n';
    const { cards } = prefillWeeklyStatus(model([{ path: '.delivery/status/2026-W47.yaml', text: w47 }]), '2026-W47');
    assert.deepEqual(
      cards.map((c) => c.id),
      ['archive', 'payments', 'search'],
    );
  });

  it('carries each card from its own latest entry when the week’s file does not mention it', () => {
    const W47 = 'week: 2026-W47\ninitiatives:\n  search: {status: at-risk, progress: Index slow}\n';
    const prefill = prefillWeeklyStatus(model([{ path: '.delivery/status/2026-W47.yaml', text: W47 }]), '2026-W47');
    const payments = prefill.status.initiatives.find((d) => d.id === 'payments')!;
    assert.deepEqual(payments.blockers, [{ blocker: 'PCI audit sign-off', since: '2026-11-02', owner: 'Priya Shah' }]);
    assert.equal(payments.progress, '', 'progress is the week’s own, never carried');
    assert.equal(payments.status, 'on-track');
  });

  it('shows on the card the blockers written in the initiative file that its entry does not repeat', () => {
    const card = prefillWeeklyStatus(model(), '2026-W47').cards.find((c) => c.id === 'payments')!;
    assert.deepEqual(card.fileBlockers, [
      { blocker: 'Old blocker in the initiative file', since: '2026-10-01', owner: 'Lee Park', line: 6 },
    ]);
    assert.equal(card.file, '.delivery/initiatives/payments.yaml');
  });
});
