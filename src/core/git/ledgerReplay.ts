// The slip ledger built by replaying the plan history one commit at a time: each tracked value
// that changed, each initiative that left the plan, and a renamed file's history kept under its
// new id (a rename is neither a new initiative nor a removed one).
import type { IsoDate, LedgerEntry, SlipLedger } from '../model';
import { LedgerPlaces } from './ledgerPlaces';
import { FIELDS, initiativeOfFile, isPlanFile, valuesIn, type Values } from './ledgerValues';
import type { FileVersion } from './patch';

/** The commit a change is dated and explained by. */
export interface Step {
  date: IsoDate;
  sha: string;
  reason?: string;
  /** The values stood before the history read began (see LedgerEntry.before). */
  starting?: boolean;
}

export class LedgerReplay {
  readonly ledger: SlipLedger = new Map();
  private readonly known = new Map<string, Values>();
  private readonly places = new LedgerPlaces();

  /** The files as they stood before the first commit replayed. */
  start(files: readonly FileVersion[], step: Step): void {
    for (const file of files) {
      const found = valuesIn(file.path, file.text ?? '');
      if (!found) continue;
      this.places.put(
        file.path,
        found.map(([id]) => id),
      );
      for (const [id, values] of found) this.remember(id, values, step);
    }
  }

  /** One commit's file versions; an initiative no file holds after it has left the plan. */
  commit(versions: readonly FileVersion[], step: Step): void {
    const left = new Set<string>();
    for (const version of versions) for (const id of this.file(version, step)) left.add(id);
    for (const id of left) if (!this.places.holds(id)) this.remove(id, step);
  }

  /** Replays one file version; returns the ids the file held before it. */
  private file(version: FileVersion, step: Step): string[] {
    const renamed = version.from === undefined ? undefined : this.rename(version.from, version.path);
    const held = this.places.take(version.from ?? version.path).map((id) => (id === renamed?.from ? renamed.to : id));
    const found =
      version.text !== undefined ? valuesIn(version.path, version.text) : version.before !== undefined ? [] : undefined;
    // Unreadable, or renamed without a change: the file holds what it held, where the plan is still read from it.
    if (!found) {
      this.places.put(version.path, isPlanFile(version.path) ? held : []);
      return held;
    }
    this.places.put(
      version.path,
      found.map(([id]) => id),
    );
    for (const [id, values] of found) this.remember(id, values, step);
    return held;
  }

  /** A one-initiative file renamed to another name carries its history to the new id. */
  private rename(fromPath: string, toPath: string): { from: string; to: string } | undefined {
    const [from, to] = [initiativeOfFile(fromPath), initiativeOfFile(toPath)];
    if (from === undefined || to === undefined || from === to) return undefined;
    const moved = this.ledger.get(from);
    if (moved) {
      this.ledger.delete(from);
      // Stable by date: an earlier stay of the new id in the plan keeps its place.
      this.ledger.set(
        to,
        [...(this.ledger.get(to) ?? []), ...moved].sort((a, b) => a.date.localeCompare(b.date)),
      );
    }
    const values = this.known.get(from);
    this.known.delete(from);
    if (values) this.known.set(to, values);
    return { from, to };
  }

  private remove(id: string, step: Step): void {
    const title = this.known.get(id)?.title;
    const entry: LedgerEntry = { date: step.date, sha: step.sha, field: 'removed' };
    if (step.reason !== undefined) entry.reason = step.reason;
    if (title !== undefined) entry.title = title;
    this.ledger.set(id, [...(this.ledger.get(id) ?? []), entry]);
    // Back in the plan later, it starts afresh: its first values are new again.
    this.known.delete(id);
  }

  private remember(id: string, values: Values, step: Step): void {
    const before = this.known.get(id) ?? {};
    const entries = this.ledger.get(id) ?? [];
    for (const field of FIELDS) {
      const to = values[field];
      // A new `measured` with the same value is a new measurement too.
      const remeasured = field === 'outcome' && values.measured !== undefined && values.measured !== before.measured;
      if (to === undefined || (to === before[field] && !remeasured)) continue;
      const entry: LedgerEntry = { date: step.date, sha: step.sha, field, to };
      if (before[field] !== undefined) entry.from = before[field];
      if (field === 'outcome' && values.measured !== undefined) entry.measured = values.measured;
      if (step.reason !== undefined) entry.reason = step.reason;
      if (step.starting) entry.before = true;
      entries.push(entry);
    }
    if (entries.length > 0) this.ledger.set(id, entries);
    this.known.set(id, { ...before, ...values });
  }
}
