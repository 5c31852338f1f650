// What a save leaves unwritten in the initiative files while it saves everything else: a card's
// measurement, or its health copied into the initiative file, for an initiative the plan no longer has;
// or a measurement that would replace one recorded in the file since the form opened.
// The lead is told which card and why; the rest of the draft is never held back for it.
import type { OutcomeReading } from './measurement';

export interface Unwritten {
  id: string;
  /** The card's measurement, or its health copied into the initiative file (the week's status keeps it). */
  kind: 'measurement' | 'health';
  /** Why, to follow "was not written: ". */
  reason: string;
  /** What the file's outcome says now, when it changed since the form opened (a teammate recorded a measurement). */
  now?: OutcomeReading;
}

export const NOT_IN_PLAN = 'the initiative is no longer in the plan (removed or renamed since the form opened)';

export function fileGone(file: string): string {
  return `${file} no longer exists`;
}

export function outcomeChanged(file: string, now: OutcomeReading): string {
  const day = now.measured ? `measured ${now.measured}` : 'with no day recorded';
  const said = now.current === '' ? 'no measurement' : `${now.current}, ${day}`;
  return `${file} changed since the form opened and now says ${said}`;
}

/** One sentence per card, naming it by `titleOf`; empty when everything was written. */
export function unwrittenText(items: readonly Unwritten[], titleOf: (id: string) => string): string {
  return items
    .map((item) =>
      item.kind === 'measurement'
        ? `The measurement on “${titleOf(item.id)}” was not written: ${item.reason}. ${
            item.now
              ? 'Yours stays on its card: if it is the newer one, save again to record it; if not, clear its value.'
              : 'It stays on its card; Revert shows the plan as it is now.'
          }`
        : `The health of “${titleOf(item.id)}” is in the week’s status but was not written into its initiative file: ${item.reason}.`,
    )
    .join(' ');
}
