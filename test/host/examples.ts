// `npm run examples`: the reports in docs/examples/, generated from the example plan's history as
// of the fixtures' date (so they change only when the product's output does): the weekly update
// of 2026-W47 in Markdown and for Slack, the roadmap review and the 2026-Q4 quarterly review; and
// the weekly update of this repository's own 2026-W48, told with a small plan of its work areas;
// and the roll-up of the two teams' 2026-W47, as a director who leads both would read it.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateQuarterlyReview, generateRoadmapReview, generateWeeklyUpdate } from '../../src/core/reports/generate';
import { weeklySlack } from '../../src/core/reports/weeklySlack';
import { buildRollup } from '../../src/core/rollup/rollup';
import { rollupMarkdown } from '../../src/core/rollup/rollupMarkdown';
import { FIXTURE_TODAY } from '../helpers/fixtureDate';
import { projectRoot } from './paths';
import { makeExampleRepo } from './workspace';

/** Areas of this repository as initiatives, mapped by path: what its own week reads like. */
const OWN_PLAN: Record<string, string> = {
  'config.yaml': 'team: Delivery Rhythm\ntimezone: UTC\nbranch: main\n',
  'initiatives/reports.yaml':
    'title: Executive reports from git\nowner: Dana Kim\nwhy: The Friday update writes itself from what merged\nstatus: on-track\ntarget: 2026-Q4\nmatch: {paths: [src/core/reports/**, src/core/signals/**, src/cli/**]}\n',
  'initiatives/git.yaml':
    'title: Reading shipped work from git\nowner: Lee Park\nwhy: Every shipped change maps to the initiative it serves\nstatus: on-track\ntarget: 2026-Q4\nmatch: {paths: [src/core/git/**, src/core/mapping.ts]}\n',
  'initiatives/form.yaml':
    "title: Weekly status form\nowner: Sam Ode\nwhy: A lead fills the week in two minutes without losing anyone's edit\nstatus: at-risk\ntarget: 2026-12-18\nmatch: {paths: [webview/**, src/weeklyStatus/**, src/core/status/**]}\n",
  'initiatives/real-host.yaml':
    'title: Tested in a real VS Code\nowner: Priya Shah\nwhy: What users run is what the suite runs\nstatus: on-track\ntarget: 2026-12\nmatch: {paths: [test/host/**, test/integration/**, test/browser/**, scripts/**]}\n',
};

/** This repository cloned with the small plan above written into it (not committed: the week holds the as-of day). */
async function ownClone(home: string): Promise<string> {
  const clone = join(home, 'self');
  execFileSync('git', ['clone', '--quiet', '--no-local', '--branch', 'main', projectRoot(), clone], {
    stdio: 'ignore',
  });
  for (const [path, text] of Object.entries(OWN_PLAN)) {
    await mkdir(join(clone, '.delivery', path, '..'), { recursive: true });
    await writeFile(join(clone, '.delivery', path), text);
  }
  return clone;
}

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
    await writeFile(
      out('quarterly-review.md'),
      (await generateQuarterlyReview(repo, { ...common, quarter: '2026-Q4' })).markdown,
    );
    const self = await ownClone(home);
    await writeFile(
      out('this-repository-2026-W48.md'),
      (await generateWeeklyUpdate(self, { week: '2026-W48', asOf: '2026-11-29', useGit: true })).markdown,
    );
    const teams = [
      { source: 'acme', update: weekly.json },
      { source: 'delivery-rhythm', update: (await generateWeeklyUpdate(self, { ...common, week: '2026-W47' })).json },
    ];
    await writeFile(out('rollup-2026-W47.md'), rollupMarkdown(buildRollup(teams, [], FIXTURE_TODAY)));
    console.log(
      `[examples] docs/examples/ written from the example plan as of ${FIXTURE_TODAY}, and from this repository's 2026-W48`,
    );
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[examples] ${(error as Error).message}`);
  process.exitCode = 1;
});
