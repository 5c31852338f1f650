// The director's update: many teams' weekly updates of one window, read together. Exec-first:
// the decisions owed across teams, the initiatives off track or at risk (worst first), each team's
// headline, what shipped by team and initiative, and the signals that fire anywhere. A change two
// teams' plans both map is counted once.
import { DeliveryError } from '../errors';
import type { InitiativeStatus, IsoDate } from '../model';
import { toldAsOf } from '../reports/toldAsOf';
import type { DecisionItem, WeeklyUpdate } from '../reports/weekly';

export interface TeamUpdate {
  /** Where the update came from (a folder or a file), for messages. */
  source: string;
  update: WeeklyUpdate;
}

export interface MissingTeam {
  source: string;
  reason: string;
}

export interface RollupShipped {
  sha: string;
  title: string;
  pr: number | null;
  url: string | null;
  /** The sibling repository (the team's config.yaml `repos:`) it landed in; absent for the plan's own. */
  repo?: string;
}

export interface Rollup {
  report: 'rollup';
  /** `timeZone` is the one zone every team reads its days in, or null when theirs differ (see `teams[].timeZone`). */
  window: Omit<WeeklyUpdate['window'], 'timeZone'> & { timeZone: string | null };
  /** The day the roll-up is told as of: the day asked, or the window's last day when that is earlier. */
  asOf: IsoDate;
  /** Each team's days are read in its own time zone (its config.yaml's). */
  teams: {
    team: string;
    source: string;
    timeZone: string;
    headline: WeeklyUpdate['headline'];
    shippedCount: number;
    /** Its Other work: changes that mapped to none of its initiatives. */
    otherCount: number;
    /** Its update's notes (git, plan, sibling repositories): why its figures may not be the whole story. */
    notes: string[];
  }[];
  /** Inputs that could not be read: the roll-up of the others stands, with these named. */
  missing: MissingTeam[];
  initiatives: {
    team: string;
    id: string;
    title: string;
    owner: string | null;
    status: InitiativeStatus;
    target: string | null;
    shipped: RollupShipped[];
  }[];
  /** Each team's decisions owed, as its weekly update tells them; overdue as of the roll-up's `asOf`. */
  decisions: (DecisionItem & { team: string })[];
  signals: { team: string; code: string; title: string; summary: string }[];
  /** Distinct changes across every team (one mapped by two teams counts once). */
  shippedCount: number;
  /** Distinct Other work across every team, less any change another team mapped to an initiative. */
  otherCount: number;
}

/**
 * Each team's name: the plan's `team`, else where its update came from; two teams of one name are
 * told apart by where each came from, since the roll-up groups shipped work and decisions by name.
 */
function teamNames(inputs: readonly TeamUpdate[]): Map<TeamUpdate, string> {
  const plain = (input: TeamUpdate) => input.update.team ?? input.source;
  const count = new Map<string, number>();
  for (const input of inputs) count.set(plain(input), (count.get(plain(input)) ?? 0) + 1);
  return new Map(
    inputs.map((input) => {
      const name = plain(input);
      return [input, count.get(name)! > 1 && name !== input.source ? `${name} (${input.source})` : name];
    }),
  );
}

/** A team's figures from the files alone, an older plan or without a sibling: the director must see it as the team does. */
function teamNotes(update: WeeklyUpdate): string[] {
  // `repos` is absent from updates written before sibling repositories were read.
  const notes = [update.git.note, update.plan.note, ...(update.repos ?? []).map((repo) => repo.note)];
  return notes.filter((note): note is string => !!note);
}

/** The teams' one time zone, or null when they differ: the first team's would tell the others' days wrongly. */
function commonZone(inputs: readonly TeamUpdate[]): string | null {
  const zones = new Set(inputs.map((input) => input.update.window.timeZone));
  return zones.size === 1 ? [...zones][0] : null;
}

/** All inputs must tell the same window: a roll-up of different weeks would add apples to oranges. */
export function checkSameWindow(inputs: readonly TeamUpdate[]): void {
  const [first, ...rest] = inputs;
  if (!first) return;
  const key = (u: WeeklyUpdate) => `${u.window.since}…${u.window.until}`;
  const odd = rest.find((input) => key(input.update) !== key(first.update));
  if (odd) {
    throw new DeliveryError(
      `${odd.source} covers ${odd.update.window.since} to ${odd.update.window.until}, but ${first.source} covers ${first.update.window.since} to ${first.update.window.until}.`,
      'Roll up updates of one window: regenerate the odd one with the same --week (or --since and --until).',
    );
  }
}

const SEVERITY: Partial<Record<InitiativeStatus, number>> = { 'off-track': 0, 'at-risk': 1 };

export function buildRollup(inputs: readonly TeamUpdate[], missing: readonly MissingTeam[], asked: IsoDate): Rollup {
  checkSameWindow(inputs);
  if (inputs.length === 0)
    throw new DeliveryError('No team update could be read.', 'Check the files and folders named above.');
  const window = inputs[0].update.window;
  // Told as each team's update of the window is, so a past week's roll-up reads the same on any day.
  const asOf = toldAsOf(asked, window);
  const names = teamNames(inputs);
  const teamName = (input: TeamUpdate) => names.get(input)!;
  const shas = new Set<string>();
  const initiatives = inputs.flatMap((input) =>
    input.update.initiatives.map((i) => {
      for (const item of i.shipped) shas.add(item.sha);
      return {
        team: teamName(input),
        id: i.id,
        title: i.title,
        owner: i.owner,
        status: i.status,
        target: i.target,
        shipped: i.shipped.map(({ sha, title, pr, url, repo }) => ({ sha, title, pr, url, ...(repo ? { repo } : {}) })),
      };
    }),
  );
  const decisions = inputs
    .flatMap((input) => input.update.decisions.map((d) => ({ team: teamName(input), ...pick(d, asOf) })))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        (a.by ?? '9999').localeCompare(b.by ?? '9999') ||
        a.team.localeCompare(b.team),
    );
  return {
    report: 'rollup',
    window: { ...window, timeZone: commonZone(inputs) },
    asOf,
    teams: inputs.map((input) => ({
      team: teamName(input),
      source: input.source,
      timeZone: input.update.window.timeZone,
      headline: input.update.headline,
      shippedCount: input.update.shippedCount,
      otherCount: input.update.otherCount,
      notes: teamNotes(input.update),
    })),
    missing: [...missing],
    initiatives,
    decisions,
    signals: inputs.flatMap((input) =>
      input.update.signals
        .filter((s) => s.fires)
        .map((s) => ({ team: teamName(input), code: s.code, title: s.title, summary: s.summary })),
    ),
    shippedCount: shas.size,
    otherCount: new Set(
      inputs.flatMap((input) => input.update.other.map((item) => item.sha)).filter((sha) => !shas.has(sha)),
    ).size,
  };
}

/** A decision as the roll-up tells it: overdue judged on the roll-up's day, since a team's file may be of an earlier one. */
function pick(d: WeeklyUpdate['decisions'][number], asOf: IsoDate) {
  return {
    initiative: d.initiative,
    initiativeTitle: d.initiativeTitle,
    owner: d.owner,
    decision: d.decision,
    by: d.by,
    overdue: d.by !== null && d.by < asOf,
  };
}

/** Off track, then at risk, in team order: what a director reads first. */
export function needingAttention(rollup: Rollup): Rollup['initiatives'] {
  return rollup.initiatives
    .filter((i) => SEVERITY[i.status] !== undefined)
    .sort((a, b) => SEVERITY[a.status]! - SEVERITY[b.status]!);
}
