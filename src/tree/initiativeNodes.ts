// The rows of the Initiatives tree; each node renders itself.
import * as vscode from 'vscode';
import { HEALTH_LABELS, type Initiative, type InitiativeStatus, type Range } from '../core/model';
import { readableSubject } from '../core/git/subject';
import { checkOwner } from '../core/person';
import { collectBlockers, formatAge } from '../core/view/blockers';
import { describeInitiative, mainRisk, outcomeLine, ownerName, riskText, targetWithSlips } from '../core/view/details';
import { isoWeekOf } from '../core/dates';
import { weekHealth, type WeekHealth } from '../core/health';
import { type Group, titleOf } from '../core/view/grouping';
import type { FolderState } from '../workspaceModel';
import { problemUri } from './decorations';
import { openAt } from './open';
import { TreeNode } from './treeNode';

const HEALTH_ICONS: Record<InitiativeStatus, [string, string]> = {
  'on-track': ['pass-filled', 'charts.green'],
  'at-risk': ['warning', 'charts.yellow'],
  'off-track': ['error', 'charts.red'],
  'not-started': ['circle-large-outline', 'disabledForeground'],
  paused: ['debug-pause', 'disabledForeground'],
  done: ['check-all', 'charts.blue'],
  cancelled: ['circle-slash', 'disabledForeground'],
};

/** The initiative's health this week, as every report of this week tells it. */
export function healthToday(state: FolderState, initiative: Initiative): WeekHealth {
  return weekHealth(initiative, state.model.statuses, isoWeekOf(state.asOf));
}

function healthIcon(status: InitiativeStatus): vscode.ThemeIcon {
  const [icon, color] = HEALTH_ICONS[status];
  return new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
}

export class GroupNode extends TreeNode {
  constructor(
    readonly state: FolderState,
    readonly group: Group,
  ) {
    super(group.label, vscode.TreeItemCollapsibleState.Expanded);
    this.id = `group:${state.folder.uri.toString()}:${group.key}`;
    this.description = String(group.initiatives.length);
    this.contextValue = `group:${group.key}`;
  }

  children(): InitiativeNode[] {
    return this.group.initiatives.map((initiative) => new InitiativeNode(this.state, initiative));
  }
}

export class InitiativeNode extends TreeNode {
  constructor(
    readonly state: FolderState,
    readonly initiative: Initiative,
  ) {
    super(titleOf(initiative), vscode.TreeItemCollapsibleState.Collapsed);
    const { status: health, source, week } = healthToday(state, initiative);
    const findings = state.findings.filter((f) => f.initiative === initiative.id && f.file === initiative.file);
    this.id = `initiative:${state.folder.uri.toString()}:${initiative.file}:${initiative.range.start.line}:${initiative.id}`;
    this.description = describeInitiative(initiative);
    this.iconPath = healthIcon(health);
    this.tooltip = tooltipFor(initiative, health, findings.length, source === 'carried' ? week : undefined);
    this.contextValue = `initiative:${health}:${ownership(initiative)}`;
    this.resourceUri = problemUri(this.id, findings);
    this.command = openAt(
      state.folder,
      initiative.file,
      initiative.file.endsWith('initiatives.yaml')
        ? initiative.idRange
        : (initiative.title?.keyRange ?? initiative.idRange),
    );
  }

  children(): DetailNode[] {
    const { state, initiative } = this;
    const at = (range: Range) => openAt(state.folder, initiative.file, range);
    const nodes: DetailNode[] = [];
    if (initiative.why) nodes.push(new DetailNode('Why', initiative.why.value, 'question', at(initiative.why.range)));
    const owner = ownerName(initiative.owner?.value);
    nodes.push(
      new DetailNode(
        'Owner',
        owner ?? 'no owner',
        owner ? 'person' : 'warning',
        initiative.owner && at(initiative.owner.range),
      ),
    );
    const history = state.git?.ledger.get(initiative.id);
    const target = targetWithSlips(initiative, history) ?? 'no target';
    nodes.push(new DetailNode('Target', target, 'calendar', initiative.target && at(initiative.target.range)));
    const outcome = outcomeLine(initiative, history, state.asOf);
    if (outcome) nodes.push(new DetailNode('Outcome', outcome, 'graph-line', at(initiative.outcome!.range)));
    for (const risk of initiative.risks) nodes.push(new DetailNode('Risk', riskText(risk), 'flame', at(risk.range)));
    for (const row of collectBlockers(state.model, state.asOf).filter((r) => r.initiative === initiative.id)) {
      const detail = `${row.text} · ${formatAge(row.ageDays)} · ${row.owner ?? 'no owner'}`;
      nodes.push(new DetailNode('Blocker', detail, 'debug-stop', openAt(state.folder, row.file, row.range)));
    }
    for (const decision of initiative.decisions) {
      const by = decision.by ? ` by ${decision.by.value}` : '';
      nodes.push(
        new DetailNode(
          'Decision needed',
          `${decision.decision?.value ?? 'unnamed decision'}${by}`,
          'law',
          at(decision.range),
        ),
      );
    }
    if (state.git) nodes.push(shippedNode(state, initiative));
    return nodes;
  }
}

export class DetailNode extends TreeNode {
  constructor(
    label: string,
    description: string,
    icon: string,
    command?: vscode.Command,
    readonly items: DetailNode[] = [],
  ) {
    super(label, items.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    this.description = description;
    this.tooltip = `${label}: ${description}`;
    this.iconPath = new vscode.ThemeIcon(icon);
    this.command = command;
    this.contextValue = `detail:${label.toLowerCase().replace(/\s+/g, '-')}`;
  }

  children(): DetailNode[] {
    return this.items;
  }
}

function shippedNode(state: FolderState, initiative: Initiative): DetailNode {
  const items = state.git?.shipped.get(initiative.id) ?? [];
  const children = items.map(
    (item) =>
      new DetailNode(
        readableSubject(item.title ?? item.subject),
        `${item.pr ? `#${item.pr} · ` : ''}${item.sha.slice(0, 7)} · ${item.date}`,
        'git-merge',
      ),
  );
  const summary = items.length
    ? `${items.length} item${items.length > 1 ? 's' : ''} in ${state.git?.week}`
    : `nothing yet in ${state.git?.week}`;
  return new DetailNode('Shipped this week', summary, 'rocket', undefined, children);
}

/** `owned`, `unowned` or `team-owned`, so menus can offer "Set Owner" where it is needed. */
function ownership(initiative: Initiative): string {
  const owner = initiative.owner?.value?.trim();
  if (!owner) return 'unowned';
  return checkOwner(owner).ok ? 'owned' : 'team-owned';
}

/** Plain text only: no command links, so nothing in a file can make a hover run a command. */
function tooltipFor(
  initiative: Initiative,
  health: InitiativeStatus,
  problems: number,
  carriedFrom?: string,
): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = false;
  md.appendMarkdown('**');
  md.appendText(titleOf(initiative));
  md.appendMarkdown(
    `** — ${HEALTH_LABELS[health]}${carriedFrom ? ` (from the ${carriedFrom} status: no update this week)` : ''}\n\n`,
  );
  md.appendText(describeInitiative(initiative));
  if (initiative.why) {
    md.appendMarkdown('\n\n*Why:* ');
    md.appendText(initiative.why.value);
  }
  const risk = mainRisk(initiative);
  if (risk) {
    md.appendMarkdown('\n\n*Main risk:* ');
    md.appendText(riskText(risk));
  }
  if (problems) md.appendMarkdown(`\n\n$(warning) ${problems} problem${problems > 1 ? 's' : ''} in the file`);
  return md;
}
