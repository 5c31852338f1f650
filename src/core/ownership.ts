// Which initiatives still lack one accountable person, judged as the owner rules judge it, but
// whatever config.yaml sets those rules to: the walkthrough's step and Set Owner's list read it.
import type { Initiative } from './model';
import { checkOwner } from './person';

export function needsOwner(initiative: Initiative): boolean {
  return !initiative.owner || !checkOwner(initiative.owner.value).ok;
}

/** True once there is a plan and every initiative in it names one person. */
export function everyOwnerNamed(initiatives: readonly Initiative[]): boolean {
  return initiatives.length > 0 && !initiatives.some(needsOwner);
}

/** Initiatives that need an owner first, each group in the order given. */
export function ownerlessFirst<T extends Initiative>(initiatives: readonly T[]): T[] {
  return [...initiatives.filter(needsOwner), ...initiatives.filter((i) => !needsOwner(i))];
}
