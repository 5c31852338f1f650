// A multi-root workspace for the real-host tests: the example plan, a second small plan with its own
// git history, a folder without .delivery/, a service repository the second plan lists as a sibling
// (`repos:`), and the .code-workspace file that lists the four.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo } from '../helpers/gitRepo';

/** The workspace folders, in the order the .code-workspace file lists them. */
export const MULTI_ROOT = {
  example: 'checkout',
  second: 'billing',
  plain: 'website',
  service: 'renewals-service',
} as const;

export const WORKSPACE_FILE = 'delivery.code-workspace';

/** Shipped to the second plan's main branch in 2026-W48, the as-of week; its scope maps it to invoice-pdf. */
export const SECOND_PLAN_SHIPPED = 'feat(invoices): PDF invoices for EU customers';
/** The same change as the views and reports show it: without the conventional-commit prefix. */
export const SECOND_PLAN_SHIPPED_TITLE = 'PDF invoices for EU customers';

/** Shipped to the sibling service's main branch in 2026-W48; its scope maps it to the second plan's dunning. */
export const SIBLING_SHIPPED = 'feat(dunning): Retry failed renewals after three days';
export const SIBLING_SHIPPED_TITLE = 'Retry failed renewals after three days';

/** Every commit of the second plan's repository; the example's are by other people. */
export const SECOND_PLAN_AUTHOR = { name: 'Maya Lind', email: 'maya@acme.io' };

// Three initiatives: invoice-pdf is owned by a team (owner-not-a-person, the plan's only finding);
// `observability` is also an id in the example plan, which is no duplicate across folders.
const SECOND_PLAN: Record<string, string> = {
  'config.yaml': [
    'team: Billing',
    'timezone: UTC',
    'week_starts: monday',
    'branch: main',
    'repos:',
    `  - ../${MULTI_ROOT.service}`,
    '',
  ].join('\n'),
  'initiatives/invoice-pdf.yaml': [
    'title: PDF invoices',
    'owner: Billing team',
    'why: EU customers must receive a legal invoice with every order',
    'status: on-track',
    'target: 2026-12',
    'outcome:',
    '  metric: Invoice tickets per week',
    '  baseline: 40',
    '  target: 5',
    'match:',
    '  scopes: [invoices]',
    '',
  ].join('\n'),
  'initiatives.yaml': [
    'initiatives:',
    '  - id: dunning',
    '    title: Smarter payment retries',
    '    owner: Lee Park <lee@acme.io>',
    '    why: Failed renewals lose 3% of subscription revenue',
    '    status: at-risk',
    '    target: 2027-Q1',
    '    outcome:',
    '      metric: Recovered renewals',
    '      baseline: 20%',
    '      target: 45%',
    '    match:',
    '      scopes: [dunning]',
    '  - id: observability',
    '    title: Billing traces',
    '    owner: Ana Ruiz <ana@acme.io>',
    '    why: A failed charge takes an hour to trace across services',
    '    status: not-started',
    '    target: 2027-Q2',
    '    outcome:',
    '      metric: Minutes to trace a failed charge',
    '      baseline: 60',
    '      target: 5',
    '',
  ].join('\n'),
  'status/2026-W47.yaml': [
    'week: 2026-W47',
    'author: Lee Park',
    'headline: Invoices nearly done; retries at risk',
    'initiatives:',
    '  invoice-pdf:',
    '    status: on-track',
    '    progress: PDF invoices live for EU customers',
    '  dunning:',
    '    status: at-risk',
    '    progress: Retry schedule agreed with finance',
    '  observability:',
    '    status: not-started',
    '    progress: Waiting for the tracing library from checkout',
    '',
  ].join('\n'),
};

/** In the folder without a plan: looks like one but is not under .delivery/, so nothing may lint it. */
export const PLAIN_FOLDER_YAML = 'initiatives:\n  - id: launch\n    title: New website\n    owner: Web team\n';

/** Adds the second plan, the folder without a plan and the .code-workspace file in `dir`, beside the example's folder. */
export function addMultiRootFolders(dir: string): void {
  makeSecondPlan(join(dir, MULTI_ROOT.second));
  makeSiblingService(join(dir, MULTI_ROOT.service));
  mkdirSync(join(dir, MULTI_ROOT.plain, 'plan'), { recursive: true });
  writeFileSync(join(dir, MULTI_ROOT.plain, 'plan', 'initiatives.yaml'), PLAIN_FOLDER_YAML);
  const folders = Object.values(MULTI_ROOT).map((path) => ({ path }));
  writeFileSync(join(dir, WORKSPACE_FILE), `${JSON.stringify({ folders, settings: {} }, null, 2)}\n`);
}

function makeSecondPlan(dir: string): void {
  const repo = GitRepo.create('main', dir);
  const plan = Object.fromEntries(Object.entries(SECOND_PLAN).map(([path, text]) => [`.delivery/${path}`, text]));
  repo.commit('Start the billing plan', plan, { date: '2026-11-02T09:00:00+00:00', author: SECOND_PLAN_AUTHOR });
  repo.commit(
    SECOND_PLAN_SHIPPED,
    { 'services/invoices/pdf.ts': 'export {};\n' },
    { date: '2026-11-23T10:00:00+00:00', author: SECOND_PLAN_AUTHOR },
  );
}

function makeSiblingService(dir: string): void {
  const repo = GitRepo.create('main', dir);
  repo.commit('Start the renewals service', { 'README.md': 'Renewals\n' }, { date: '2026-11-02T09:00:00+00:00' });
  repo.commit(SIBLING_SHIPPED, { 'src/retry.ts': 'export {};\n' }, { date: '2026-11-24T10:00:00+00:00' });
}
