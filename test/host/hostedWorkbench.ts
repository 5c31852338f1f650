// The set-up every browser spec shares: a test workspace served by code-server and opened in
// Chromium before the specs of a describe block, and all of it taken down after them.
import { rm } from 'node:fs/promises';
import { openWorkbench, startCodeServer, type CodeServer, type CodeServerOptions, type Workbench } from './codeServer';
import { makeTestWorkspace, workspaceTarget, type WorkspaceKind } from './workspace';

export interface HostedWorkbenchOptions {
  kind: WorkspaceKind;
  /** Changes the workspace before code-server starts on it. */
  prepare?: (workspace: string) => Promise<void>;
  server?: Omit<CodeServerOptions, 'workspace'>;
  size: { width: number; height: number };
}

/** Filled in by the `before` hook this registers; read it inside specs and later hooks only. */
export interface HostedWorkbench {
  workspace: string;
  server: CodeServer;
  workbench: Workbench;
}

/** Registers the `before` and `after` hooks of the current describe block. */
export function hostedWorkbench(options: HostedWorkbenchOptions): HostedWorkbench {
  const host = {} as HostedWorkbench;
  before(async () => {
    host.workspace = await makeTestWorkspace(options.kind);
    await options.prepare?.(host.workspace);
    host.server = await startCodeServer({ ...options.server, workspace: host.workspace });
    host.workbench = await openWorkbench(host.server.url, workspaceTarget(options.kind, host.workspace), options.size);
  });
  after(async () => {
    await host.workbench?.close();
    await host.server?.stop();
    if (host.workspace) await rm(host.workspace, { recursive: true, force: true });
  });
  return host;
}
