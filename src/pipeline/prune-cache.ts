import { rm, stat } from 'node:fs/promises';
import { storedEntries } from './cache-store.ts';
import { tidyIndexes } from './stat-index.ts';

export interface PruneReport {
  /** Records some index still refers to. */
  kept: number;
  removed: number;
  removedBytes: number;
}

/**
 * Removes the cache's records that no index refers to any more: those of earlier extractor
 * versions (every change to the extractor or its libraries makes new ones, ~1.4 GB per version at
 * 100,000 articles), of files since changed or deleted, and index files of an older layout. Each
 * input folder (and each shard) has one index, naming the records its last build used, so what
 * is kept is exactly what the next build of each of them can use. A build running meanwhile that
 * loses a record it was about to copy extracts it again, so this is safe, only wasteful then;
 * records being written right now are left alone.
 */
export async function pruneCache(cacheDir: string): Promise<PruneReport> {
  const used = await tidyIndexes(cacheDir);
  const report: PruneReport = { kept: 0, removed: 0, removedBytes: 0 };
  for await (const { key, file } of storedEntries(cacheDir)) {
    if (used.has(key)) {
      report.kept++;
      continue;
    }
    const size = (await stat(file).catch(() => null))?.size ?? 0;
    await rm(file, { force: true });
    report.removed++;
    report.removedBytes += size;
  }
  return report;
}
