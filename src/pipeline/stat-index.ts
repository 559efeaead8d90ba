import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Outcome } from './outcome.ts';
import type { Shard } from './shard.ts';
import type { FileSignature } from './walk.ts';
import { writeAtomic } from './write-atomic.ts';

const INDEX_FORMAT = 2;

/**
 * A file modified within this long of the walk that recorded it may change again without its
 * mtime moving (coarse file-system clocks); such entries are re-read next time, as git does with
 * "racily clean" files.
 */
const RACY_MARGIN_MS = 2000;

interface IndexEntry extends FileSignature {
  outcome: Outcome;
}

interface IndexFile {
  format: number;
  /** The extractor fingerprint every outcome's key was made with. */
  extractor: string;
  walkedAt: number;
  files: Record<string, IndexEntry>;
}

/**
 * Path → (stat signature, outcome) for one input folder and one extractor, like make's timestamps
 * or git's index: an unchanged file is not even opened. The content hash inside the outcome stays
 * the real cache key; this only saves reading and hashing.
 */
export class StatIndex {
  private next: Record<string, IndexEntry> = {};

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
    const name = createHash('sha256')
      .update(`${await realpath(input)}\0${shard ? `${shard.index}/${shard.count}` : ''}`)
      .digest('hex')
      .slice(0, 32);
    const file = path.join(cacheDir, 'index', `${name}.json`);
    let previous: IndexFile | null = null;
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as IndexFile;
      // Another extractor's outcomes are of no use: their keys name other records.
      if (parsed.format === INDEX_FORMAT && parsed.extractor === extractor) previous = parsed;
    } catch {
      // No index yet, or a damaged one: every file is read.
    }
    return new StatIndex(file, extractor, previous);
  }

  /**
   * The recorded outcome when the file looks unchanged. Its key need not be worked out again
   * (a hash per file, a second of a 100,000-file rebuild): every outcome recorded was keyed with
   * this index's extractor.
   */
  lookup(file: string, signature: FileSignature): Outcome | null {
    const entry = this.previous?.files[file];
    if (!entry || !this.previous) return null;
    const unchanged =
      entry.size === signature.size &&
      entry.mtimeMs === signature.mtimeMs &&
      entry.ctimeMs === signature.ctimeMs &&
      entry.ino === signature.ino &&
      entry.mtimeMs < this.previous.walkedAt - RACY_MARGIN_MS;
    const { outcome } = entry;
    return unchanged && outcome.key !== null && outcome.contentHash !== null ? outcome : null;
  }

  /** `outcome` must have been keyed with this index's extractor. */
  record(file: string, signature: FileSignature, outcome: Outcome): void {
    if (outcome.key !== null) this.next[file] = { ...signature, outcome };
  }

  /**
   * Keeps only this run's files, so entries of deleted files do not pile up. The index is spent
   * afterwards (it lets go of both runs' entries).
   */
  async save(walkedAt: number): Promise<void> {
    const content: IndexFile = {
      format: INDEX_FORMAT,
      extractor: this.extractor,
      walkedAt,
      files: this.next,
    };
    this.previous = null;
    this.next = {};
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeAtomic(this.file, JSON.stringify(content));
  }
}
