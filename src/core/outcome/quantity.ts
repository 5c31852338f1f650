// Outcome values as quantities: a number, an optional `k` or `M` multiplier and an optional unit
// (`2.1%`, `180 ms`, `120k EUR`). Arithmetic is done only when every value shares one unit.

export interface Quantity {
  value: number;
  /** The unit as written after the number, folded to lower case (`%`, `ms`, `eur`); empty when none. */
  unit: string;
}

/** Longer text is a sentence, not a figure: nothing is computed from it. */
const MAX_LENGTH = 60;
// No nested quantifiers: linear time on any input. The multiplier must stand alone (`5kg` is 5 of `kg`).
const QUANTITY = /^([-+]?(?:\d+(?:\.\d+)?|\.\d+))(?:([kM])(?![^\s]))?\s*([^\d\s][^\d]*)?$/;
const MULTIPLIERS: Record<string, number> = { k: 1e3, M: 1e6 };

/** The quantity a value states, or undefined when it is not a number with an optional unit. */
export function parseQuantity(text: string): Quantity | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LENGTH) return undefined;
  const match = QUANTITY.exec(trimmed);
  if (!match) return undefined;
  const [, number, multiplier, unit] = match;
  return {
    value: Number(number) * (multiplier ? MULTIPLIERS[multiplier] : 1),
    unit: (unit ?? '').trim().toLowerCase(),
  };
}

/**
 * How far `current` has come from `baseline` towards `target`: 0 at the baseline, 1 at the target,
 * negative when it moved the wrong way. Undefined unless all three are quantities of one unit and
 * the target differs from the baseline.
 */
export function progressOf(baseline: string, target: string, current: string): number | undefined {
  const [from, to, now] = [baseline, target, current].map(parseQuantity);
  if (!from || !to || !now || from.unit !== to.unit || now.unit !== from.unit || to.value === from.value)
    return undefined;
  return (now.value - from.value) / (to.value - from.value);
}
