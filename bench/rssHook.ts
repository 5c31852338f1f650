// Preloaded into the benchmarked process when /usr/bin/time is missing: writes its peak RSS (KB) on exit.

import { writeFileSync } from 'node:fs';

const target = process.env.DELIVERY_RHYTHM_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
