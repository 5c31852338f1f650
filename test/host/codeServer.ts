// Starts a real VS Code (code-server) on 127.0.0.1 with the built extension installed, in
// throw-away user-data and extensions folders, for integration and browser tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AS_OF_VARIABLE } from '../../src/core/clock';
import { FIXTURE_TODAY } from '../helpers/fixtureDate';
import { installProjectExtension, installTestHost, installVsix } from './extensionDirs';
import { codeServerBin } from './paths';

export { openWorkbench, runCommand, webviewFrame, widenSidebar, withoutSidebar, type Workbench } from './workbench';

export interface CodeServerOptions {
  /** A folder, or a `.code-workspace` file for a multi-root workspace. */
  workspace: string;
  /** false leaves workspace trust on, so the folder opens in Restricted Mode. */
  trusted?: boolean;
  /** Added to code-server's environment, which the extension host inherits. */
  env?: Record<string, string>;
  /** Written to `<user-data-dir>/User/settings.json`, over the quiet defaults below. */
  userSettings?: Record<string, unknown>;
  /** The extension's "today" (DELIVERY_RHYTHM_AS_OF): the fixtures' date unless told otherwise. */
  asOf?: string;
  /** A built .vsix to install with `code-server --install-extension`, instead of copying the build. */
  vsix?: string;
}

/** A host's own folders: user data (settings, logs), extensions, and code-server's config file. */
export interface HostDirs {
  userData: string;
  extensions: string;
  config: string;
}

export function hostDirs(home: string): HostDirs {
  return { userData: join(home, 'user-data'), extensions: join(home, 'extensions'), config: join(home, 'config.yaml') };
}

export interface CodeServer {
  url: string;
  port: number;
  /** The --extensions-dir this server loads its extensions from. */
  extensionsDir: string;
  stop(): Promise<void>;
  /** code-server's output followed by the extension host logs. */
  logs(): string;
}

// No welcome page, no trust prompt (Restricted Mode stays on without the modal), no tips.
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.startupPrompt': 'never',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * code-server's environment minus CI markers: they switch VS Code into its CI mode, no user's
 * editor runs in it, and in it a webview panel did not come back after a window reload.
 */
export function hostEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.CI;
  delete env.BUILD_ARTIFACTSTAGINGDIRECTORY;
  return env;
}

export function codeServerArgs(port: number, dirs: HostDirs, trusted: boolean, workspace: string): string[] {
  return [
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--config',
    dirs.config,
    '--disable-telemetry',
    '--disable-update-check',
    ...(trusted ? ['--disable-workspace-trust'] : []),
    '--extensions-dir',
    dirs.extensions,
    '--user-data-dir',
    dirs.userData,
    workspace,
  ];
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const bin = codeServerBin();
  const home = await mkdtemp(join(tmpdir(), 'delivery-host-'));
  const dirs = hostDirs(home);
  await prepareDirs(dirs, options).catch(async (error) => {
    await rm(home, { recursive: true, force: true });
    throw error;
  });
  const port = await freePort();
  const args = codeServerArgs(port, dirs, options.trusted !== false, options.workspace);
  const child = spawn(bin, args, {
    detached: true,
    env: hostEnv({ [AS_OF_VARIABLE]: options.asOf ?? FIXTURE_TODAY, ...options.env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackGroup(child);
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const logs = () => output.join('') + extensionHostLogs(dirs.userData);
  const stop = async () => {
    await killGroup(child);
    await rm(home, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(url, child, 60_000);
  } catch (error) {
    const message = `${(error as Error).message}\n--- code-server log ---\n${logs()}`;
    await stop();
    throw new Error(message);
  }
  return { url, port, extensionsDir: dirs.extensions, stop, logs };
}

async function prepareDirs(dirs: HostDirs, options: CodeServerOptions): Promise<void> {
  await mkdir(join(dirs.userData, 'User'), { recursive: true });
  await mkdir(dirs.extensions, { recursive: true });
  await writeFile(dirs.config, 'auth: none\n');
  const settings = { ...QUIET_SETTINGS, ...options.userSettings };
  await writeFile(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  if (options.vsix) await installVsix(codeServerBin(), dirs, options.vsix);
  else await installProjectExtension(dirs.extensions);
  if (options.env?.DELIVERY_TEST_SUITE) await installTestHost(dirs.extensions);
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before answering on ${url}`);
    }
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s`);
}

// code-server runs in its own process group, so a test run that dies (Ctrl-C, a crash) must end it.
const liveGroups = new Set<number>();
process.once('exit', () => liveGroups.forEach((pid) => signalGroup(pid, 'SIGKILL')));

function trackGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  const pid = child.pid;
  liveGroups.add(pid);
  child.once('exit', () => liveGroups.delete(pid));
}

/** Ends code-server and everything it started (extension host, file watcher, pty host). */
async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  signalGroup(child.pid, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child.pid as number, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function extensionHostLogs(userData: string): string {
  const logsDir = join(userData, 'logs');
  if (!existsSync(logsDir)) return '';
  return listFiles(logsDir)
    .filter((file) => /exthost\.log$/.test(file))
    .map((file) => `\n--- ${file.slice(logsDir.length + 1)} ---\n${readFileSync(file, 'utf8')}`)
    .join('');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
