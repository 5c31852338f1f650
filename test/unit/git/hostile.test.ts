import * as assert from 'node:assert/strict';
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateQuarterlyReview, generateWeeklyUpdate } from '../../../src/core/reports/generate';
import { GitRepo } from '../../helpers/gitRepo';

const INITIATIVE =
  'title: Payments\nowner: Dana Kim\nstatus: on-track\ntarget: 2026-Q4\nmatch:\n  scopes: [payments]\n';

/** A commit object carrying a (fake) signature, written without git signing anything. */
function writeSignedCommit(repo: GitRepo, subject: string, epoch: number): string {
  // A tree of its own, so the commit changes a file: an empty commit ships nothing.
  repo.write({ 'services/payments/signed.ts': 'signed\n' });
  repo.git(['add', '-A']);
  const tree = repo.git(['write-tree']);
  const parent = repo.head();
  const object = [
    `tree ${tree}`,
    `parent ${parent}`,
    `author Dana Kim <dana@acme.io> ${epoch} +0000`,
    `committer Dana Kim <dana@acme.io> ${epoch} +0000`,
    'gpgsig -----BEGIN PGP SIGNATURE-----',
    ' ',
    ' iQEzBAABCAAdFiEEfakefakefakefakefakefakefakefakeFAmVhZmFrZQAKCRDfake',
    ' -----END PGP SIGNATURE-----',
    '',
    subject,
    '',
  ].join('\n');
  const sha = repo.git(['hash-object', '-t', 'commit', '-w', '--stdin'], { input: object });
  repo.git(['update-ref', 'refs/heads/main', sha]);
  return sha;
}

describe('a hostile repository', () => {
  let repo: GitRepo;
  let marker: string;

  before(() => {
    repo = GitRepo.create();
    repo.commit('plan', { '.delivery/initiatives/payments.yaml': INITIATIVE }, { date: '2026-10-05T09:00:00+00:00' });
    writeSignedCommit(repo, 'feat(payments): signed change (#99)', Date.parse('2026-11-18T10:00:00Z') / 1000);
    marker = join(repo.dir, 'gpg-ran');
    const script = join(repo.dir, 'fake-gpg.sh');
    writeFileSync(script, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`);
    chmodSync(script, 0o755);
    repo.git(['config', 'log.showSignature', 'true']);
    repo.git(['config', 'gpg.program', script]);
    repo.git(['config', 'core.fsmonitor', script]);
  });
  after(() => repo.remove());

  it('really runs the script for a plain git log (the trap works)', () => {
    repo.git(['log', '-1']);
    assert.ok(existsSync(marker));
    rmSync(marker);
  });

  it('generates the weekly update and the quarterly review without running gpg.program', async () => {
    const weekly = await generateWeeklyUpdate(repo.dir, { week: '2026-W47', asOf: '2026-11-25', useGit: true });
    await generateQuarterlyReview(repo.dir, { quarter: '2026-Q4', asOf: '2026-11-25', useGit: true });
    assert.deepEqual(
      weekly.json.initiatives[0].shipped.map((s) => s.pr),
      [99],
    );
    assert.equal(existsSync(marker), false);
  });
});
