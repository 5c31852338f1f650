// A plan file git holds as binary or over the size limit: git is asked to give no text for it (so
// a 50 MB file costs nothing to read), and a past week's report names it instead of dropping it.
import * as assert from 'node:assert/strict';
import { readPlanAt } from '../../../src/core/git/planAt';
import { newVersions } from '../../../src/core/git/patch';
import { MAX_FILE_BYTES, NO_TEXT_IN_GIT } from '../../../src/core/parse/files';
import { generateWeeklyUpdate } from '../../../src/core/reports/generate';
import { GitRepo } from '../../helpers/gitRepo';

const CONFIG = 'team: Checkout\ntimezone: UTC\nbranch: main\n';
const INITIATIVE = 'title: Payments\nowner: Dana Kim\nwhy: Fewer drop-offs\nstatus: on-track\ntarget: 2026-Q4\n';
/** Just over the limit: valid YAML all the same, so only its size can keep it out. */
const LARGE = `title: Search\nowner: Lee Park\nwhy: |\n${'  words words words words words words words words words\n'.repeat(Math.ceil(MAX_FILE_BYTES / 50))}`;

describe('plan files git gives no text for', () => {
  it('reads the path of a binary file from its header, spaces and quoting included', () => {
    const patch = [
      'diff --git a/.delivery/initiatives/big one.yaml b/.delivery/initiatives/big one.yaml',
      'new file mode 100644',
      'index 0000000..e1ac701',
      'Binary files /dev/null and b/.delivery/initiatives/big one.yaml differ',
      'diff --git "a/.delivery/initiatives/caf\\303\\251.yaml" "b/.delivery/initiatives/caf\\303\\251.yaml"',
      'new file mode 100644',
      'index 0000000..e1ac702',
      'Binary files /dev/null and "b/.delivery/initiatives/caf\\303\\251.yaml" differ',
      'diff --git a/.delivery/initiatives/a.yaml b/.delivery/initiatives/a.yaml',
      'new file mode 100644',
      'index 0000000..90507bd',
      '--- /dev/null',
      '+++ b/.delivery/initiatives/a.yaml',
      '@@ -0,0 +1 @@',
      '+title: a',
      '',
    ].join('\n');
    assert.deepEqual(newVersions(patch), [
      { path: '.delivery/initiatives/big one.yaml', binary: true },
      { path: '.delivery/initiatives/café.yaml', binary: true },
      { path: '.delivery/initiatives/a.yaml', text: 'title: a\n' },
    ]);
  });

  describe('in a repository', () => {
    let repo: GitRepo;
    before(() => {
      repo = GitRepo.create();
      repo.commit(
        'Start the plan',
        {
          '.delivery/config.yaml': CONFIG,
          '.delivery/initiatives/payments.yaml': INITIATIVE,
          '.delivery/initiatives/search.yaml': LARGE,
          '.delivery/initiatives/nul.yaml': 'title: Fraud\u0000\nowner: Priya Shah\n',
          '.delivery/team-photo.png': '\u0089PNG\r\n\u001a\n\u0000\u0000',
        },
        { date: '2026-11-02T09:00:00Z' },
      );
      // Today the large file is gone from the working tree: only git still holds the week's version.
      repo.commit(
        'Split the search plan',
        { '.delivery/initiatives/search.yaml': null },
        { date: '2026-11-20T09:00:00Z' },
      );
    });
    after(() => repo.remove());

    it('gets no text for a file over the limit or holding NUL bytes, and names the plan files among them', async () => {
      const plan = await readPlanAt(repo.dir, 'main', Date.parse('2026-11-08T23:59:59Z'));
      assert.ok(plan);
      assert.deepEqual(
        plan.files.map((f) => f.path),
        ['.delivery/config.yaml', '.delivery/initiatives/payments.yaml'],
      );
      // The picture is not a plan file: the working tree's reader leaves it unnamed too.
      assert.deepEqual(plan.unreadable, [
        { path: '.delivery/initiatives/nul.yaml', problem: NO_TEXT_IN_GIT },
        { path: '.delivery/initiatives/search.yaml', problem: NO_TEXT_IN_GIT },
      ]);
    });

    it('tells the past week with the readable files and names the others in its note', async () => {
      const { json, markdown } = await generateWeeklyUpdate(repo.dir, {
        week: '2026-W45',
        asOf: '2026-11-25',
        useGit: true,
      });
      assert.deepEqual(
        json.initiatives.map((i) => i.id),
        ['payments'],
      );
      assert.match(json.plan.note ?? '', /2 plan files have errors.*nul\.yaml, \.delivery\/initiatives\/search\.yaml/);
      assert.match(markdown, /search\.yaml/);
    });
  });
});
