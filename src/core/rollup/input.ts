// One team's weekly update as the roll-up reads it: the JSON written by
// `delivery-rhythm update --format json` (often an artifact of that team's CI), checked before
// anything of it is believed. A file too large, not JSON, of another shape or version is refused
// with its name and the reason; the roll-up goes on without that team.
import { isIsoDate } from '../dates';
import { type Check, list as listOf, record } from '../guard';
import { STATUSES } from '../model';
import { WEEKLY_UPDATE_VERSION as UPDATE_VERSION, type WeeklyUpdate } from '../reports/weekly';
/** A week of one team's update is tens of kilobytes; far above that is not an update. */
export const MAX_UPDATE_BYTES = 8 * 1024 * 1024;
const MAX_ITEMS = 20_000;
const MAX_TEXT = 20_000;

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

const text: Check = (v, at) => (typeof v === 'string' && v.length <= MAX_TEXT ? undefined : `${at} must be text`);
const textOrNull: Check = (v, at) => (v === null ? undefined : text(v, at));
const date: Check = (v, at) =>
  typeof v === 'string' && isIsoDate(v) ? undefined : `${at} must be a date like 2026-11-25`;
const dateOrNull: Check = (v, at) => (v === null ? undefined : date(v, at));
const count: Check = (v, at) =>
  Number.isSafeInteger(v) && (v as number) >= 0 ? undefined : `${at} must be a whole number`;
const bool: Check = (v, at) => (typeof v === 'boolean' ? undefined : `${at} must be true or false`);
const status: Check = (v, at) =>
  (STATUSES as readonly unknown[]).includes(v) ? undefined : `${at} must be one of ${STATUSES.join(', ')}`;
const sha: Check = (v, at) =>
  typeof v === 'string' && /^[0-9a-f]{7,64}$/.test(v) ? undefined : `${at} must be a commit id`;

const list = (item: Check): Check => listOf(item, MAX_ITEMS);

/** The parts of an update the roll-up reads; others may be there and are ignored. */
const UPDATE = record({
  report: (v, at) =>
    v === 'weekly-update' ? undefined : `${at} must be "weekly-update" (this is ${JSON.stringify(v)})`,
  version: (v, at) =>
    v === UPDATE_VERSION
      ? undefined
      : `${at} is ${JSON.stringify(v)}, this roll-up reads version ${UPDATE_VERSION}: regenerate it with this release's \`delivery-rhythm update --format json\``,
  team: textOrNull,
  window: record({ since: date, until: date, week: textOrNull, timeZone: text }),
  asOf: date,
  // The notes that say a team's figures come from the files alone, an older plan or without a sibling repository.
  git: record({ note: textOrNull }),
  plan: record({ note: textOrNull }),
  // Absent from updates written before sibling repositories were read.
  repos: (v, at) => (v === undefined ? undefined : list(record({ note: textOrNull }))(v, at)),
  headline: record({ text: textOrNull, onTrack: count, atRisk: count, offTrack: count, decisionsNeeded: count }),
  shippedCount: count,
  otherCount: count,
  other: list(record({ sha })),
  initiatives: list(
    record({
      id: text,
      title: text,
      owner: textOrNull,
      status,
      target: textOrNull,
      shipped: list(
        record({
          sha,
          title: text,
          pr: (v, at) => (v === null ? undefined : count(v, at)),
          url: textOrNull,
          // Only a sibling repository's change names its repository.
          repo: (v, at) => (v === undefined ? undefined : text(v, at)),
        }),
      ),
    }),
  ),
  decisions: list(
    record({
      initiative: text,
      initiativeTitle: text,
      owner: textOrNull,
      decision: text,
      by: dateOrNull,
      overdue: bool,
    }),
  ),
  signals: list(record({ code: text, title: text, fires: bool, summary: text })),
});

/** Reads one update's text: the update, or why it is refused. */
export function readUpdateJson(text: string): Read<WeeklyUpdate> {
  if (Buffer.byteLength(text, 'utf8') > MAX_UPDATE_BYTES)
    return { ok: false, reason: `larger than ${MAX_UPDATE_BYTES / 1024 / 1024} MiB, which no weekly update is` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON (${(error as Error).message})` };
  }
  const problem = UPDATE(data, 'update');
  return problem ? { ok: false, reason: problem } : { ok: true, value: data as WeeklyUpdate };
}
