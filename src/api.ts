// What activate() returns: the tree providers and a few hooks the integration tests drive.
import type * as vscode from 'vscode';
import type { IsoDate } from './core/model';
import type { CadenceStatus } from './statusBar';
import type { BlockersProvider } from './tree/blockersTree';
import type { DebtProvider } from './tree/debtTree';
import type { InitiativesProvider } from './tree/initiativesTree';

export interface DeliveryRhythmApi {
  initiatives: InitiativesProvider;
  blockers: BlockersProvider;
  debt: DebtProvider;
  cadence: CadenceStatus;
  /** Milliseconds spent in activate(), also logged as "activated in … ms". */
  activationMs: number;
  /** The folder where VS Code keeps this extension's logs, the "Delivery Rhythm" channel among them. */
  logUri: vscode.Uri;
  /** Resolves once no reload of the .delivery models is scheduled or running. */
  idle(): Promise<void>;
  /** Test hook: fixes "today" for date rules and windows (undefined: the real date). */
  setAsOf(date: IsoDate | undefined): Promise<void>;
  /** How many times a git read passed the trust gate since activation. */
  gitRuns(): number;
}
