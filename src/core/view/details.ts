// The words the trees show for one initiative: description, target with its slips, main risk, outcome.
import type { Impact, Initiative, IsoDate, LedgerEntry, Risk } from '../model';
import { ageOf, measurementsOf, progressTo } from '../outcome/measurements';
import { progressText } from '../outcome/progressText';

const IMPACT_RANK: Record<Impact, number> = { high: 0, medium: 1, low: 2 };

/** The target as the author wrote it, or undefined when there is none. */
export function targetText(initiative: Initiative): string | undefined {
  if (initiative.interval) return initiative.interval.label;
  const raw = initiative.target?.value;
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return raw.trim() || undefined;
  return `${raw.start ?? '?'} – ${raw.end ?? '?'}`;
}

/** "2026-Q4 (was 2026-Q3)": earlier targets from the file's history, oldest first. */
export function targetWithSlips(initiative: Initiative, history: readonly LedgerEntry[] = []): string | undefined {
  const current = targetText(initiative);
  if (current === undefined) return undefined;
  const earlier: string[] = [];
  for (const entry of history) {
    if (entry.field !== 'target' || !entry.from) continue;
    if (entry.from !== current && !earlier.includes(entry.from)) earlier.push(entry.from);
  }
  return earlier.length ? `${current} (was ${earlier.join(', ')})` : current;
}

/** The row description: "Dana Kim · 2026-Q4", with gaps named so they stand out. */
export function describeInitiative(initiative: Initiative): string {
  const owner = ownerName(initiative.owner?.value) ?? 'no owner';
  return `${owner} · ${targetText(initiative) ?? 'no target'}`;
}

/** "Dana Kim <dana@acme.io>" reads as "Dana Kim" in a narrow tree row. */
export function ownerName(owner: string | undefined): string | undefined {
  const trimmed = owner?.replace(/<[^>]*>/, '').trim();
  return trimmed ? trimmed : undefined;
}

/** 0 for a high impact, then medium, low, and last none given: for lists worst first. */
export function impactRank(impact: Impact | null | undefined): number {
  return impact ? IMPACT_RANK[impact] : 3;
}

/** The risk with the highest impact; among equals, the first written. */
export function mainRisk(initiative: Initiative): Risk | undefined {
  const rank = (risk: Risk) => impactRank(risk.impact?.value);
  return initiative.risks
    .filter((risk) => risk.risk?.value.trim())
    .reduce<Risk | undefined>((best, risk) => (!best || rank(risk) < rank(best) ? risk : best), undefined);
}

export function riskText(risk: Risk): string {
  const impact = risk.impact ? ` (${risk.impact.value})` : '';
  return `${risk.risk?.value ?? 'unnamed risk'}${impact}`;
}

/** "2.35% · 50% of the way to 2.6% · measured 12 days ago" ("recorded" when only a commit dates it); "not measured" when nothing was. */
export function outcomeLine(
  initiative: Initiative,
  history: readonly LedgerEntry[] | undefined,
  asOf: IsoDate,
): string | undefined {
  const outcome = initiative.outcome;
  if (!outcome?.metric && !outcome?.current) return undefined;
  const metric = outcome.metric ? `${outcome.metric.value}: ` : '';
  const last = measurementsOf(initiative, history, asOf).at(-1);
  if (!last) return `${metric}not measured${outcome.target ? ` (target ${outcome.target.value})` : ''}`;
  const progress = progressTo(initiative, last);
  const way = progress === null ? '' : ` · ${progressText(progress, outcome.target?.value)}`;
  const age = ageOf(last, asOf);
  // Without `measured`, the day is the commit's that wrote the value: it was recorded then, measured on or before.
  const verb = last.dated === 'measured' ? 'measured' : 'recorded';
  const when =
    age === null ? 'day unknown' : `${verb} ${age === 0 ? 'today' : `${age} day${age === 1 ? '' : 's'} ago`}`;
  return `${metric}${last.value}${way} · ${when}`;
}
