// Commit text is data: no byte sequence in a message, an author name, a file name or a plan file
// can end a record, forge a shipped item or a plan change, or shift a field of the update.
import * as assert from 'node:assert/strict';
import { recentAuthors } from '../../../src/core/git/authors';
import { readSlipLedger } from '../../../src/core/git/ledger';
import { generateWeeklyUpdate } from '../../../src/core/reports/generate';
import { GitRepo } from '../../helpers/gitRepo';

const PLAN = {
  '.delivery/config.yaml': 'team: Checkout\ntimezone: UTC\nbranch: main\n',
  '.delivery/initiatives/payments.yaml':
    'title: Payments\nowner: Dana Kim\nwhy: Fewer drop-offs\nstatus: on-track\ntarget: 2026-Q4\nmatch:\n  scopes: [payments]\n',
};
const FAKE_SHA = 'f'.repeat(40);
const IN_WEEK = String(Date.parse('2026-11-18T12:00:00Z') / 1000);

describe('a log that commit text tries to forge', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.create();
    repo.commit('plan', PLAN, { date: '2026-11-02T09:00:00Z' });
    // The old record and field separators, as the probe that found the bug used them.
    repo.commit(
      'feat(payments): first real change\n\nbody \x1e0\x1f\x1f0\x1f that tried to end the record',
      { 'services/payments/a.ts': 'a\n' },
      { date: '2026-11-16T10:00:00Z' },
    );
    const fake = `\x1e${FAKE_SHA}\x1f${FAKE_SHA}\x1f${IN_WEEK}\x1fMallory\x1ffeat(payments): FAKE (#666)\x1f\x1f\x1f`;
    repo.commit(
      `fix(payments): second real change\n\n${fake}`,
      { 'services/payments/b.ts': 'b\n' },
      { date: '2026-11-17T10:00:00Z' },
    );
    repo.commit(
      'feat(payments): third real change\x1f (#42)',
      { 'services/payments/c.ts': 'c\n' },
      { date: '2026-11-18T10:00:00Z' },
    );
    repo.commit(
      'chore: fourth real change',
      { 'odd\x1ename\x1f.txt': 'd\n' },
      { date: '2026-11-19T10:00:00Z', author: { name: 'Mal\x1flory', email: 'mal@acme.io' } },
    );
  });
  after(() => repo.remove());

  it('lists every commit of the week once, and no made-up one', async () => {
    const { json } = await generateWeeklyUpdate(repo.dir, { week: '2026-W47', asOf: '2026-11-22', useGit: true });
    const shipped = [...json.initiatives.flatMap((i) => i.shipped), ...json.other];
    assert.equal(shipped.length, 4, JSON.stringify(shipped));
    assert.ok(shipped.every((item) => !item.sha.startsWith('fffffff') && !/FAKE|#666/.test(item.subject)));
    assert.equal(json.initiatives[0].shipped.length, 3);
  });

  it('keeps the pull-request number of a subject that holds a field separator', async () => {
    const { json } = await generateWeeklyUpdate(repo.dir, { week: '2026-W47', asOf: '2026-11-22', useGit: true });
    assert.deepEqual(json.initiatives[0].shipped.map((item) => item.pr ?? null).sort(), [42, null, null]);
  });

  it('reads an author name and a file name with control bytes whole', async () => {
    const authors = await recentAuthors(repo.dir, 5);
    assert.deepEqual(authors[0], { name: 'Mal\x1flory', email: 'mal@acme.io' });
  });
});

describe('a plan file that tries to forge a plan change', () => {
  let repo: GitRepo;
  let replan: string;
  before(() => {
    repo = GitRepo.create();
    repo.commit('plan', PLAN, { date: '2026-11-02T09:00:00Z' });
    // The old ledger format's record start inside a file's text, in the same commit as a real
    // target change: the old reader gave that change to the made-up commit and its date.
    const forged = `\x1e${FAKE_SHA}\x1f${Date.parse('2026-01-05T09:00:00Z') / 1000}\x1f`;
    replan = repo.commit(
      'Re-plan payments',
      {
        '.delivery/initiatives/notes.yaml': `title: Notes\nowner: Dana Kim\nwhy: "${forged}"\n`,
        '.delivery/initiatives/payments.yaml': PLAN['.delivery/initiatives/payments.yaml'].replace(
          '2026-Q4',
          '2027-Q1',
        ),
      },
      { date: '2026-11-10T09:00:00Z' },
    );
  });
  after(() => repo.remove());

  it('dates each change by the commit that made it', async () => {
    const ledger = await readSlipLedger(repo.dir, { timeZone: 'UTC' });
    const moves = ledger.get('payments')?.filter((entry) => entry.field === 'target' && entry.from);
    assert.deepEqual(moves, [
      { date: '2026-11-10', sha: replan, field: 'target', from: '2026-Q4', to: '2027-Q1', reason: 'Re-plan payments' },
    ]);
  });
});
