// The sibling repositories of config.yaml's `repos:`, read for a report exactly like the plan's own
// (the same window, time zone, merge styles and trailers). One that cannot be read becomes a note
// ("payments-service: not read — …") and the report still completes; only a cancellation stops it.
import { GitError, isCancellation } from '../errors';
import { readRemoteLinks, type RemoteLinks } from '../git/remote';
import { branchTips } from '../git/available';
import { readShipped, type ShippedItem } from '../git/shipped';
import { allInOrder } from '../inOrder';
import type { Config, IsoDate } from '../model';
import { ownRepoName } from '../parse/repoNames';
import { locateSiblings, type SiblingPlace } from '../siblings';

/** One repository of a report, as its JSON tells it: the plan's own first, then the siblings in config order. */
export interface RepoRow {
  name: string;
  /** The ref whose history is read: the plan's `branch`, a sibling's `branch` or its HEAD. */
  branch: string;
  own: boolean;
  read: boolean;
  /** Why a sibling was not read; null when it was (or when no git ran at all: the git note says why). */
  note: string | null;
}

export interface SiblingReads {
  repos: RepoRow[];
  items: ShippedItem[];
  /** Each sibling's pull-request links, by name. */
  remotes: Map<string, RemoteLinks | undefined>;
}

type SiblingRead =
  { place: SiblingPlace; items: ShippedItem[]; remote?: RemoteLinks } | { place: SiblingPlace; note: string };

/** The siblings' shipped work of the window, read side by side; a sibling that fails is a note, not a failure. */
export async function readSiblings(
  root: string,
  config: Config,
  window: { since: IsoDate; until: IsoDate },
  signal?: AbortSignal,
): Promise<SiblingReads> {
  const places = siblingsOf(root, config);
  const reads = await Promise.all(places.map((place) => readSibling(place, window, config, signal)));
  return {
    repos: [
      ownRow(root, config, true),
      ...reads.map((read) => ({
        ...siblingRow(read.place, 'items' in read),
        note: 'note' in read ? read.note : null,
      })),
    ],
    items: reads.flatMap((read) => ('items' in read ? read.items : [])),
    remotes: new Map(reads.flatMap((read) => ('items' in read ? [[read.place.repo.name, read.remote]] : []))),
  };
}

/** The window's work of the plan's repository and its siblings, each change once: what the reports, the views and the form count. */
export interface TeamShipped extends SiblingReads {
  /** The plan's own items first, then each sibling's not seen before. */
  items: ShippedItem[];
}

/**
 * The window's shipped work of the whole team: the plan's repository (whose failure is the caller's
 * to tell) beside every sibling (whose failure is a note), read side by side.
 */
export async function readTeamShipped(
  root: string,
  config: Config,
  window: { since: IsoDate; until: IsoDate },
  signal?: AbortSignal,
): Promise<TeamShipped> {
  const [own, siblings] = await allInOrder([
    readShipped(root, window, { branch: config.branch, timeZone: config.timezone, signal }),
    readSiblings(root, config, window, signal),
  ] as const);
  return { ...siblings, items: withoutRepeats([...own, ...siblings.items]) };
}

/**
 * Where the siblings' branches point, one line each: the editor reads their work again only when
 * one moved. A sibling that cannot be read answers "unreadable", which changes when it becomes readable.
 */
export async function siblingTips(root: string, config: Config): Promise<string> {
  const places = siblingsOf(root, config);
  const tips = await Promise.all(
    places.map((place) =>
      place.unreadable ? 'unreadable' : branchTips(place.dir, branchOf(place)).catch(() => 'unreadable'),
    ),
  );
  return tips.join('\n');
}

/** The rows of a report made without git: every repository listed, none read. */
export function unreadRepos(root: string, config: Config): RepoRow[] {
  const places = siblingsOf(root, config);
  return [ownRow(root, config, false), ...places.map((place) => ({ ...siblingRow(place, false), note: null }))];
}

/** The plan's items, then each sibling's not seen before: a change that reached two repositories counts once. */
export function withoutRepeats(items: readonly ShippedItem[]): ShippedItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.sha)) return false;
    seen.add(item.sha);
    return true;
  });
}

async function readSibling(
  place: SiblingPlace,
  window: { since: IsoDate; until: IsoDate },
  config: Config,
  signal?: AbortSignal,
): Promise<SiblingRead> {
  const { name } = place.repo;
  if (place.unreadable) return { place, note: `${name}: not read — ${place.unreadable}.` };
  try {
    const [items, remote] = await Promise.all([
      readShipped(place.dir, window, { branch: branchOf(place), timeZone: config.timezone, signal }),
      readRemoteLinks(place.dir, { signal }),
    ]);
    return { place, items: items.map((item) => ({ ...item, repo: name })), ...(remote ? { remote } : {}) };
  } catch (error) {
    if (isCancellation(error) || !(error instanceof GitError)) throw error;
    return { place, note: `${name}: not read — ${error.message}` };
  }
}

/** The siblings to read: the plan's own repository listed under another path is read once, as the plan's. */
function siblingsOf(root: string, config: Config): SiblingPlace[] {
  return locateSiblings(root, config.repos).filter((place) => !place.own);
}

function branchOf(place: SiblingPlace): string {
  return place.repo.branch ?? 'HEAD';
}

function ownRow(root: string, config: Config, read: boolean): RepoRow {
  return { name: ownRepoName(root), branch: config.branch, own: true, read, note: null };
}

function siblingRow(place: SiblingPlace, read: boolean): Omit<RepoRow, 'note'> {
  return { name: place.repo.name, branch: branchOf(place), own: false, read };
}
