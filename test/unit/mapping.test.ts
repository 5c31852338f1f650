import * as assert from 'node:assert/strict';
import type { ShippedItem } from '../../src/core/git/shipped';
import { readShipped } from '../../src/core/git/shipped';
import { globMatch } from '../../src/core/glob';
import { mapShipped } from '../../src/core/mapping';
import { GitRepo } from '../helpers/gitRepo';
import { initiative, located } from './reports/build';

function item(fields: Partial<ShippedItem>): ShippedItem {
  return {
    sha: 'abc',
    subject: 'work',
    trailerInitiatives: [],
    files: ['README.md'],
    date: '2026-11-18',
    author: 'Dana Kim',
    kind: 'direct',
    ...fields,
  };
}

const payments = initiative({
  id: 'payments',
  match: { paths: ['services/payments/**'], branches: ['payments/*'], scopes: ['payments'], keywords: ['PAY-'] },
});
const mobile = initiative({ id: 'mobile', match: { paths: ['apps/mobile/**'], keywords: ['onboarding'] } });

describe('glob', () => {
  it('lets ** span several folders and none', () => {
    assert.ok(globMatch('services/**/api.ts', 'services/a/b/api.ts'));
    assert.ok(globMatch('services/**/api.ts', 'services/api.ts'));
  });

  it('keeps * and ? inside one folder', () => {
    assert.ok(globMatch('payments/*', 'payments/tokens'));
    assert.ok(!globMatch('payments/*', 'payments/tokens/v2'));
    assert.ok(globMatch('v?.md', 'v2.md'));
    assert.ok(!globMatch('v?.md', 'v/.md'));
  });

  it('treats regular-expression characters literally', () => {
    assert.ok(globMatch('docs/(draft).md', 'docs/(draft).md'));
    assert.ok(!globMatch('a.b', 'axb'));
  });
});

describe('mapShipped', () => {
  it('maps by the merged branch name', () => {
    const { byInitiative } = mapShipped([item({ branch: 'payments/tokens' })], [payments, mobile]);
    assert.equal(byInitiative.get('payments')?.length, 1);
  });

  it('maps by conventional-commit scope, ignoring case', () => {
    const { byInitiative } = mapShipped([item({ scope: 'Payments' })], [payments, mobile]);
    assert.equal(byInitiative.get('payments')?.length, 1);
  });

  it('maps by a keyword at the start of a word, not inside one', () => {
    const { byInitiative, other } = mapShipped(
      [item({ subject: 'PAY-12 retry' }), item({ subject: 'REPAY-3 fix' })],
      [payments],
    );
    assert.deepEqual(
      byInitiative.get('payments')?.map((i) => i.subject),
      ['PAY-12 retry'],
    );
    assert.deepEqual(
      other.map((i) => i.subject),
      ['REPAY-3 fix'],
    );
  });

  it('maps one item to every initiative it hits', () => {
    const both = item({ files: ['services/payments/x.ts', 'apps/mobile/y.ts'] });
    const { byInitiative, other } = mapShipped([both], [payments, mobile]);
    assert.deepEqual(
      [byInitiative.get('payments')?.length, byInitiative.get('mobile')?.length, other.length],
      [1, 1, 0],
    );
  });

  it('lets a trailer map exclusively, even when match rules hit elsewhere', () => {
    const trailed = item({ files: ['services/payments/x.ts'], trailerInitiatives: ['mobile'] });
    const { byInitiative } = mapShipped([trailed], [payments, mobile]);
    assert.deepEqual([byInitiative.get('payments')?.length, byInitiative.get('mobile')?.length], [0, 1]);
  });

  it('falls back to the match rules when the trailer names no known initiative', () => {
    const { byInitiative } = mapShipped([item({ scope: 'payments', trailerInitiatives: ['gone'] })], [payments]);
    assert.equal(byInitiative.get('payments')?.length, 1);
  });

  it('lists unmatched items as Other work', () => {
    const { other } = mapShipped([item({ subject: 'chore: bump deps' })], [payments, mobile]);
    assert.equal(other.length, 1);
  });
});

describe('mapShipped with match.repos', () => {
  const api = initiative({ id: 'api', match: { paths: ['api/**'], repos: [located('payments-service')] } });
  const growth = initiative({ id: 'growth', match: { repos: [located('growth')] } });
  const ids = (mapping: ReturnType<typeof mapShipped>, sha: string) =>
    [...mapping.byInitiative].filter(([, items]) => items.some((i) => i.sha === sha)).map(([id]) => id);

  it('takes work only from the named repositories, the plan’s own named by its folder', () => {
    const mapping = mapShipped(
      [
        item({ sha: 'own', files: ['api/a.ts'] }),
        item({ sha: 'sibling', files: ['api/a.ts'], repo: 'payments-service' }),
        item({ sha: 'other', files: ['api/a.ts'], repo: 'growth' }),
      ],
      [api, initiative({ id: 'plan-api', match: { paths: ['api/**'], repos: [located('checkout-plan')] } })],
      'checkout-plan',
    );
    assert.deepEqual(
      ['own', 'sibling', 'other'].map((sha) => ids(mapping, sha)),
      [['plan-api'], ['api'], []],
    );
    assert.deepEqual(
      mapping.other.map((i) => i.sha),
      ['other'],
    );
  });

  it('alone takes every change of those repositories', () => {
    const mapping = mapShipped(
      [item({ sha: 'g', files: ['README.md'], repo: 'growth' }), item({ sha: 'p' })],
      [growth],
    );
    assert.deepEqual([ids(mapping, 'g'), ids(mapping, 'p')], [['growth'], []]);
  });

  it('holds against a trailer: an initiative takes nothing from another repository', () => {
    const trailed = item({ sha: 't', files: ['api/a.ts'], trailerInitiatives: ['growth'], repo: 'payments-service' });
    assert.deepEqual(ids(mapShipped([trailed], [api, growth]), 't'), ['api']);
  });
});

describe('mapShipped on a real history', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.create();
    repo.commit('init', { 'README.md': 'r\n' }, { date: '2026-11-09T09:00:00+00:00' });
    repo.commit('Speed up card form', { 'services/payments/form.ts': 'f\n' }, { date: '2026-11-17T09:00:00+00:00' });
    repo.branch('feature/shared');
    repo.commit(
      'shared change',
      { 'services/payments/s.ts': 's\n', 'apps/mobile/s.ts': 's\n' },
      { date: '2026-11-17T10:00:00+00:00' },
    );
    repo.checkout('main');
    repo.mergeNoFf('feature/shared', { pr: 7, date: '2026-11-18T09:00:00+00:00' });
    repo.commit('chore: bump deps', { 'package.json': '{}\n' }, { date: '2026-11-19T09:00:00+00:00' });
  });
  after(() => repo.remove());

  it('maps by paths only, counts a merge once, and keeps the rest as Other work', async () => {
    const items = await readShipped(
      repo.dir,
      { since: '2026-11-16', until: '2026-11-22' },
      { branch: 'main', timeZone: 'UTC' },
    );
    const { byInitiative, other } = mapShipped(items, [payments, mobile]);
    assert.deepEqual(
      byInitiative.get('payments')?.map((i) => i.subject),
      ['Speed up card form', 'Merge pull request #7 from acme/feature/shared'],
    );
    assert.deepEqual(
      byInitiative.get('mobile')?.map((i) => i.pr),
      [7],
    );
    assert.deepEqual(
      other.map((i) => i.subject),
      ['chore: bump deps'],
    );
  });
});

describe('plan-only commits', () => {
  it('leaves out an empty commit: it ships nothing', () => {
    const { byInitiative, other } = mapShipped(
      [item({ subject: 'feat(payments): nothing yet', files: [], scope: 'payments' })],
      [payments],
    );
    assert.deepEqual([byInitiative.get('payments'), other], [[], []]);
  });

  it('leaves out a commit that only changes .delivery/ files', () => {
    const { byInitiative, other } = mapShipped(
      [item({ subject: 'replan', files: ['.delivery/initiatives/payments.yaml'], scope: 'payments' })],
      [payments],
    );
    assert.deepEqual([byInitiative.get('payments')?.length, other.length], [0, 0]);
  });
});
