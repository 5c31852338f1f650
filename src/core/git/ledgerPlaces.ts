// Which plan file holds each initiative while the slip ledger replays the history: an id that no
// file holds any more has left the plan, and one that moved to another file has not.

export class LedgerPlaces {
  private readonly held = new Map<string, string[]>();
  private readonly holders = new Map<string, number>();

  /** Empties `path`, returning the ids it held. */
  take(path: string): string[] {
    const ids = this.held.get(path) ?? [];
    this.held.delete(path);
    for (const id of ids) this.holders.set(id, (this.holders.get(id) ?? 1) - 1);
    return ids;
  }

  /** `path` now holds `ids` (whatever it held before). */
  put(path: string, ids: readonly string[]): void {
    this.take(path);
    if (ids.length === 0) return;
    this.held.set(path, [...ids]);
    for (const id of ids) this.holders.set(id, (this.holders.get(id) ?? 0) + 1);
  }

  /** Whether some file holds `id`. */
  holds(id: string): boolean {
    return (this.holders.get(id) ?? 0) > 0;
  }
}
