// Reload benchmark: what the editor does after a typing pause in one file of the 2,000-file folder
// (read the folder with the unsaved text, then lint), with and without the per-file parse cache.

import { DeliveryFolderCache } from '../src/core/cache';
import { loadDeliveryFolder } from '../src/core/load';
import { lint } from '../src/core/rules';
import { benchFolder } from './lint';
import { median } from './median';

const EDITED = '.delivery/initiatives/init-7.yaml';
const RUNS = 5;

/** One reload with `title` typed into the edited file; returns wall milliseconds. */
async function reload(folder: string, title: string, cache?: DeliveryFolderCache): Promise<number> {
  const started = performance.now();
  const overrides = new Map([[EDITED, `title: ${title}\nowner: Dana Kim\nstatus: on-track\ntarget: 2026-Q4\n`]]);
  const model = await loadDeliveryFolder(folder, overrides, cache);
  lint(model, { asOf: '2026-11-25' });
  return performance.now() - started;
}

export async function runReloadBench(): Promise<void> {
  const folder = benchFolder();
  const cache = new DeliveryFolderCache();
  const cold = await reload(folder, 'Typed 0', cache);
  const uncached: number[] = [];
  for (let i = 1; i <= RUNS; i++) uncached.push(await reload(folder, `Typed ${i}`));
  const before = cache.parses;
  const warm: number[] = [];
  for (let i = 1; i <= RUNS; i++) warm.push(await reload(folder, `Typed ${i}`, cache));
  const parsed = (cache.parses - before) / RUNS;
  console.log(
    `reload after editing one file: cold ${cold.toFixed(0)} ms (${before} files parsed), without cache median ${median(uncached).toFixed(0)} ms, warm cache median ${median(warm).toFixed(0)} ms (${parsed} file parsed) of ${RUNS} edits`,
  );
}
