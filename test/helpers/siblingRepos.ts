// Three scripted repositories side by side, with fixed dates: a team's plan (`plan`), the service it
// builds (`payments-service`) and another team's repository (`growth-web`, listed as `growth` on its
// `trunk` branch), plus a `repos:` entry whose folder is missing. The growth repository was started
// from a copy of payments-service, so two of its week's commits are the same changes (same sha).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepo } from './gitRepo';

export const WEEK = '2026-W47';
/** Berlin time; 2026-W47 runs from Monday 16 to Sunday 22 November. */
const at = (day: number, hour = 10) =>
  `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+01:00`;

export const CONFIG = `team: Checkout
timezone: Europe/Berlin
branch: main
repos:
  - path: ../payments-service
  - {path: ../growth-web, branch: trunk, name: growth}
  - ../ledger-service
`;
/** The 1-based line of the missing repository's entry in CONFIG. */
export const MISSING_LINE = 7;

const initiative = (title: string, owner: string, match: string) =>
  `title: ${title}\nowner: ${owner}\nwhy: Fewer abandoned checkouts\nstatus: on-track\ntarget: 2026-Q4\noutcome: {metric: Checkout conversion}\nmatch: ${match}\n`;

export const PLAN_FILES: Record<string, string> = {
  '.delivery/config.yaml': CONFIG,
  '.delivery/initiatives/checkout.yaml': initiative('One-click checkout', 'Dana Kim', '{paths: [checkout/**]}'),
  // Paths relative to the repository the change is in, and only in payments-service.
  '.delivery/initiatives/payments-api.yaml': initiative(
    'Card tokens API',
    'Lee Park',
    '{paths: [api/**], repos: [payments-service]}',
  ),
  // Every change of the growth repository, whatever it touched.
  '.delivery/initiatives/growth-experiments.yaml': initiative('Pricing experiments', 'Sam Ode', '{repos: [growth]}'),
};

export const TITLES = {
  checkout: 'One-click pay',
  planApi: 'API stub in the plan repository',
  tokens: 'Card tokens for returning customers',
  flaky: 'Flaky refund test',
  pricing: 'Pricing page test',
  client: 'Payments API client',
  later: 'Token refresh',
};

export interface SiblingRepos {
  parent: string;
  plan: GitRepo;
  payments: GitRepo;
  growth: GitRepo;
  /** The sha of each change, by the keys of TITLES. */
  sha: Record<keyof typeof TITLES, string>;
  remove(): void;
}

export function buildSiblingRepos(): SiblingRepos {
  const parent = mkdtempSync(join(tmpdir(), 'dr-siblings-'));
  const plan = GitRepo.create('main', join(parent, 'plan'));
  plan.git(['remote', 'add', 'origin', 'https://github.com/acme/checkout-plan.git']);
  plan.commit('Plan the quarter', PLAN_FILES, { date: at(2) });
  const checkout = plan.commit(`feat(checkout): ${TITLES.checkout}`, { 'checkout/pay.ts': 'pay\n' }, { date: at(17) });
  const planApi = plan.commit(`chore: ${TITLES.planApi}`, { 'api/stub.ts': 'stub\n' }, { date: at(18) });

  const payments = GitRepo.create('main', join(parent, 'payments-service'));
  payments.git(['remote', 'add', 'origin', 'git@github.com:acme/payments-service.git']);
  payments.commit('Start the service', { 'README.md': 'payments\n' }, { date: at(2) });
  payments.branch('card-tokens');
  payments.commit('Tokenize cards', { 'api/tokens.ts': 'tokens\n' }, { date: at(18, 9) });
  payments.checkout('main');
  const tokens = payments.mergeNoFf('card-tokens', { pr: 12, body: TITLES.tokens, date: at(18, 11) });
  const flaky = payments.commit(`fix: ${TITLES.flaky}`, { 'test/refund.test.ts': 'ok\n' }, { date: at(19) });

  // Started from payments-service as it stood on Thursday: its two changes of the week are in both.
  const growth = GitRepo.create('trunk', join(parent, 'growth-web'));
  growth.git(['fetch', '-q', payments.dir, 'main']);
  growth.git(['checkout', '-q', '-B', 'trunk', 'FETCH_HEAD']);
  const pricing = growth.commit(
    `feat(experiments): ${TITLES.pricing}`,
    { 'web/pricing.ts': 'a/b\n' },
    { date: at(20) },
  );
  // Under api/, like payments-api's paths, but growth is not one of its repositories.
  const client = growth.commit(`feat: ${TITLES.client}`, { 'api/client.ts': 'client\n' }, { date: at(20, 11) });

  // After the week: in the week after only, and only in payments-service.
  const later = payments.commit(`feat: ${TITLES.later}`, { 'api/refresh.ts': 'refresh\n' }, { date: at(24) });

  return {
    parent,
    plan,
    payments,
    growth,
    sha: { checkout, planApi, tokens, flaky, pricing, client, later },
    remove: () => rmSync(parent, { recursive: true, force: true }),
  };
}
