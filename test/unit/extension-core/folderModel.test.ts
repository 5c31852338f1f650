import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FolderModel, type FolderFacts } from '../../../src/core/folderModel';
import { loadDeliveryFolder } from '../../../src/core/load';
import { GitRepo } from '../../helpers/gitRepo';
import { buildSiblingRepos, TITLES, type SiblingRepos } from '../../helpers/siblingRepos';

const FILE = '.delivery/initiatives/payments.yaml';
const plan = (target: string, title = 'Payments revamp') =>
  `title: ${title}\nowner: Dana Kim\nwhy: Conversion\nstatus: on-track\ntarget: ${target}\nmatch:\n  paths: [services/payments/**]\n`;

describe('FolderModel: what the editor keeps about one .delivery/ folder', () => {
  let repo: GitRepo;
  let folder: FolderModel;
  const refresh = async () =>
    folder.facts(await loadDeliveryFolder(repo.dir, undefined, folder.files), '2026-11-25', repo.dir);

  beforeEach(async () => {
    repo = GitRepo.create();
    repo.commit(
      'plan',
      { '.delivery/config.yaml': 'team: Checkout\ntimezone: UTC\n', [FILE]: plan('2026-Q3') },
      { date: '2026-05-04T09:00:00+00:00' },
    );
    repo.commit('feat(payments): tokens', { 'services/payments/a.ts': 'a\n' }, { date: '2026-11-24T09:00:00+00:00' });
    folder = new FolderModel();
    await refresh();
  });
  afterEach(() => repo.remove());

  it('re-parses the saved file and reads no git history while the commits stay where they were', async () => {
    const parses = folder.files.parses;
    // A git read starts by clearing the list: the marker stays only if none ran.
    folder.ledgerReads.splice(0, Infinity, 'marker');
    writeFileSync(join(repo.dir, FILE), plan('2026-Q3', 'Payments, renamed'));

    const facts = await refresh();

    assert.equal(facts.model.initiatives[0].title?.value, 'Payments, renamed');
    assert.equal(folder.files.parses - parses, 1);
    assert.deepEqual(folder.ledgerReads, ['marker']);
  });

  it('reads the plan history of a new commit alone, and its target move reaches the findings', async () => {
    const before = repo.head();
    repo.commit('slip', { [FILE]: plan('2026-Q4') }, { date: '2026-11-25T08:00:00+00:00' });
    repo.commit('slip again', { [FILE]: plan('2027-Q1') }, { date: '2026-11-25T09:00:00+00:00' });

    const facts = await refresh();

    assert.deepEqual(folder.ledgerReads, [`${before.slice(0, 7)}..${repo.head().slice(0, 7)}`]);
    assert.ok(
      facts.findings.some((f) => f.code === 'target-slipped'),
      facts.findings.map((f) => f.code).join(', '),
    );
    assert.deepEqual(
      [...(facts.git?.shipped.get('payments') ?? [])].map((i) => i.subject),
      ['feat(payments): tokens'],
    );
  });

  it('gives the facts without git where git may not run', async () => {
    const facts = await folder.facts(await loadDeliveryFolder(repo.dir, undefined, folder.files), '2026-11-25');

    assert.equal(facts.git, undefined);
  });
});

describe('FolderModel with sibling repositories', () => {
  let repos: SiblingRepos;
  let folder: FolderModel;
  // A day of the fixture's week: the views count that week's shipped work.
  const refresh = async () =>
    folder.facts(await loadDeliveryFolder(repos.plan.dir, undefined, folder.files), '2026-11-22', repos.plan.dir);
  const shipped = (facts: FolderFacts, id: string) =>
    (facts.git?.shipped.get(id) ?? []).map((item) => [item.subject, item.repo]);

  beforeEach(() => {
    repos = buildSiblingRepos();
    folder = new FolderModel();
  });
  afterEach(() => repos.remove());

  it("counts the siblings' work of the week as the reports do, each change once and within match.repos", async () => {
    const facts = await refresh();

    assert.deepEqual(shipped(facts, 'payments-api'), [
      [`Merge pull request #12 from acme/card-tokens`, 'payments-service'],
    ]);
    assert.deepEqual(
      shipped(facts, 'growth-experiments').map(([subject]) => subject),
      [`feat(experiments): ${TITLES.pricing}`, `feat: ${TITLES.client}`],
    );
  });

  it("reads a sibling's week again when its branch moves, though the plan's repository did not", async () => {
    await refresh();
    repos.growth.commit('feat: Coupon banner', { 'web/coupon.ts': 'c\n' }, { date: '2026-11-21T10:00:00+01:00' });

    const facts = await refresh();

    assert.ok(
      shipped(facts, 'growth-experiments').some(([subject]) => subject === 'feat: Coupon banner'),
      JSON.stringify(shipped(facts, 'growth-experiments')),
    );
  });
});
