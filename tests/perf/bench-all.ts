import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * `npm run bench`: the pipeline's table (src/pipeline/bench.ts), then the app's
 * (tests/perf/bench-app.ts), each given the same arguments it understands (`--sizes` to both).
 */
const args = process.argv.slice(2);
const tsx = path.join('node_modules', '.bin', 'tsx');
const sizes = args.flatMap((arg, i) =>
  arg === '--sizes' ? [arg, args[i + 1]!] : arg.startsWith('--sizes=') ? [arg] : [],
);
const pipeline = spawnSync(tsx, ['src/pipeline/bench.ts', ...args], { stdio: 'inherit' });
const app = spawnSync(tsx, ['tests/perf/bench-app.ts', ...sizes], { stdio: 'inherit' });
process.exitCode = pipeline.status || app.status || 0;
