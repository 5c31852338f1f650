// Decides whether an owner names exactly one person: the sharpest rule of the format.
// A heuristic by design: it knows the shapes of teams, functions and lists, and trusts the rest.

import type { Person } from './model';

export type OwnerCheck = { ok: true; person: Person } | { ok: false; reason: string };

const EMAIL = /[^\s<>@,;]+@[^\s<>@,;]+\.[^\s<>@,;]+/g;
const NAME_WITH_EMAIL = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/;

/** Words that name a group of people wherever they appear. */
const GROUP_WORDS = new Set([
  'team', 'teams', 'squad', 'squads', 'tribe', 'guild', 'chapter', 'group', 'crew', 'department', 'dept',
  'org', 'organization', 'organisation', 'division', 'unit', 'pod', 'committee', 'board', 'staff',
  'everyone', 'everybody', 'all', 'nobody', 'tbd', 'tba', 'n/a', 'none', 'unknown', 'unassigned',
]);

/** Functions and areas: an owner made only of these words names a function, not a person. */
const FUNCTION_WORDS = new Set([
  'eng', 'engineering', 'engineers', 'dev', 'devs', 'development', 'developers', 'backend', 'back-end',
  'frontend', 'front-end', 'fullstack', 'platform', 'infra', 'infrastructure', 'ops', 'devops', 'sre',
  'qa', 'quality', 'security', 'secops', 'data', 'analytics', 'ml', 'ai', 'mobile', 'ios', 'android',
  'web', 'design', 'ux', 'ui', 'product', 'pm', 'marketing', 'sales', 'support', 'legal', 'finance',
  'hr', 'people', 'leadership', 'management', 'exec', 'execs', 'executives', 'it', 'core', 'payments',
  'checkout', 'growth', 'api', 'apis', 'services', 'operations', 'research', 'cto', 'ceo', 'cfo', 'vp',
]);

const CONJUNCTIONS = /\S\s+(and|or|und|plus)\s+\S/i;
const SEPARATORS = /[,;&+|/\\]|\s-\s/;

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

function reject(reason: string): OwnerCheck {
  return { ok: false, reason };
}

function checkName(name: string): OwnerCheck | undefined {
  if (name.startsWith('@')) return reject(`"${name}" is a handle of a team or group`);
  if (SEPARATORS.test(name) || CONJUNCTIONS.test(name)) return reject(`"${name}" names several people`);
  if (!/\p{L}/u.test(name)) return reject(`"${name}" is not a name`);
  const ws = words(name);
  const group = ws.find((w) => GROUP_WORDS.has(w));
  if (group) return reject(`"${name}" names a group ("${group}")`);
  if (ws.every((w) => FUNCTION_WORDS.has(w))) return reject(`"${name}" names a function or area, not a person`);
  return undefined;
}

/** `ok` with the parsed person, or the reason the owner is not exactly one person. */
export function checkOwner(text: string): OwnerCheck {
  const trimmed = text.trim();
  if (!trimmed) return reject('the owner is empty');
  if ((trimmed.match(EMAIL) ?? []).length > 1) return reject(`"${trimmed}" holds several email addresses`);
  const withEmail = NAME_WITH_EMAIL.exec(trimmed);
  if (withEmail) {
    const name = withEmail[1].trim();
    if (!name) return { ok: true, person: { name: withEmail[2], email: withEmail[2] } };
    return checkName(name) ?? { ok: true, person: { name, email: withEmail[2] } };
  }
  if (/^[^\s<>]+@[^\s<>]+$/.test(trimmed) && !trimmed.startsWith('@')) {
    return { ok: true, person: { name: trimmed, email: trimmed } };
  }
  return checkName(trimmed) ?? { ok: true, person: { name: trimmed } };
}
