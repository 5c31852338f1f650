// The middle value of a benchmark's runs: steadier than the mean when one run is disturbed.

export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
