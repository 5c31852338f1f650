// `npm run demo`: the example plan in demo-workspace/, its history built around today, opened by
// code-server with the built extension, in the foreground until Ctrl-C. `--fresh` rebuilds the
// workspace; `--workspace-only` stops after creating it (the F5 launch in VS Code desktop opens it).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { clockFromEnv } from '../../src/core/clock';
import { DEMO_TIME_ZONE } from '../helpers/demoCalendar';
import { codeServerArgs, hostDirs, hostEnv, QUIET_SETTINGS, type HostDirs } from './codeServer';
import { installProjectExtension } from './extensionDirs';
import { codeServerBin, projectRoot } from './paths';
import { makeExampleRepo } from './workspace';

/** Inside the demo's .git folder: the day its history was built for. */
const BUILT_FOR = 'delivery-demo-built-for';

// The demo is told as of today in the plan's time zone (or DELIVERY_RHYTHM_AS_OF): its history
// is rebuilt when it was made for another day, so it always shows the last eight weeks.
async function prepareWorkspace(dir: string, fresh: boolean): Promise<void> {
  const today = clockFromEnv(process.env).today(DEMO_TIME_ZONE);
  const stamp = join(dir, '.git', BUILT_FOR);
  const builtFor = existsSync(stamp) ? (await readFile(stamp, 'utf8')).trim() : undefined;
  if (builtFor === today && !fresh) return;
  if (!fresh && hasChanges(dir)) {
    console.log(
      `[demo] ${dir} holds changes of yours, so it is kept as built for ${builtFor ?? 'another day'}; add -- --fresh to rebuild it for ${today}.`,
    );
    return;
  }
  if (existsSync(dir))
    console.log(`[demo] rebuilding ${dir} for ${today}${builtFor ? ` (it was built for ${builtFor})` : ''}`);
  else console.log(`[demo] creating ${dir} for ${today}`);
  await rm(dir, { recursive: true, force: true });
  await makeExampleRepo(dir, today);
  await writeFile(stamp, `${today}\n`);
}

function hasChanges(dir: string): boolean {
  if (!existsSync(join(dir, '.git'))) return false;
  return execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' }).trim() !== '';
}

// Settings persist between demo runs (a presenter may pick a theme); the extension is always the latest build.
async function prepareHost(home: string): Promise<HostDirs> {
  const dirs = hostDirs(home);
  const settings = join(dirs.userData, 'User', 'settings.json');
  await mkdir(join(dirs.userData, 'User'), { recursive: true });
  if (!existsSync(settings)) await writeFile(settings, JSON.stringify(QUIET_SETTINGS, null, 2));
  if (!existsSync(dirs.config)) await writeFile(dirs.config, 'auth: none\n');
  await rm(dirs.extensions, { recursive: true, force: true });
  await installProjectExtension(dirs.extensions);
  return dirs;
}

async function main(): Promise<void> {
  const root = projectRoot();
  const workspace = join(root, 'demo-workspace');
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT must be a port number, got "${process.env.PORT}".`);
  await prepareWorkspace(workspace, process.argv.includes('--fresh'));
  if (process.argv.includes('--workspace-only')) return;
  const dirs = await prepareHost(join(root, '.vscode-test', 'demo'));
  const child = spawn(codeServerBin(), codeServerArgs(port, dirs, true, workspace), {
    env: hostEnv(),
    stdio: 'inherit',
  });
  console.log(
    `\n[demo] Delivery Rhythm in VS Code: open http://127.0.0.1:${port}/?folder=${workspace}\n[demo] Ctrl-C to stop.\n`,
  );
  child.on('exit', (code, signal) => {
    process.exitCode = signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : (code ?? 1);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
}

main().catch((error) => {
  console.error(`[demo] ${(error as Error).message}`);
  process.exitCode = 1;
});
