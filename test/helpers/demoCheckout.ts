// The example plan's demo repository in a temporary folder of its own, for tests that run the CLI
// or the reports on it as a team's checkout would be: one call to make it, one to remove it all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { IsoDate } from '../../src/core/model';
import { makeDemoRepo } from './demoRepo';
import { FIXTURE_TODAY } from './fixtureDate';

/** The example plan's `.delivery/` folder (tests run from out/test/…). */
export const EXAMPLE_PLAN = resolve(__dirname, '../../../examples/acme/.delivery');

export interface DemoCheckout {
  /** The temporary folder that holds the repository (and anything else a test writes beside it). */
  root: string;
  /** The repository: `<root>/<name>`. */
  repo: string;
  remove(): void;
}

/** The demo repository of `plan` as of `today`, at `<a new temporary folder>/<name>`. */
export async function demoCheckout(
  prefix: string,
  { name = 'shop', plan = EXAMPLE_PLAN, today = FIXTURE_TODAY }: { name?: string; plan?: string; today?: IsoDate } = {},
): Promise<DemoCheckout> {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const repo = join(root, name);
  await makeDemoRepo(repo, plan, today);
  return { root, repo, remove: () => rmSync(root, { recursive: true, force: true }) };
}
