import { createHash } from 'node:crypto';
import { recordBytes } from './article-piece.ts';
import { finishArticle, onItsOwn } from './assemble.ts';
import { cacheKey, readEntrySync, writeEntrySync } from './cache-store.ts';
import type { StoredRecord } from './cache-store.ts';
import { summarise } from './outcome.ts';
import type { Outcome } from './outcome.ts';
import { processFile } from './process-file.ts';
import type { FileResult } from './process-file.ts';
import { readCapped } from './read-capped.ts';

export interface FileTask {
  /** Path relative to the input folder, `/`-separated. */
  file: string;
  absolute: string;
  fingerprint: string;
  /** Where records are kept: the cache, or a temporary folder when the cache is off. */
  storeDir: string;
}

/**
 * Reads, hashes and (unless the store already has this content) extracts one file, leaving the
 * record in the store, serialised, and returning only its small outcome. Runs in a worker thread
 * or inline; never throws: every failure is a problem naming the file.
 */
export async function runFileTask(task: FileTask): Promise<Outcome> {
  let read;
  try {
    read = await readCapped(task.absolute);
  } catch (error) {
    const message = `cannot read: ${error instanceof Error ? error.message : String(error)}`;
    return {
      key: null,
      contentHash: null,
      truncatedFrom: null,
      problems: [{ file: task.file, severity: 'error', message }],
      summary: null,
    };
  }
  const contentHash = createHash('sha256').update(read.bytes).digest('hex');
  const truncatedFrom = read.truncated ? read.size : null;
  const key = cacheKey(task.fingerprint, task.file, contentHash, truncatedFrom);
  const cached = readEntrySync(task.storeDir, key);
  if (cached) return cached.outcome;

  const { processed, problems, record } = extractRecord(
    task.file,
    read.bytes,
    truncatedFrom ?? undefined,
  );
  const outcome: Outcome = {
    key,
    contentHash,
    truncatedFrom,
    problems,
    summary: processed ? summarise(processed.article) : null,
  };
  writeEntrySync(task.storeDir, key, { outcome, record });
  return outcome;
}

/**
 * Extracts one file's bytes and serialises the record as the cache keeps it: as an article on its
 * own (its own id, no duplicate, its own event). The output's writer splices in what the folder
 * gives it, which most often is just that.
 */
export function extractRecord(
  file: string,
  bytes: Uint8Array,
  truncatedFrom?: number,
): FileResult & { record: StoredRecord | null } {
  const result = processFile(file, bytes, truncatedFrom);
  const { processed } = result;
  const record =
    processed &&
    recordBytes(
      finishArticle(processed.article, processed.encoding, onItsOwn(processed.article.id)),
    );
  return { ...result, record };
}
