// A deterministic demo history around an example `.delivery/` folder: merges, squash merges and
// direct pushes that hit the initiatives' match rules, some Other work, weekly status files
// committed in their weeks, a payments target that moves twice and outcome measurements. It is written below for
// 2026-10-01 to 2026-11-25 (FIXTURE_TODAY) and built for any day by moving it by whole weeks
// (demoCalendar.ts): the same day gives a byte-identical repository.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DeliveryError } from '../../src/core/errors';
import { quarterOf } from '../../src/core/dates';
import type { IsoDate } from '../../src/core/model';
import { berlinTime, demoCalendar, longDay, shiftDay, shiftText, type DemoCalendar } from './demoCalendar';
import { FIXTURE_TODAY } from './fixtureDate';
import { GitRepo, type FileChanges } from './gitRepo';

type Work =
  | { kind: 'merge'; day: string; branch: string; title: string; files: string[] }
  | { kind: 'squash'; day: string; subject: string; files: string[] }
  | { kind: 'direct'; day: string; subject: string; files: string[]; trailer?: string };

/** Shipped work, in date order. Hours are added per day so commits keep their order. */
const WORK: Work[] = [
  {
    kind: 'merge',
    day: '2026-10-01',
    branch: 'ledger/dual-write',
    title: 'feat(ledger): dual-write orders to Postgres 16',
    files: ['services/ledger/dual_write.go'],
  },
  {
    kind: 'squash',
    day: '2026-10-02',
    subject: 'feat(payments): vendor sandbox client',
    files: ['services/payments/vendor/client.ts'],
  },
  {
    kind: 'direct',
    day: '2026-10-05',
    subject: 'ci: cache node modules between jobs',
    files: ['.github/workflows/ci.yml'],
  },
  {
    kind: 'merge',
    day: '2026-10-07',
    branch: 'onboarding/screen-one',
    title: 'Onboarding screen one',
    files: ['apps/mobile/onboarding/ScreenOne.tsx'],
  },
  {
    kind: 'squash',
    day: '2026-10-09',
    subject: 'feat(fraud): shadow-mode scoring endpoint',
    files: ['services/fraud/score.py'],
  },
  {
    kind: 'merge',
    day: '2026-10-13',
    branch: 'ledger/backfill',
    title: 'LDG-41 backfill historical orders',
    files: ['db/migrations/0042_backfill.sql'],
  },
  {
    kind: 'direct',
    day: '2026-10-14',
    subject: 'Improve accessibility of the address form',
    files: ['web/checkout/AddressForm.tsx'],
  },
  {
    kind: 'squash',
    day: '2026-10-16',
    subject: 'chore: bump dependencies',
    files: ['package.json', 'package-lock.json'],
  },
  {
    kind: 'merge',
    day: '2026-10-20',
    branch: 'payments/tokenization',
    title: 'Card tokenization behind a flag',
    files: ['services/payments/tokens.ts', 'services/payments/flags.ts'],
  },
  {
    kind: 'merge',
    day: '2026-10-22',
    branch: 'onboarding/screen-two',
    title: 'Onboarding screen two',
    files: ['apps/mobile/onboarding/ScreenTwo.tsx'],
  },
  {
    kind: 'merge',
    day: '2026-10-26',
    branch: 'ledger/cutover',
    title: 'feat(ledger): cut over reads to Postgres 16',
    files: ['services/ledger/reader.go'],
  },
  {
    kind: 'squash',
    day: '2026-10-28',
    subject: 'fix(fraud): FRD-12 feature drift in device signals',
    files: ['services/fraud/features.py'],
  },
  { kind: 'direct', day: '2026-10-29', subject: 'docs: on-call runbook for checkout', files: ['docs/runbook.md'] },
  {
    kind: 'merge',
    day: '2026-11-03',
    branch: 'giftcards/issuing',
    title: 'feat(giftcards): issue gift cards',
    files: ['services/giftcards/issue.ts'],
  },
  {
    kind: 'squash',
    day: '2026-11-04',
    subject: 'feat(payments): PAY-88 tokenization for 1% of traffic',
    files: ['services/payments/rollout.ts'],
  },
  {
    kind: 'merge',
    day: '2026-11-05',
    branch: 'a11y/focus-order',
    title: 'A11Y-7 focus order in the payment step',
    files: ['web/checkout/PaymentStep.tsx'],
  },
  {
    kind: 'direct',
    day: '2026-11-06',
    subject: 'chore: rotate staging certificates',
    files: ['infra/staging/certs.yaml'],
  },
  {
    kind: 'merge',
    day: '2026-11-10',
    branch: 'onboarding/screen-three',
    title: 'Onboarding screen three',
    files: ['apps/mobile/onboarding/ScreenThree.tsx'],
  },
  {
    kind: 'squash',
    day: '2026-11-11',
    subject: 'feat(tracing): OBS-3 trace ids on checkout requests',
    files: ['libs/tracing/middleware.ts'],
  },
  {
    kind: 'merge',
    day: '2026-11-12',
    branch: 'payments/ramp-10',
    title: 'Ramp tokenization to 10%',
    files: ['services/payments/rollout.ts'],
  },
  {
    kind: 'direct',
    day: '2026-11-13',
    subject: 'Shared error banner for payment and checkout',
    files: ['services/payments/errors.ts', 'web/checkout/ErrorBanner.tsx'],
  },
  {
    kind: 'merge',
    day: '2026-11-16',
    branch: 'giftcards/redeem',
    title: 'feat(giftcards): redeem in checkout behind a flag',
    files: ['services/giftcards/redeem.ts'],
  },
  {
    kind: 'squash',
    day: '2026-11-17',
    subject: 'fix(a11y): contrast of the pay button',
    files: ['web/checkout/PayButton.css'],
  },
  {
    kind: 'direct',
    day: '2026-11-18',
    subject: 'Retry vendor webhooks with backoff',
    files: ['libs/http/retry.ts'],
    trailer: 'payments-revamp',
  },
  {
    kind: 'merge',
    day: '2026-11-19',
    branch: 'fraud/device-fingerprint',
    title: 'Device fingerprint features',
    files: ['services/fraud/fingerprint.py'],
  },
  { kind: 'squash', day: '2026-11-19', subject: 'chore(deps): bump the test runner', files: ['package.json'] },
  {
    kind: 'merge',
    day: '2026-11-20',
    branch: 'onboarding/copy',
    title: 'MOB-19 legal copy for screens one and two',
    files: ['apps/mobile/onboarding/copy.json'],
  },
  { kind: 'direct', day: '2026-11-20', subject: 'ci: split the end-to-end job', files: ['.github/workflows/e2e.yml'] },
  {
    kind: 'squash',
    day: '2026-11-23',
    subject: 'feat(payments): PAY-97 3-D Secure challenge screen',
    files: ['services/payments/threeds.ts'],
  },
  {
    kind: 'merge',
    day: '2026-11-24',
    branch: 'a11y/screen-reader-labels',
    title: 'Screen reader labels for the basket',
    files: ['web/checkout/Basket.tsx'],
  },
];

/** Plan edits before the final files land: the payments target moves twice, ledger is done in October. */
type PlanEdit = { day: string; subject: string; file: string; edit: (text: string) => string };
const PLAN_EDITS: PlanEdit[] = [
  {
    day: '2026-10-20',
    subject: 'Payments: move the target to November after the vendor delay',
    file: 'initiatives/payments-revamp.yaml',
    edit: (t) => setKey(setKey(t, 'target', '2026-11'), 'status', 'on-track'),
  },
  { day: '2026-10-27', subject: 'Ledger migration is done', file: 'initiatives/ledger-migration.yaml', edit: (t) => t },
  {
    day: '2026-11-18',
    subject: 'Payments: re-plan to the end of Q4, at risk on the PCI audit',
    file: 'initiatives/payments-revamp.yaml',
    edit: (t) => t,
  },
];

/**
 * Outcome measurements over the eight weeks, oldest first: the day each was committed, the value and
 * the day it was measured. The example's file holds the last one; fraud scoring's value has no date.
 */
const MEASUREMENTS: Record<string, { day: string; current: string; measured: string; subject: string }[]> = {
  'initiatives/payments-revamp.yaml': [
    { day: '2026-10-01', current: '2.1%', measured: '2026-09-28', subject: '' },
    {
      day: '2026-10-23',
      current: '2.2%',
      measured: '2026-10-22',
      subject: 'Payments: checkout conversion for October',
    },
    {
      day: '2026-11-20',
      current: '2.35%',
      measured: '2026-11-19',
      subject: 'Payments: checkout conversion after 10% tokenization',
    },
  ],
  'initiatives/mobile-onboarding.yaml': [
    { day: '2026-10-01', current: '38%', measured: '2026-09-30', subject: '' },
    {
      day: '2026-11-06',
      current: '41%',
      measured: '2026-11-05',
      subject: 'Mobile onboarding: day-1 activation with screens one and two',
    },
  ],
  'initiatives/ledger-migration.yaml': [
    { day: '2026-10-01', current: '150 ms', measured: '2026-09-30', subject: '' },
    {
      day: '2026-11-10',
      current: '72 ms',
      measured: '2026-11-09',
      subject: 'Ledger migration: p95 write latency after the cutover',
    },
  ],
};

const STATUS_DAYS: Record<string, string> = {
  '2026-W41': '2026-10-09',
  '2026-W42': '2026-10-16',
  '2026-W43': '2026-10-23',
  '2026-W44': '2026-10-30',
  '2026-W45': '2026-11-06',
  '2026-W46': '2026-11-13',
  '2026-W47': '2026-11-20',
};

/**
 * Builds the demo repository in `targetDir` (absent or empty) from `deliverySource`, the example's
 * `.delivery/` folder (or the folder that holds it), told as of `today` (its last commit is that
 * day, in its week). The last commit leaves `.delivery/` equal to the source moved to that week.
 */
export async function makeDemoRepo(
  targetDir: string,
  deliverySource: string,
  today: IsoDate = FIXTURE_TODAY,
): Promise<void> {
  const source = existsSync(join(deliverySource, '.delivery')) ? join(deliverySource, '.delivery') : deliverySource;
  if (!existsSync(join(source, 'config.yaml')) && !existsSync(join(source, 'initiatives'))) {
    throw new DeliveryError(`${deliverySource} is not a .delivery/ folder.`, 'Pass the example .delivery/ folder.');
  }
  if (existsSync(targetDir) && readdirSync(targetDir).length > 0) {
    throw new DeliveryError(`${targetDir} is not empty; the demo repository is built only in an empty folder.`);
  }
  const calendar = demoCalendar(today);
  const files = readTree(source);
  const repo = GitRepo.create('main', targetDir);
  const at = (day: string, hour: number) => berlinTime(shiftDay(calendar, day), hour);
  repo.git(['remote', 'add', 'origin', 'https://github.com/acme/shop.git']);
  repo.commit('Start the delivery plan', shifted(calendar, initialPlan(files)), { date: at('2026-10-01', 8) });
  const events = [
    ...WORK.map((work, index) => ({ day: work.day, run: (date: string) => ship(repo, work, 101 + index, date) })),
    ...PLAN_EDITS.map((e) => ({ day: e.day, run: (date: string) => planEdit(repo, calendar, files, e, date) })),
    ...Object.entries(MEASUREMENTS).flatMap(([file, measurements]) =>
      measurements.slice(1).map((m) => ({
        day: m.day,
        run: (date: string) => planEdit(repo, calendar, files, { ...m, file, edit: editOn(file, m.day) }, date),
      })),
    ),
    ...Object.entries(STATUS_DAYS).map(([week, day]) => ({
      day,
      run: (date: string) => statusCommit(repo, calendar, files, week, date),
    })),
  ].sort((a, b) => a.day.localeCompare(b.day));
  // Hours count per day the event lands on, so events moved onto today keep their order.
  const hours = new Map<string, number>();
  for (const event of events) {
    const day = shiftDay(calendar, event.day);
    const hour = (hours.get(day) ?? 9) + 1;
    hours.set(day, hour);
    event.run(berlinTime(day, hour));
  }
  const last = shiftDay(calendar, '2026-11-25');
  repo.commit(
    `Plan as of ${longDay(last)}`,
    shifted(calendar, Object.fromEntries([...files].map(([path, text]) => [`.delivery/${path}`, text]))),
    { date: berlinTime(last, 9) },
  );
}

/** The files moved to the calendar's week: their dates and weeks, and the week in a status file's name. */
function shifted(calendar: DemoCalendar, changes: FileChanges): FileChanges {
  return Object.fromEntries(
    Object.entries(changes).map(([path, text]) => [
      shiftPath(calendar, path),
      text === null ? null : shiftText(calendar, text),
    ]),
  );
}

/**
 * A path moved like the text, except an investments file: it keeps its distance in quarters from
 * today's quarter (next quarter's proposals stay next quarter's), where moving its last day could
 * skip a quarter near a quarter's end.
 */
function shiftPath(calendar: DemoCalendar, path: string): string {
  const investments = /^\.delivery\/investments\/(\d{4})-Q([1-4])\.yaml$/.exec(path);
  if (!investments) return shiftText(calendar, path);
  const index = (quarter: string) => Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1;
  const moved =
    index(`${investments[1]}-Q${investments[2]}`) - index(quarterOf(FIXTURE_TODAY)) + index(quarterOf(calendar.today));
  return `.delivery/investments/${Math.floor(moved / 4)}-Q${(moved % 4) + 1}.yaml`;
}

function readTree(root: string, dir = root): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const [k, v] of readTree(root, path)) files.set(k, v);
    else files.set(relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8'));
  }
  return files;
}

/** The plan on 1 October: no statuses yet, payments committed for October, ledger still on track. */
function initialPlan(files: Map<string, string>): FileChanges {
  const plan: FileChanges = {};
  for (const [path, text] of files) {
    if (path.startsWith('status/') || path.startsWith('updates/') || path.startsWith('reviews/')) continue;
    let initial = text;
    if (path === 'initiatives/payments-revamp.yaml')
      initial = setKey(setKey(text, 'target', '2026-10'), 'status', 'on-track');
    if (path === 'initiatives/ledger-migration.yaml') initial = setKey(text, 'status', 'on-track');
    plan[`.delivery/${path}`] = outcomeOn(path, initial, '2026-10-01');
  }
  return plan;
}

function planEdit(
  repo: GitRepo,
  calendar: DemoCalendar,
  files: Map<string, string>,
  edit: PlanEdit,
  date: string,
): void {
  const final = files.get(edit.file);
  if (final === undefined) return;
  const text = outcomeOn(edit.file, edit.edit(final), edit.day);
  repo.commit(edit.subject, shifted(calendar, { [`.delivery/${edit.file}`]: text }), { date });
}

/** The plan edit a file stood at on `day` (the latest by then), so a measurement keeps the rest of the file as it was. */
function editOn(file: string, day: string): PlanEdit['edit'] {
  return PLAN_EDITS.filter((e) => e.file === file && e.day <= day).at(-1)?.edit ?? ((t) => t);
}

/** The file with the outcome it had on `day`: the last measurement committed by then. */
function outcomeOn(path: string, text: string, day: string): string {
  const last = MEASUREMENTS[path]?.filter((m) => m.day <= day).at(-1);
  if (!last) return text;
  return text
    .replace(/^ {2}current:.*$/m, `  current: ${last.current}`)
    .replace(/^ {2}measured:.*$/m, `  measured: ${last.measured}`);
}

function statusCommit(
  repo: GitRepo,
  calendar: DemoCalendar,
  files: Map<string, string>,
  week: string,
  date: string,
): void {
  const text = files.get(`status/${week}.yaml`);
  if (text !== undefined)
    repo.commit(
      `Weekly status ${shiftText(calendar, week)}`,
      shifted(calendar, { [`.delivery/status/${week}.yaml`]: text }),
      { date },
    );
}

/** `date` is when the work lands; its branch commit is an hour earlier. */
function ship(repo: GitRepo, work: Work, pr: number, date: string): void {
  const changes = Object.fromEntries(work.files.map((file) => [file, `// ${work.kind} ${pr}\n`]));
  if (work.kind === 'direct') {
    repo.commit(work.subject, changes, { date, ...(work.trailer ? { trailers: { Initiative: work.trailer } } : {}) });
    return;
  }
  const branch = work.kind === 'merge' ? work.branch : `pr-${pr}`;
  repo.branch(branch);
  repo.commit(work.kind === 'merge' ? work.title : work.subject, changes, { date: anHourBefore(date) });
  repo.checkout('main');
  if (work.kind === 'merge') repo.mergeNoFf(branch, { pr, owner: 'acme', body: work.title, date });
  else repo.squash(branch, `${work.subject} (#${pr})`, { date });
}

/** Replaces a top-level `key: value` line. */
function setKey(text: string, key: string, value: string): string {
  return text.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`);
}

/** The same wall-clock time written an hour earlier (hours start at 10, so the day never changes). */
function anHourBefore(date: string): string {
  const hour = Number(date.slice(11, 13)) - 1;
  return `${date.slice(0, 11)}${String(hour).padStart(2, '0')}${date.slice(13)}`;
}
