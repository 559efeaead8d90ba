import { execFile, spawn } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { generateCorpus } from './bench-corpus.ts';
import { commandBundle } from './command-bundle.ts';
import { formatTable } from './bench-table.ts';
import type { Column } from './bench-table.ts';
import { decodeBytes } from './decode.ts';
import { walkFiles } from './walk.ts';

/**
 * `npm run bench [-- --sizes 1000,10000,100000]`: generates corpora from the seeds and the shared
 * corpus into a temporary folder (deleted after), and for each size measures the floor (read,
 * decode, regex-scan every file on one thread, in this process; the median of three runs), a full
 * build, an incremental build after one file changed, and whether two shards merge to the single
 * run's bytes. Builds run as child processes, as `npm run data` does, so their peak memory is their
 * own (worker threads included). Prints a table and writes it as JSON to
 * reports/bench-pipeline.json.
 */
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    shared: { type: 'string', default: path.resolve('..', 'shared') },
    threads: { type: 'string' },
    // Cuts every generated article to its first N lines: extraction gets cheap, so what is left
    // is the pipeline's own cost (walk, pool, cache, stream, merge) at a size a slow machine can run.
    'max-lines': { type: 'string' },
  },
});
const maxLines = values['max-lines'] ? Number(values['max-lines']) : Infinity;

// As `npm run data` runs it.
const LAUNCH = fileURLToPath(new URL('./launch.mjs', import.meta.url));
const RSS_PRELOAD = new URL('./bench-rss.mjs', import.meta.url).href;
const REPORT = 'reports/bench-pipeline.json';
const run = promisify(execFile);
const FLOOR_RUNS = 3;

export interface PipelineRow {
  articles: number;
  /** The median of the floor's runs. */
  floorSeconds: number;
  floorRunsSeconds: number[];
  buildSeconds: number;
  peakRssMb: number;
  outputMb: number;
  incrementalSeconds: number;
  shardsSeconds: number;
  mergeSeconds: number;
  mergedEqual: boolean;
}

/** The floor: read, decode and regex-scan every file, no extraction, one thread. */
async function floorPass(folder: string): Promise<number> {
  const { files } = walkFiles(folder);
  let hits = 0;
  for (const file of files) {
    const decoded = decodeBytes(await readFile(file.absolute));
    if (decoded.ok)
      hits += decoded.text.match(/\b(?:memorandum|agreement|signed|\d{4})\b/giu)?.length ?? 0;
  }
  return hits;
}

/**
 * Times `work`, after the kernel has written out what earlier steps left in memory (`sync`), so
 * a step does not pay for the one before: right after a 100,000-article build (600 MB of output,
 * 100,000 cache files) one-file rebuilds took 15-18 s by hand, and 14 s some minutes later.
 */
async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  await run('sync', []).catch(() => undefined);
  const start = performance.now();
  const value = await work();
  return { seconds: (performance.now() - start) / 1000, value };
}

/** Runs `npm run data` with these arguments as a child; resolves to its peak RSS in MB. */
async function runData(args: string[], rssFile: string): Promise<number> {
  const threads = values.threads ? ['--threads', values.threads] : [];
  const child = spawn(
    process.execPath,
    ['--import', RSS_PRELOAD, LAUNCH, 'cli.ts', '--quiet', ...threads, ...args],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ATLAS_BENCH_RSS: rssFile } },
  );
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`npm run data -- ${args.join(' ')} exited with ${code}`);
  return Number(await readFile(rssFile, 'utf8')) / 1024;
}

async function benchSize(size: number): Promise<PipelineRow> {
  const root = await mkdtemp(path.join(tmpdir(), `atlas-bench-${size}-`));
  const at = (name: string): string => path.join(root, name);
  try {
    const input = at('input');
    await generateCorpus(
      ['seeds', path.join(values.shared, 'corpus', 'articles')],
      input,
      size,
      maxLines,
    );
    // Three runs, the median reported: the first often still competes with the kernel writing out
    // the corpus just generated, and one run swung between 2 and 8 s at 10,000 articles.
    const floorRuns: number[] = [];
    for (let k = 0; k < FLOOR_RUNS; k++)
      floorRuns.push((await timed(() => floorPass(input))).seconds);
    const cache = ['--cache', at('cache')];
    const full = await timed(() =>
      runData(['--input', input, '--output', at('full.json'), ...cache], at('rss')),
    );

    const { files } = walkFiles(input);
    const changed = files[Math.floor(files.length / 2)]!.absolute;
    await appendFile(changed, '\nThe ministry later confirmed the agreement in a statement.\n');
    // Into the same output, as a user rebuilds: the last document is what unchanged articles are
    // copied from.
    const incremental = await timed(() =>
      runData(['--input', input, '--output', at('full.json'), ...cache], at('rss')),
    );

    // Two shards side by side, as two machines would run them (they share the warm cache here).
    const shards = await timed(() =>
      Promise.all(
        [1, 2].map((i) =>
          runData(
            ['--input', input, '--output', at(`shard-${i}.json`), '--shard', `${i}/2`, ...cache],
            at(`rss-${i}`),
          ),
        ),
      ),
    );
    const merge = await timed(() =>
      runData(
        ['--merge', at('shard-1.json'), at('shard-2.json'), '--output', at('merged.json')],
        at('rss'),
      ),
    );
    const single = await readFile(at('full.json'));
    const merged = await readFile(at('merged.json'));
    return {
      articles: size,
      floorSeconds: [...floorRuns].sort((a, b) => a - b)[FLOOR_RUNS >> 1]!,
      floorRunsSeconds: floorRuns,
      buildSeconds: full.seconds,
      peakRssMb: full.value,
      outputMb: single.length / 1024 / 1024,
      incrementalSeconds: incremental.seconds,
      shardsSeconds: shards.seconds,
      mergeSeconds: merge.seconds,
      mergedEqual: single.equals(merged),
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export const PIPELINE_COLUMNS: Column<PipelineRow>[] = [
  { label: 'articles', cell: (r) => String(r.articles) },
  { label: 'floor s', cell: (r) => r.floorSeconds.toFixed(2) },
  { label: 'build s', cell: (r) => r.buildSeconds.toFixed(2) },
  { label: 'articles/s', cell: (r) => (r.articles / r.buildSeconds).toFixed(0) },
  { label: 'build/floor', cell: (r) => (r.buildSeconds / r.floorSeconds).toFixed(1) },
  { label: 'peak RSS MB', cell: (r) => r.peakRssMb.toFixed(0) },
  { label: 'output MB', cell: (r) => r.outputMb.toFixed(1) },
  { label: '1 changed s', cell: (r) => r.incrementalSeconds.toFixed(2) },
  {
    label: '% of build',
    cell: (r) => `${((100 * r.incrementalSeconds) / r.buildSeconds).toFixed(1)}%`,
  },
  { label: '2 shards s', cell: (r) => r.shardsSeconds.toFixed(2) },
  { label: 'merge s', cell: (r) => r.mergeSeconds.toFixed(2) },
  { label: 'merged = single', cell: (r) => (r.mergedEqual ? 'yes' : 'NO') },
];

// Made now if the sources changed since the last one, so that no timed build pays for it.
await commandBundle(fileURLToPath(new URL('./cli.ts', import.meta.url)));
const rows: PipelineRow[] = [];
for (const size of values.sizes.split(',').map(Number)) {
  process.stderr.write(`bench: ${size} articles…\n`);
  rows.push(await benchSize(size));
}
process.stdout.write(`${formatTable(PIPELINE_COLUMNS, rows)}\n`);
await mkdir(path.dirname(REPORT), { recursive: true });
await writeFile(REPORT, `${JSON.stringify(rows, null, 1)}\n`);
if (rows.some((row) => !row.mergedEqual)) process.exitCode = 1;
