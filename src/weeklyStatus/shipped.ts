// "Shipped this week" for the form: read from git only where git may run, otherwise a reason.
import * as vscode from 'vscode';
import { weekRange } from '../core/dates';
import type { ShippedItem } from '../core/git/shipped';
import { readableSubject } from '../core/git/subject';
import { mapShipped } from '../core/mapping';
import { ownRepoName } from '../core/parse/repoNames';
import { readTeamShipped } from '../core/reports/repos';
import type { ShippedEntry, ShippedReport } from '../core/protocol';
import { describeError } from '../log';
import { canRunGit, withGit } from '../trust';
import type { FolderState } from '../workspaceModel';

// The same readable title the reports show.
const entry = (item: ShippedItem): ShippedEntry => ({
  sha: item.sha,
  subject: readableSubject(item.title ?? item.subject),
  pr: item.pr,
});

function report(byInitiative: Map<string, ShippedItem[]>): ShippedReport {
  return {
    state: 'ready',
    byInitiative: Object.fromEntries([...byInitiative].map(([id, items]) => [id, items.map(entry)])),
  };
}

export async function shippedFor(state: FolderState, week: string): Promise<ShippedReport> {
  if (!canRunGit(state.folder)) {
    const message = vscode.workspace.isTrusted
      ? 'Shipped work is hidden: git is turned off for this folder (setting deliveryRhythm.useGit).'
      : 'Shipped work is hidden in Restricted Mode, where Delivery Rhythm runs no git. Trust this folder to see what reached the branch.';
    return { state: 'restricted', message, byInitiative: {} };
  }
  if (state.git?.week === week) return report(state.git.shipped);
  try {
    const { start, end } = weekRange(week);
    const team = await withGit(state.folder, (root) =>
      readTeamShipped(root, state.model.config, { since: start, until: end }),
    );
    return report(mapShipped(team?.items ?? [], state.model.initiatives, ownRepoName(state.model.root)).byInitiative);
  } catch (error) {
    return {
      state: 'unavailable',
      message: `Shipped work could not be read: ${describeError(error)}`,
      byInitiative: {},
    };
  }
}
