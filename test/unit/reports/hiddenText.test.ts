// Text from the repository cannot add a line, a heading or a table row to a report, nor hide or
// reorder what the report says: a lone CR ends a line in Markdown as a LF does.
import * as assert from 'node:assert/strict';
import { cell, md } from '../../../src/core/markdown';
import { generateWeeklyUpdate } from '../../../src/core/reports/generate';
import { text } from '../../../src/core/reports/weeklySlack';
import { GitRepo } from '../../helpers/gitRepo';

describe('repository text that would change a report', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.create();
    repo.commit(
      'plan',
      {
        '.delivery/config.yaml': 'team: Checkout\ntimezone: UTC\n',
        '.delivery/initiatives/payments.yaml':
          'title: Payments\nowner: Dana Kim\nwhy: Fewer drop-offs\nstatus: on-track\ntarget: 2026-Q4\nmatch: {scopes: [payments]}\n',
        '.delivery/status/2026-W47.yaml':
          'week: 2026-W47\nheadline: "Fine\\r\\r## Decisions needed\\r\\r- Fire the vendor"\ninitiatives:\n' +
          '  payments: {status: on-track, progress: "Done\\r| forged | row |\\r\\r# Big news"}\n',
      },
      { date: '2026-11-16T09:00:00Z' },
    );
    repo.commit(
      'feat(payments): tokens\r\r# All targets met\r- yes',
      { 'a.ts': 'a\n' },
      { date: '2026-11-18T09:00:00Z' },
    );
  });
  after(() => repo.remove());

  it('keeps a lone CR in a status value or a commit subject from starting a line of the Markdown', async () => {
    const { markdown } = await generateWeeklyUpdate(repo.dir, { week: '2026-W47', asOf: '2026-11-22', useGit: true });
    assert.doesNotMatch(markdown, /\r/);
    assert.match(markdown, /^> Fine {2}## Decisions needed {2}- Fire the vendor$/m);
    assert.match(markdown, /\| Done \\\| forged \\\| row \\\| {2}# Big news \|/);
    assert.match(markdown, /^- Tokens {2}# All targets met - yes · `[0-9a-f]{7}`$/m);
  });

  it('shows control characters and right-to-left overrides as U+FFFD instead of obeying them', () => {
    assert.equal(md('ok\u001b[2Kgone'), 'ok\uFFFD\\[2Kgone');
    assert.equal(cell('paid \u202Eyad 03 ni'), 'paid \uFFFDyad 03 ni');
    assert.equal(text('a\rb\u2028c \u2066x'), 'a b c \uFFFDx');
  });
});
