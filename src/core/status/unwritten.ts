// What a save leaves unwritten in the initiative files while it saves everything else: a card's
// measurement, or its health copied into the initiative file, for an initiative the plan no longer has.
// The lead is told which card and why; the rest of the draft is never held back for it.

export interface Unwritten {
  id: string;
  /** The card's measurement, or its health copied into the initiative file (the week's status keeps it). */
  kind: 'measurement' | 'health';
  /** Why, to follow "was not written: ". */
  reason: string;
}

export const NOT_IN_PLAN = 'the initiative is no longer in the plan (removed or renamed since the form opened)';

export function fileGone(file: string): string {
  return `${file} no longer exists`;
}

/** One sentence per card, naming it by `titleOf`; empty when everything was written. */
export function unwrittenText(items: readonly Unwritten[], titleOf: (id: string) => string): string {
  return items
    .map((item) =>
      item.kind === 'measurement'
        ? `The measurement on “${titleOf(item.id)}” was not written: ${item.reason}. It stays on its card; Revert shows the plan as it is now.`
        : `The health of “${titleOf(item.id)}” is in the week’s status but was not written into its initiative file: ${item.reason}.`,
    )
    .join(' ');
}
