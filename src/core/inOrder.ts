// Side-by-side reads whose failure is told the same way every time.

type Values<T extends readonly unknown[]> = { -readonly [K in keyof T]: Awaited<T[K]> };

/**
 * Like Promise.all, but once every read has ended it rejects with the first failure in list
 * order, not in time: which message a user sees never depends on which process ended first.
 */
export async function allInOrder<T extends readonly unknown[]>(reads: T): Promise<Values<T>> {
  const settled = await Promise.allSettled(reads);
  for (const result of settled) if (result.status === 'rejected') throw result.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as Values<T>;
}
