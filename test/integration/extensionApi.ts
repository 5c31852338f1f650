// Shared by the integration suites: the activated extension's API, waiting, and a git-spawn recorder.
import { createRequire } from 'node:module';
import * as vscode from 'vscode';
import type { DeliveryRhythmApi } from '../../src/api';
import { FIXTURE_TODAY } from '../helpers/fixtureDate';

export const AS_OF = FIXTURE_TODAY;

/** The extension's API with "today" fixed to the example's as-of date and the first load finished. */
export async function deliveryApi(): Promise<DeliveryRhythmApi> {
  const extension = vscode.extensions.getExtension<DeliveryRhythmApi>('delivery-rhythm.delivery-rhythm');
  if (!extension) throw new Error('Delivery Rhythm is not installed');
  const api = await extension.activate();
  await api.setAsOf(AS_OF);
  await api.idle();
  return api;
}

/** Polls until `probe` returns a value that is not undefined, or fails with `what`. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A tree row's label as text, whether it was given plain or with highlights. */
export function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

export function deliveryCodes(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'delivery')
    .map((d) => String(d.code));
}

type Spawner = 'spawn' | 'execFile' | 'exec' | 'fork' | 'spawnSync' | 'execFileSync' | 'execSync';
const SPAWNERS: Spawner[] = ['spawn', 'execFile', 'exec', 'fork', 'spawnSync', 'execFileSync', 'execSync'];

/**
 * Records every child process started in this extension host whose command mentions git, with its arguments.
 * The extension bundle calls child_process functions through the shared module object, so patching it sees them.
 */
export function recordGitSpawns(): { commands: string[]; restore(): void } {
  const commands: string[] = [];
  // The module object itself (an import namespace has only getters), so its functions can be patched.
  const module = createRequire(__filename)('node:child_process') as Record<Spawner, (...args: unknown[]) => unknown>;
  const originals = new Map(SPAWNERS.map((name) => [name, module[name]]));
  for (const name of SPAWNERS) {
    const original = originals.get(name)!;
    module[name] = function (this: unknown, ...args: unknown[]) {
      const command = String(args[0]);
      const argv = Array.isArray(args[1]) ? ` ${args[1].join(' ')}` : '';
      if (/\bgit\b/.test(command)) commands.push(`${name} ${command}${argv}`);
      return original.apply(this, args);
    };
  }
  return {
    commands,
    restore: () => {
      for (const [name, original] of originals) module[name] = original;
    },
  };
}
