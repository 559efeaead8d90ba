import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { FolderFields } from './app-row.ts';
import type { Outcome } from './outcome.ts';

/**
 * What the cache keeps per (extractor, path, content): the outcome, and for an article its record
 * already serialised as the document and the sidecars hold it (see recordBytes), with the
 * folder-wide fields it was serialised with. The worker that extracts it serialises it, so the
 * single thread that writes the output only splices in the folder-wide fields.
 */
export interface Entry {
  outcome: Outcome;
  record: StoredRecord | null;
}

export interface StoredRecord {
  /** The article as the document holds it, with `was` as its folder-wide fields. */
  bytes: Buffer;
  /** Its own share of the sidecars (ownParts). */
  own: Buffer;
  was: FolderFields;
}

/** An entry file's first line; the record's bytes, then its own parts, follow. */
interface Header {
  outcome: Outcome;
  was: FolderFields | null;
  bytes: number;
  own: number;
}

const NEWLINE = 0x0a;

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

const ENTRIES = 'entries';
const ENTRY_SUFFIX = '.json';

function entryPath(storeDir: string, key: string): string {
  return path.join(storeDir, ENTRIES, key.slice(0, 2), `${key}${ENTRY_SUFFIX}`);
}

/** Every complete entry in the store (not those being written, under a temporary name). */
export async function* storedEntries(
  storeDir: string,
): AsyncGenerator<{ key: string; file: string }> {
  const root = path.join(storeDir, ENTRIES);
  for (const fanOut of await readdir(root).catch(() => [])) {
    const folder = path.join(root, fanOut);
    for (const name of await readdir(folder).catch(() => []))
      if (name.endsWith(ENTRY_SUFFIX))
        yield { key: name.slice(0, -ENTRY_SUFFIX.length), file: path.join(folder, name) };
  }
}

/** Creates the 256 fan-out folders once, so writers never race on mkdir. */
export async function prepareStore(storeDir: string): Promise<void> {
  await Promise.all(
    Array.from({ length: 256 }, (_, i) =>
      mkdir(path.join(storeDir, ENTRIES, i.toString(16).padStart(2, '0')), { recursive: true }),
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
    const { outcome, record } = entry;
    const header: Header = {
      outcome,
      was: record?.was ?? null,
      bytes: record?.bytes.length ?? 0,
      own: record?.own.length ?? 0,
    };
    // JSON escapes every newline in a string, so the header ends at the first one.
    const head = Buffer.from(`${JSON.stringify(header)}\n`);
    writeFileSync(temporary, record ? Buffer.concat([head, record.bytes, record.own]) : head);
    renameSync(temporary, target);
  } catch {
    // A cache that cannot be written only costs time on the next run.
    rmSync(temporary, { force: true });
  }
}

/**
 * The entry, or null when it is missing or unreadable (a deleted or damaged cache is a miss).
 * Synchronous, as writeEntrySync: the extraction task does one file at a time, and the writing
 * of the output reads one entry per article, in order, with nothing else to do meanwhile.
 */
export function readEntrySync(storeDir: string, key: string): Entry | null {
  try {
    return parseEntry(readFileSync(entryPath(storeDir, key)), key);
  } catch {
    return null;
  }
}

function parseEntry(data: Buffer, key: string): Entry | null {
  const end = data.indexOf(NEWLINE);
  if (end === -1) return null;
  const { outcome, was, bytes, own } = JSON.parse(data.toString('utf8', 0, end)) as Header;
  if (outcome?.key !== key || data.length !== end + 1 + bytes + own) return null;
  const start = end + 1;
  const record = was && {
    bytes: data.subarray(start, start + bytes),
    own: data.subarray(start + bytes),
    was,
  };
  return { outcome, record };
}
