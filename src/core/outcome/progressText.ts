// Progress toward an outcome's target in words, the same in the tree and the reports: past the
// target it is "reached", moving the wrong way it is "moved away", never a bare percentage that
// reads as a shortfall.

/** "50% of the way to 2.6%", "target 80 ms reached: 108% of the way", "moved away from 2.6%: -20% of the way". */
export function progressText(progress: number, target: string | undefined): string {
  const percent = Math.round(progress * 100);
  if (progress >= 1) return `target ${target} reached: ${percent}% of the way`;
  if (progress < 0) return `moved away from ${target}: ${percent}% of the way`;
  return `${percent}% of the way to ${target}`;
}
