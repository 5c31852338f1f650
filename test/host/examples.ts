// `npm run examples`: the reports in docs/examples/, generated from the example plan's history as
// of the fixtures' date (so they change only when the product's output does): the weekly update
// of 2026-W47 in Markdown and for Slack, the roadmap review and the 2026-Q4 quarterly review.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateQuarterlyReview, generateRoadmapReview, generateWeeklyUpdate } from '../../src/core/reports/generate';
import { weeklySlack } from '../../src/core/reports/weeklySlack';
import { FIXTURE_TODAY } from '../helpers/fixtureDate';
import { projectRoot } from './paths';
import { makeExampleRepo } from './workspace';

async function main(): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), 'delivery-examples-'));
  const repo = join(home, 'acme');
  try {
    await makeExampleRepo(repo);
    const common = { asOf: FIXTURE_TODAY, useGit: true };
    const weekly = await generateWeeklyUpdate(repo, { ...common, week: '2026-W47' });
    const out = (name: string) => join(projectRoot(), 'docs', 'examples', name);
    await writeFile(out('weekly-update.md'), weekly.markdown);
    await writeFile(out('weekly-update.slack.txt'), weeklySlack(weekly.json));
    await writeFile(out('roadmap-review.md'), (await generateRoadmapReview(repo, common)).markdown);
    await writeFile(out('quarterly-review.md'), (await generateQuarterlyReview(repo, { ...common, quarter: '2026-Q4' })).markdown);
    console.log(`[examples] docs/examples/ written from the example plan as of ${FIXTURE_TODAY}`);
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[examples] ${(error as Error).message}`);
  process.exitCode = 1;
});
