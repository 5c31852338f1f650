// Decides whether an owner names exactly one person: the sharpest rule of the format.
// A heuristic by design: it knows the shapes of teams, functions and lists, and trusts the rest.

import type { Person } from './model';

export type OwnerCheck = { ok: true; person: Person } | { ok: false; reason: string };

/** Longer than any person's name and address: such an owner is refused before any pattern runs on it. */
export const MAX_OWNER_LENGTH = 200;
// Each pattern below runs on one token or an anchored, bounded text: none can backtrack far.
const EMAIL = /^[^@]+@[^@]+\.[^@]+$/;
const BRACKETED_EMAIL = /^<([^<>\s@]+@[^<>\s@]+)>$/;

/** Words that name a group of people wherever they appear. */
const GROUP_WORDS = new Set([
  'team',
  'teams',
  'squad',
  'squads',
  'tribe',
  'guild',
  'chapter',
  'group',
  'crew',
  'department',
  'dept',
  'org',
  'organization',
  'organisation',
  'division',
  'unit',
  'pod',
  'committee',
  'board',
  'staff',
  'everyone',
  'everybody',
  'all',
  'nobody',
  'tbd',
  'tba',
  'n/a',
  'none',
  'unknown',
  'unassigned',
]);

/** Functions and areas: an owner made only of these words names a function, not a person. */
const FUNCTION_WORDS = new Set([
  'eng',
  'engineering',
  'engineers',
  'dev',
  'devs',
  'development',
  'developers',
  'backend',
  'back-end',
  'frontend',
  'front-end',
  'fullstack',
  'platform',
  'infra',
  'infrastructure',
  'ops',
  'devops',
  'sre',
  'qa',
  'quality',
  'security',
  'secops',
  'data',
  'analytics',
  'ml',
  'ai',
  'mobile',
  'ios',
  'android',
  'web',
  'design',
  'ux',
  'ui',
  'product',
  'pm',
  'marketing',
  'sales',
  'support',
  'legal',
  'finance',
  'hr',
  'people',
  'leadership',
  'management',
  'exec',
  'execs',
  'executives',
  'it',
  'core',
  'payments',
  'checkout',
  'growth',
  'api',
  'apis',
  'services',
  'operations',
  'research',
  'cto',
  'ceo',
  'cfo',
  'vp',
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

/** `Name <address>` (or `<address>` alone) split in two. */
function nameWithEmail(text: string): { name: string; email: string } | undefined {
  if (!text.endsWith('>')) return undefined;
  const open = text.lastIndexOf('<');
  const bracketed = open === -1 ? undefined : BRACKETED_EMAIL.exec(text.slice(open));
  return bracketed ? { name: text.slice(0, open).trim(), email: bracketed[1] } : undefined;
}

/** `ok` with the parsed person, or the reason the owner is not exactly one person. */
export function checkOwner(text: string): OwnerCheck {
  const trimmed = text.trim();
  if (!trimmed) return reject('the owner is empty');
  if (trimmed.length > MAX_OWNER_LENGTH)
    return reject(`"${trimmed.slice(0, 40)}…" is ${trimmed.length} characters long, more than a name and an address`);
  if (trimmed.split(/[\s<>,;]/).filter((token) => EMAIL.test(token)).length > 1)
    return reject(`"${trimmed}" holds several email addresses`);
  const withEmail = nameWithEmail(trimmed);
  if (withEmail) {
    const { name, email } = withEmail;
    if (!name) return { ok: true, person: { name: email, email } };
    return checkName(name) ?? { ok: true, person: { name, email } };
  }
  if (/^[^\s<>]+@[^\s<>]+$/.test(trimmed) && !trimmed.startsWith('@')) {
    return { ok: true, person: { name: trimmed, email: trimmed } };
  }
  return checkName(trimmed) ?? { ok: true, person: { name: trimmed } };
}
