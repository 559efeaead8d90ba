import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Outcome } from './outcome.ts';
import { readLines } from './read-lines.ts';

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
 * loses a record it was about to copy extracts it again, so this is safe, only wasteful then.
 */
export async function pruneCache(cacheDir: string): Promise<PruneReport> {
  const indexDir = path.join(cacheDir, 'index');
  const used = new Set<string>();
  for (const name of await namesIn(indexDir)) {
    const file = path.join(indexDir, name);
    if (!name.endsWith('.ndjson')) {
      // An index of the layout before one line per file: no build reads it any more.
      if (name.endsWith('.json')) await rm(file, { force: true });
      continue;
    }
    let header = true;
    for await (const { text } of readLines(file)) {
      if (header) header = false;
      else {
        const outcome = (JSON.parse(text) as unknown[])[5] as Outcome | undefined;
        if (outcome?.key) used.add(outcome.key);
      }
    }
  }

  const report: PruneReport = { kept: 0, removed: 0, removedBytes: 0 };
  const entriesDir = path.join(cacheDir, 'entries');
  for (const fanOut of await namesIn(entriesDir)) {
    const folder = path.join(entriesDir, fanOut);
    for (const name of await namesIn(folder)) {
      // `<key>.json`; `<key>.json.<writer>.tmp` is one being written right now: left alone.
      if (!name.endsWith('.json')) continue;
      if (used.has(name.slice(0, -'.json'.length))) {
        report.kept++;
        continue;
      }
      const file = path.join(folder, name);
      const size = (await stat(file).catch(() => null))?.size ?? 0;
      await rm(file, { force: true });
      report.removed++;
      report.removedBytes += size;
    }
  }
  return report;
}

async function namesIn(folder: string): Promise<string[]> {
  return readdir(folder).catch(() => []);
}
