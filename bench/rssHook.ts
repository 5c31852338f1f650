// Preloaded into the benchmarked process when /usr/bin/time is missing: writes its peak RSS (KB)
// and CPU time on exit.

import { writeFileSync } from 'node:fs';

const target = process.env.DELIVERY_RHYTHM_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({ kb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }),
    );
  });
}
