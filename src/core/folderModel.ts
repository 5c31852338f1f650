// What the editor knows about one `.delivery/` folder, kept current without vscode: each file's
// parse (a reload re-parses only what changed) and the git facts, read again only when HEAD or the
// branch moved, the week turned or the time zone changed; the plan history then only from the
// commits HEAD gained.
import { DeliveryFolderCache } from './cache';
import { isoWeekOf, weekRange } from './dates';
import { branchTips } from './git/available';
import { LedgerFollower } from './git/ledgerFollower';
import type { ShippedItem } from './git/shipped';
import { allInOrder } from './inOrder';
import { mapShipped } from './mapping';
import type { DeliveryModel, Finding, IsoDate, SlipLedger } from './model';
import { ownRepoName } from './parse/repoNames';
import { readTeamShipped, siblingTips } from './reports/repos';
import { lint } from './rules/index';

export interface GitFacts {
  ledger: SlipLedger;
  week: string;
  shipped: Map<string, ShippedItem[]>;
}

export interface FolderFacts {
  model: DeliveryModel;
  findings: Finding[];
  asOf: IsoDate;
  /** Present only when git may run and could be read. */
  git?: GitFacts;
}

interface RawGit {
  ledger: SlipLedger;
  items: ShippedItem[];
}

export class FolderModel {
  /** Each file's text and parse, for `loadDeliveryFolder`. */
  readonly files = new DeliveryFolderCache();
  private readonly ledger = new LedgerFollower();
  private git?: { key: string; read: Promise<RawGit | undefined> };
  /** The git ranges the last reads walked (see LedgerFollower), for tests and the benchmark. */
  readonly ledgerReads: string[] = [];

  /** `onGitError` hears once of each git read that failed; the facts then come without git. */
  constructor(private readonly onGitError: (error: unknown) => void = () => undefined) {}

  /** Findings and git facts of a freshly loaded model; `gitRoot` only where git may run. */
  async facts(model: DeliveryModel, asOf: IsoDate, gitRoot?: string): Promise<FolderFacts> {
    const raw = gitRoot === undefined ? undefined : await this.readGit(gitRoot, model, isoWeekOf(asOf));
    const git = raw && {
      ledger: raw.ledger,
      week: isoWeekOf(asOf),
      shipped: mapShipped(raw.items, model.initiatives, ownRepoName(model.root)).byInitiative,
    };
    return {
      model,
      asOf,
      findings: lint(model, { asOf, ...(raw ? { ledger: raw.ledger } : {}) }),
      ...(git ? { git } : {}),
    };
  }

  /** Forgets every file and git fact, so the next reload reads them again; the plan history under a commit never changes, so it is kept. */
  forget(): void {
    this.files.keepOnly(new Set());
    this.git = undefined;
  }

  /** Git facts depend on the commits, not on the files being edited: one `rev-parse` tells whether they moved. */
  private async readGit(root: string, model: DeliveryModel, week: string): Promise<RawGit | undefined> {
    const { branch, timezone } = model.config;
    // The siblings' branches too: their work is counted with the plan's own.
    const [tips, siblings] = await Promise.all([
      branchTips(root, branch).catch(() => 'unreadable'),
      siblingTips(root, model.config),
    ]);
    const key = [week, timezone, branch, tips, siblings].join('\n');
    // A failed read is kept too, so typing in a folder whose git cannot be read does not retry git.
    if (this.git?.key !== key) this.git = { key, read: this.freshGit(root, model, week) };
    return this.git.read;
  }

  private async freshGit(root: string, model: DeliveryModel, week: string): Promise<RawGit | undefined> {
    const { start, end } = weekRange(week);
    this.ledgerReads.length = 0;
    try {
      const [ledger, items] = await allInOrder([
        this.ledger.read(root, model.config.timezone, {}, this.ledgerReads),
        readTeamShipped(root, model.config, { since: start, until: end }),
      ] as const);
      return { ledger, items: items.items };
    } catch (error) {
      this.onGitError(error);
      return undefined;
    }
  }
}
