import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { BuildReport } from './build-dataset.ts';
import { earlyPool } from './early-pool.ts';
import { stderrLogger } from './logger.ts';
import { terminalProgress } from './progress.ts';
import { parseShard } from './shard.ts';

const DEFAULT_INPUT = 'seeds';
const DEFAULT_OUTPUT = 'public/data/articles.json';
/** Git-ignored; deleting it is always safe (the next build is a full one). */
const DEFAULT_CACHE = '.cache/data';

const USAGE = `usage:
  npm run data -- [--input <folder>] [--output <file>] [--shard i/n]
                  [--cache <folder> | --no-cache] [--threads N] [--quiet]
  npm run data -- --merge <shard.json>... [--output <file>] [--quiet]
  npm run data -- --prune-cache [--cache <folder>]`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        input: { type: 'string', default: DEFAULT_INPUT },
        output: { type: 'string', default: DEFAULT_OUTPUT },
        quiet: { type: 'boolean', default: false },
        shard: { type: 'string' },
        merge: { type: 'boolean', default: false },
        cache: { type: 'string', default: DEFAULT_CACHE },
        'no-cache': { type: 'boolean', default: false },
        threads: { type: 'string' },
        'prune-cache': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(
      `error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`,
    );
    return 2;
  }
  const { values, positionals } = parsed;
  const logger = stderrLogger(values.quiet);
  const progress = terminalProgress(values.quiet);
  if (positionals.length && !values.merge) {
    logger.error(`unexpected arguments: ${positionals.join(' ')}\n${USAGE}`);
    return 2;
  }
  if (values['prune-cache']) {
    const { pruneCache } = await import('./prune-cache.ts');
    try {
      const { kept, removed, removedBytes } = await pruneCache(values.cache);
      logger.info(
        `${values.cache}: removed ${removed} records no index refers to (${(removedBytes / 2 ** 20).toFixed(1)} MB), kept ${kept}`,
      );
      return 0;
    } catch (error) {
      logger.error(`cannot prune ${values.cache}: ${String(error)}`);
      return 1;
    }
  }
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
    logger.error(`--threads must be a whole number ≥ 1, got "${values.threads}"`);
    return 2;
  }

  let shard;
  try {
    shard = values.shard === undefined ? undefined : parseShard(values.shard);
  } catch (error) {
    logger.error(error instanceof Error ? error.message : String(error));
    return 2;
  }

  let report: BuildReport;
  try {
    if (values.merge) {
      const { mergeShards } = await import('./merge.ts');
      report = await mergeShards(positionals, values.output, logger, progress);
    } else {
      const inputInfo = await stat(values.input).catch(() => null);
      if (!inputInfo?.isDirectory()) {
        logger.error(`input folder not found: ${values.input}`);
        return 2;
      }
      const cacheDir = values['no-cache'] ? null : values.cache;
      // Before the build's modules load: the workers start loading the extractor meanwhile.
      const pool = await earlyPool(values.input, cacheDir, shard, threads);
      try {
        const { buildToFile } = await import('./build-dataset.ts');
        report = await buildToFile(values.input, values.output, {
          pool,
          logger,
          progress,
          shard,
          threads,
          cacheDir,
          // The app's index and detail chunks beside the document, written as it is (a shard is
          // only merged, never shown).
          appData: shard === undefined ? {} : undefined,
        });
      } finally {
        // The build lets it go once extraction is over; this is for a build stopped before then.
        await pool?.destroy();
      }
    }
    if (values.merge) {
      const { writeAppData } = await import('./write-app-data.ts');
      await writeAppData(values.output);
    }
  } catch (error) {
    logger.error(
      `cannot write ${values.output}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  logger.info(
    `${values.output}: ${report.articles} articles, ${report.errors} files with errors, ${report.warnings} warnings` +
      (values.merge
        ? ''
        : ` (${report.read} files read, ${report.unopened} unchanged, ${report.copied} articles copied)`),
  );
  return 0;
}

process.exitCode = await main();
