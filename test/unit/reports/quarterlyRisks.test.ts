// The quarterly review's Risks table reads worst first, whatever order the initiative files come in.
import * as assert from 'node:assert/strict';
import { generateQuarterlyReview } from '../../../src/core/reports/generate';
import { GitRepo } from '../../helpers/gitRepo';

const withRisks = (title: string, risks: [string, string][]) =>
  `title: ${title}\nowner: Dana Kim\nstatus: on-track\ntarget: 2026-12\nrisks:\n${risks
    .map(([risk, impact]) => `  - {risk: ${risk}, impact: ${impact}}\n`)
    .join('')}`;

describe('quarterly review risks', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.create();
    repo.commit(
      'plan',
      {
        '.delivery/initiatives/app.yaml': withRisks('App', [
          ['Store review delays', 'medium'],
          ['Old SDK', 'low'],
        ]),
        '.delivery/initiatives/billing.yaml': withRisks('Billing', [['Vendor timeline', 'high']]),
        '.delivery/initiatives/search.yaml': withRisks('Search', [['Index rebuild', 'medium']]),
      },
      { date: '2026-10-01T09:00:00Z' },
    );
  });
  after(() => repo.remove());

  it('lists the high-impact risks first, then medium, then low, each in plan order', async () => {
    const { json, markdown } = await generateQuarterlyReview(repo.dir, {
      quarter: '2026-Q4',
      asOf: '2026-11-25',
      useGit: true,
    });
    assert.deepEqual(
      json.risks.map((r) => [r.risk, r.impact]),
      [
        ['Vendor timeline', 'high'],
        ['Store review delays', 'medium'],
        ['Index rebuild', 'medium'],
        ['Old SDK', 'low'],
      ],
    );
    assert.ok(markdown.indexOf('| Vendor timeline |') < markdown.indexOf('| Store review delays |'), markdown);
  });
});
