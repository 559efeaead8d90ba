import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ExtractedArticle } from '../schema/dataset.ts';
import type { Outcome } from './outcome.ts';

/** What the cache keeps per (extractor, path, content): the outcome and the extracted record. */
export interface Entry {
  outcome: Outcome;
  article: ExtractedArticle | null;
  encoding: string | null;
}

/**
 * The key of one extraction result. The content hash is the real key; the path is part of it
 * because the record carries the path (id, file); the fingerprint drops everything made by
 * another extractor; a truncated read is a different input from a whole one.
 */
export function cacheKey(
  fingerprint: string,
  file: string,
  contentHash: string,
  truncatedFrom: number | null,
): string {
  return createHash('sha256')
    .update(`${fingerprint}\0${file}\0${contentHash}\0${truncatedFrom ?? ''}`)
    .digest('hex');
}

function entryPath(storeDir: string, key: string): string {
  return path.join(storeDir, 'entries', key.slice(0, 2), `${key}.json`);
}

/** Creates the 256 fan-out folders once, so writers never race on mkdir. */
export async function prepareStore(storeDir: string): Promise<void> {
  await Promise.all(
    Array.from({ length: 256 }, (_, i) =>
      mkdir(path.join(storeDir, 'entries', i.toString(16).padStart(2, '0')), { recursive: true }),
    ),
  );
}

let written = 0;

/**
 * Temp file then rename: a reader (another build, a killed one) never sees half an entry.
 * Synchronous, as the extraction task's own reads are (see readCapped): its caller does one file
 * at a time, and each round trip through libuv's thread pool left a worker idle.
 */
export function writeEntrySync(storeDir: string, key: string, entry: Entry): void {
  const target = entryPath(storeDir, key);
  const temporary = `${target}.${process.pid}-${threadId}-${written++}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(entry));
    renameSync(temporary, target);
  } catch {
    // A cache that cannot be written only costs time on the next run.
    rmSync(temporary, { force: true });
  }
}

/** The entry, or null when it is missing or unreadable (a deleted or damaged cache is a miss). */
export async function readEntry(storeDir: string, key: string): Promise<Entry | null> {
  try {
    return parseEntry(await readFile(entryPath(storeDir, key), 'utf8'), key);
  } catch {
    return null;
  }
}

/** As readEntry, synchronously (for the extraction task, as writeEntrySync). */
export function readEntrySync(storeDir: string, key: string): Entry | null {
  try {
    return parseEntry(readFileSync(entryPath(storeDir, key), 'utf8'), key);
  } catch {
    return null;
  }
}

function parseEntry(text: string, key: string): Entry | null {
  const entry = JSON.parse(text) as Entry;
  return entry.outcome?.key === key ? entry : null;
}
