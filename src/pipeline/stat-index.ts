import { createHash } from 'node:crypto';
import { readdir, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Outcome } from './outcome.ts';
import type { Shard } from './shard.ts';
import type { FileSignature } from './walk.ts';
import { readLines } from './read-lines.ts';
import { writeAtomicStream } from './write-atomic.ts';

const INDEX_FORMAT = 3;
const INDEX_DIR = 'index';
const INDEX_SUFFIX = '.ndjson';

/**
 * A file modified within this long of the walk that recorded it may change again without its
 * mtime moving (coarse file-system clocks); such entries are re-read next time, as git does with
 * "racily clean" files.
 */
const RACY_MARGIN_MS = 2000;

interface IndexEntry extends FileSignature {
  outcome: Outcome;
  /** The entry's line as read from the index, while it still holds. */
  line?: string;
}

/** The index file's first line. */
interface Header {
  format: number;
  /** The extractor fingerprint every outcome's key was made with. */
  extractor: string;
  walkedAt: number;
}

/** Every further line: one file. */
type IndexLine = [
  file: string,
  size: number,
  mtimeMs: number,
  ctimeMs: number,
  ino: number,
  outcome: Outcome,
];

interface IndexFile {
  walkedAt: number;
  files: Map<string, IndexEntry>;
}

/** Where the index of `input` (or of its shard) is kept in the cache. */
export async function indexFile(cacheDir: string, input: string, shard?: Shard): Promise<string> {
  const name = createHash('sha256')
    .update(`${await realpath(input)}\0${shard ? `${shard.index}/${shard.count}` : ''}`)
    .digest('hex')
    .slice(0, 32);
  return path.join(cacheDir, INDEX_DIR, `${name}${INDEX_SUFFIX}`);
}

/**
 * Removes the cache's index files of the layout before one line per file (no build reads them),
 * and returns the record keys the others name: what the last build of each folder (and shard)
 * used.
 */
export async function tidyIndexes(cacheDir: string): Promise<Set<string>> {
  const folder = path.join(cacheDir, INDEX_DIR);
  const keys = new Set<string>();
  for (const name of await readdir(folder).catch(() => [])) {
    const file = path.join(folder, name);
    if (!name.endsWith(INDEX_SUFFIX)) {
      if (name.endsWith('.json')) await rm(file, { force: true });
      continue;
    }
    let header = true;
    for await (const { text } of readLines(file)) {
      if (header) header = false;
      else {
        const { key } = (JSON.parse(text) as IndexLine)[5];
        if (key !== null) keys.add(key);
      }
    }
  }
  return keys;
}

/**
 * Path → (stat signature, outcome) for one input folder and one extractor, like make's timestamps
 * or git's index: an unchanged file is not even opened. The content hash inside the outcome stays
 * the real cache key; this only saves reading and hashing.
 */
export class StatIndex {
  private next = new Map<string, IndexEntry>();

  private constructor(
    private readonly file: string,
    private readonly extractor: string,
    private previous: IndexFile | null,
  ) {}

  /** The index of `input` (or of its shard) as `extractor` last left it. */
  static async open(
    cacheDir: string,
    input: string,
    extractor: string,
    shard?: Shard,
  ): Promise<StatIndex> {
    const file = await indexFile(cacheDir, input, shard);
    let previous: IndexFile | null = null;
    try {
      // A line per file, not one JSON document: parsing (and, in save, writing) one string of
      // over 100 MB at 100,000 files left that much garbage behind, a third of a rebuild's peak.
      let header: Header | null = null;
      const files = new Map<string, IndexEntry>();
      for await (const { text } of readLines(file)) {
        if (header === null) {
          header = JSON.parse(text) as Header;
          // Another extractor's outcomes are of no use: their keys name other records.
          if (header.format !== INDEX_FORMAT || header.extractor !== extractor) break;
          previous = { walkedAt: header.walkedAt, files };
        } else {
          const [relative, size, mtimeMs, ctimeMs, ino, outcome] = JSON.parse(text) as IndexLine;
          files.set(relative, { size, mtimeMs, ctimeMs, ino, outcome, line: text });
        }
      }
    } catch {
      // No index yet, or a damaged one: every file is read.
      previous = null;
    }
    return new StatIndex(file, extractor, previous);
  }

  /**
   * The recorded outcome when the file looks unchanged. Its key need not be worked out again
   * (a hash per file, a second of a 100,000-file rebuild): every outcome recorded was keyed with
   * this index's extractor.
   */
  lookup(file: string, signature: FileSignature): Outcome | null {
    const entry = this.previous?.files.get(file);
    if (!entry || !this.previous) return null;
    const unchanged =
      sameStat(entry, signature) && entry.mtimeMs < this.previous.walkedAt - RACY_MARGIN_MS;
    const { outcome } = entry;
    return unchanged && outcome.key !== null && outcome.contentHash !== null ? outcome : null;
  }

  /** `outcome` must have been keyed with this index's extractor. */
  record(file: string, signature: FileSignature, outcome: Outcome): void {
    if (outcome.key === null) return;
    const before = this.previous?.files.get(file);
    // The entry lookup gave, for the same file: its line is written again as it was (serialising
    // 100,000 outcomes cost a rebuild ~0.5 s).
    const same = before?.outcome === outcome && sameStat(before, signature);
    this.next.set(file, same ? before : { ...signature, outcome });
  }

  /**
   * Keeps only this run's files, so entries of deleted files do not pile up. The index is spent
   * afterwards (it lets go of both runs' entries).
   */
  async save(walkedAt: number): Promise<void> {
    const header: Header = { format: INDEX_FORMAT, extractor: this.extractor, walkedAt };
    const files = this.next;
    this.previous = null;
    this.next = new Map();
    await writeAtomicStream(this.file, async (out) => {
      await out.append(Buffer.from(`${JSON.stringify(header)}\n`));
      for (const [file, { size, mtimeMs, ctimeMs, ino, outcome, line }] of files) {
        const fields: IndexLine = [file, size, mtimeMs, ctimeMs, ino, outcome];
        await out.append(Buffer.from(`${line ?? JSON.stringify(fields)}\n`));
      }
    });
  }
}

function sameStat(a: FileSignature, b: FileSignature): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}
