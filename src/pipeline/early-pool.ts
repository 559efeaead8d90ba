import { access } from 'node:fs/promises';
import { defaultThreads, ExtractionPool, POOL_MIN_TASKS } from './run-tasks.ts';
import type { Shard } from './shard.ts';
import { indexFile } from './stat-index.ts';
import { hasAtLeastFiles } from './walk.ts';

/**
 * The extraction pool, started at once for a folder big enough for one, so that its workers load
 * and warm up the extractor (most of a second) while this thread is still loading the pipeline's
 * own modules and walking the folder, not after:
 * - every core's worker when this build will extract nearly every file: no cache, or no index of
 *   this folder in it (a first build, or the cache deleted);
 * - else (a rebuild, which usually extracts a handful of files, often none) one worker on
 *   standby. If many files changed, the build replaces it with a whole pool.
 */
export async function earlyPool(
  input: string,
  cacheDir: string | null,
  shard: Shard | undefined,
  threads: number | undefined,
): Promise<ExtractionPool | null> {
  const size = threads ?? defaultThreads();
  if (size < 2 || !hasAtLeastFiles(input, POOL_MIN_TASKS * (shard?.count ?? 1))) return null;
  const rebuild = cacheDir !== null && (await indexed(cacheDir, input, shard));
  // One that cannot start is tried again, and its failure reported, when the tasks are known.
  return (rebuild ? ExtractionPool.standby() : ExtractionPool.start(size)).catch(() => null);
}

async function indexed(cacheDir: string, input: string, shard?: Shard): Promise<boolean> {
  try {
    await access(await indexFile(cacheDir, input, shard));
    return true;
  } catch {
    return false;
  }
}
