// How the Initiatives tree groups and orders initiatives; pure so it is tested in plain Node.
import { HEALTH_LABELS, type Initiative, type InitiativeStatus } from '../model';

export const GROUP_BYS = ['health', 'owner', 'roadmap'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export interface Group {
  key: string;
  label: string;
  initiatives: Initiative[];
}

/** Health groups in the order an executive reads them. */
const HEALTH_ORDER: readonly InitiativeStatus[] = [
  'on-track',
  'at-risk',
  'off-track',
  'not-started',
  'paused',
  'done',
  'cancelled',
];

const NO_OWNER_LABEL = 'No owner';
const NO_ROADMAP_LABEL = 'No roadmap item';

/** An initiative without a valid status has not started as far as the plan says. */
export function healthOf(initiative: Initiative): InitiativeStatus {
  return initiative.status?.value ?? 'not-started';
}

/** Priority 1 first; no priority last; ties by title, then id, so the order is stable. */
export function comparePriority(a: Initiative, b: Initiative): number {
  const pa = a.priority?.value ?? Number.POSITIVE_INFINITY;
  const pb = b.priority?.value ?? Number.POSITIVE_INFINITY;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return titleOf(a).localeCompare(titleOf(b)) || a.id.localeCompare(b.id);
}

export function titleOf(initiative: Initiative): string {
  const title = initiative.title?.value.trim();
  return title ? title : initiative.id;
}

/** `health` gives each initiative's health for the health groups (the week's, see health.ts). */
export function groupInitiatives(
  initiatives: readonly Initiative[],
  by: GroupBy,
  health: (initiative: Initiative) => InitiativeStatus = healthOf,
): Group[] {
  const groups = new Map<string, Group>();
  for (const initiative of initiatives) {
    const { key, label } = groupKey(initiative, by, health);
    const group = groups.get(key) ?? { key, label, initiatives: [] };
    group.initiatives.push(initiative);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.initiatives.sort(comparePriority);
  return [...groups.values()].sort(compareGroups(by));
}

function groupKey(
  initiative: Initiative,
  by: GroupBy,
  healthOfInitiative: (initiative: Initiative) => InitiativeStatus,
): { key: string; label: string } {
  if (by === 'health') {
    const health = healthOfInitiative(initiative);
    return { key: health, label: HEALTH_LABELS[health] };
  }
  const raw = (by === 'owner' ? initiative.owner?.value : initiative.roadmap?.value)?.trim();
  if (raw) return { key: `${by}:${raw.toLowerCase()}`, label: raw };
  return { key: `${by}:`, label: by === 'owner' ? NO_OWNER_LABEL : NO_ROADMAP_LABEL };
}

function compareGroups(by: GroupBy): (a: Group, b: Group) => number {
  if (by === 'health') {
    return (a, b) => HEALTH_ORDER.indexOf(a.key as InitiativeStatus) - HEALTH_ORDER.indexOf(b.key as InitiativeStatus);
  }
  // The empty group ("No owner") comes first: it is the one that needs attention.
  return (a, b) => {
    const emptyA = a.key.endsWith(':');
    const emptyB = b.key.endsWith(':');
    if (emptyA !== emptyB) return emptyA ? -1 : 1;
    return a.label.localeCompare(b.label);
  };
}
