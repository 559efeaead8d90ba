import { writeFileSync } from 'node:fs';

// Loaded with `--import` into a build the benchmark times: at exit, writes the process's peak
// resident memory (KiB; getrusage covers every thread, so the worker pool is included) to the
// file named by ATLAS_BENCH_RSS.
const target = process.env.ATLAS_BENCH_RSS;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
