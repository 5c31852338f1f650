// Builders for model objects, so tests state only the fields they are about.
import type {
  Config,
  DeliveryModel,
  Initiative,
  InitiativeStatus,
  Located,
  MatchRules,
  Range,
  WeeklyStatusFile,
} from '../../../src/core/model';
import { defaultConfig } from '../../../src/core/parse/config';

export const at: Range = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };

export function located<T>(value: T): Located<T> {
  return { value, range: at, keyRange: at };
}

export interface InitiativeSpec {
  id: string;
  title?: string;
  owner?: string;
  status?: InitiativeStatus;
  priority?: number;
  target?: { label: string; start: string; end: string };
  match?: Partial<MatchRules>;
  metric?: string;
  current?: string;
  measured?: string;
  baseline?: string;
  goal?: string;
  blockers?: { blocker: string; since: string; owner?: string }[];
  decisions?: { decision: string; by: string }[];
  risks?: { risk: string; impact: 'low' | 'medium' | 'high' }[];
  why?: string;
}

export function initiative(spec: InitiativeSpec): Initiative {
  return {
    id: spec.id,
    file: `.delivery/initiatives/${spec.id}.yaml`,
    range: at,
    idRange: at,
    title: located(spec.title ?? spec.id),
    ...(spec.owner ? { owner: located(spec.owner) } : {}),
    ...(spec.why ? { why: located(spec.why) } : {}),
    contributors: [],
    ...(spec.priority !== undefined ? { priority: located(spec.priority) } : {}),
    ...(spec.status ? { status: located(spec.status) } : {}),
    ...(spec.target
      ? { target: located(spec.target.label), interval: { kind: 'quarter' as const, ...spec.target } }
      : {}),
    risks: (spec.risks ?? []).map((r) => ({ risk: located(r.risk), impact: located(r.impact), range: at })),
    blockers: (spec.blockers ?? []).map((b) => ({
      blocker: located(b.blocker),
      since: located(b.since),
      ...(b.owner ? { owner: located(b.owner) } : {}),
      range: at,
    })),
    decisions: (spec.decisions ?? []).map((d) => ({ decision: located(d.decision), by: located(d.by), range: at })),
    ...(spec.metric
      ? {
          outcome: {
            metric: located(spec.metric),
            ...(spec.current ? { current: located(spec.current) } : {}),
            ...(spec.measured ? { measured: located(spec.measured) } : {}),
            ...(spec.baseline ? { baseline: located(spec.baseline) } : {}),
            ...(spec.goal ? { target: located(spec.goal) } : {}),
            range: at,
          },
        }
      : {}),
    match: { paths: [], branches: [], scopes: [], keywords: [], ...spec.match },
  };
}

export function config(overrides: Partial<Config> = {}): Config {
  return { ...defaultConfig(), ...overrides };
}

export function status(week: string, backlog?: number): WeeklyStatusFile {
  return {
    file: `.delivery/status/${week}.yaml`,
    week,
    ...(backlog !== undefined ? { backlog: located(backlog) } : {}),
    initiatives: [],
  };
}

export function model(initiatives: Initiative[], statuses: WeeklyStatusFile[] = [], root = '/nowhere'): DeliveryModel {
  return { root, config: config(), initiatives, statuses, problems: [] };
}
