import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { FolderFields } from './app-row.ts';
import { splicedPiece } from './article-piece.ts';
import { BufferedAppender } from './buffered-appender.ts';
import type { ArticlePiece } from './article-piece.ts';
import { RangeReader } from './range-reader.ts';
import { readLines } from './read-lines.ts';
import type { ChunkRecord } from './write-app-data.ts';
import { writeAtomic } from './write-atomic.ts';

const FORMAT = 5;
const NEWLINE = Buffer.from('\n');

/**
 * A file as this build left it: size, inode, and the times of its last write and last change.
 * Writing to it, or putting another file in its place (even with its old times restored), changes
 * its change time, which no tool can set back: the check `make` and git make, without reading
 * the 570 MB a 100,000-article document weighs (hashing it twice cost ~1.5 s of a rebuild).
 */
interface Stamp {
  size: number;
  ino: string;
  mtimeNs: string;
  ctimeNs: string;
}

/** The last build's document as a whole, and the two files that describe its articles. */
interface Header {
  format: number;
  document: Stamp;
  pieces: Stamp;
  rows: Stamp;
  chunks: ChunkRecord[];
}

/** Where one article's bytes are in the last document and in the rows file, and what they hold. */
interface PieceEntry {
  key: string;
  /** Its place in the last document. */
  position: number;
  was: FolderFields;
  offset: number;
  length: number;
  rowOffset: number;
  rowLength: number;
  textLength: number;
}

/**
 * One line of the pieces file: file, key, id, duplicateOf, eventGroup, the four numbers of the
 * two ranges, and the length of the article's text.
 */
type PieceLine = [
  string,
  string,
  string,
  string | null,
  string,
  number,
  number,
  number,
  number,
  number,
];

/**
 * The record of the last document written to `output` with this cache: a header, a line per
 * article (the pieces file) and each article's OwnParts (the rows file). Files of the cache:
 * deleting them only makes the next build serialise every article again.
 */
function manifestBase(cacheDir: string, output: string): string {
  const name = createHash('sha256').update(path.resolve(output)).digest('hex').slice(0, 32);
  return path.join(cacheDir, 'splice', name);
}

async function stampOf(file: string): Promise<Stamp> {
  const { size, ino, mtimeNs, ctimeNs } = await stat(file, { bigint: true });
  return {
    size: Number(size),
    ino: String(ino),
    mtimeNs: String(mtimeNs),
    ctimeNs: String(ctimeNs),
  };
}

/** Whether `file` is still the one this build left (an edited or replaced file is not). */
async function isUnchanged(file: string, left: Stamp): Promise<boolean> {
  const now = await stampOf(file);
  return (
    now.size === left.size &&
    now.ino === left.ino &&
    now.mtimeNs === left.mtimeNs &&
    now.ctimeNs === left.ctimeNs
  );
}

/**
 * File times come from a clock that moves in steps of a few milliseconds: a file written again
 * within the step its stamp was taken in would keep the same times. Returning only once the clock
 * has moved on makes any later write (the build has finished by then) change them.
 */
async function outlastClockStep(stamps: readonly Stamp[]): Promise<void> {
  const latest = Math.max(...stamps.map((s) => Number(BigInt(s.ctimeNs) / 1_000_000n)));
  const wait = latest + CLOCK_STEP_MS - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/** Longer than a kernel clock tick at the lowest common rate (100 Hz). */
const CLOCK_STEP_MS = 20;

/**
 * The document the last build wrote, and where each article is in it: an article whose record
 * is unchanged is copied from there instead of being read from the cache, parsed and serialised
 * again. The document and the record of it are checked against the stamps taken when they were
 * written, so one edited or replaced since only costs time, never gives other bytes.
 */
export class PreviousDocument {
  private constructor(
    private readonly handles: FileHandle[],
    private readonly document: RangeReader,
    private readonly rows: RangeReader,
    private readonly entries: Map<string, PieceEntry>,
    readonly chunks: readonly ChunkRecord[],
  ) {}

  /** Null when there is no usable record of a document at `output` (then nothing is copied). */
  static async open(cacheDir: string, output: string): Promise<PreviousDocument | null> {
    const base = manifestBase(cacheDir, output);
    const handles: FileHandle[] = [];
    try {
      const header = JSON.parse(await readFile(`${base}.json`, 'utf8')) as Header;
      if (header.format !== FORMAT) return null;
      const intact = await Promise.all([
        isUnchanged(output, header.document),
        isUnchanged(`${base}.pieces`, header.pieces),
        isUnchanged(`${base}.rows`, header.rows),
      ]);
      if (!intact.every(Boolean)) return null;
      handles.push(await open(output, 'r'), await open(`${base}.rows`, 'r'));
      const entries = new Map<string, PieceEntry>();
      let position = 0;
      for await (const { text } of readLines(`${base}.pieces`)) {
        const [
          file,
          key,
          id,
          duplicateOf,
          eventGroup,
          offset,
          length,
          rowOffset,
          rowLength,
          textLength,
        ] = JSON.parse(text) as PieceLine;
        const was = { id, duplicateOf, eventGroup };
        entries.set(file, {
          key,
          position: position++,
          was,
          offset,
          length,
          rowOffset,
          rowLength,
          textLength,
        });
      }
      return new PreviousDocument(
        handles,
        new RangeReader(handles[0]!),
        new RangeReader(handles[1]!),
        entries,
        header.chunks,
      );
    } catch {
      // Missing or damaged: every article is serialised afresh.
      await Promise.all(handles.map((handle) => handle.close()));
      return null;
    }
  }

  /** Characters of text in those of `articles` written last time: a part of their total. */
  knownTextChars(articles: readonly { file: string; key: string }[]): number {
    let chars = 0;
    for (const { file, key } of articles) {
      const entry = this.entries.get(file);
      if (entry?.key === key) chars += entry.textLength;
    }
    return chars;
  }

  /**
   * The article of `file` with the record `key`, as written last time with `folder` in place of
   * its folder-wide fields; null when it was not written, or not as articleText writes it. Each
   * file is asked for once.
   */
  async piece(file: string, key: string, folder: FolderFields): Promise<ArticlePiece | null> {
    const entry = this.entries.get(file);
    if (!entry || entry.key !== key) return null;
    this.entries.delete(file);
    const bytes = await this.document.read(entry.offset, entry.length);
    const own = await this.rows.read(entry.rowOffset, entry.rowLength);
    if (!bytes || !own) return null;
    return splicedPiece({ bytes, own, position: entry.position }, entry.was, folder);
  }

  /** Lets go of the files; again is harmless. */
  async close(): Promise<void> {
    const handles = this.handles.splice(0);
    await Promise.all(handles.map((handle) => handle.close()));
  }
}

/** Records the document being written, for the next build; put in place once it is complete. */
export class ManifestWriter {
  private readonly piecesFile: string;
  private readonly rowsFile: string;
  private readonly pieces: BufferedAppender;
  private readonly rows: BufferedAppender;

  private constructor(private readonly base: string) {
    const temporary = `.${process.pid}.tmp`;
    this.piecesFile = `${base}.pieces${temporary}`;
    this.rowsFile = `${base}.rows${temporary}`;
    this.pieces = BufferedAppender.toFile(this.piecesFile);
    this.rows = BufferedAppender.toFile(this.rowsFile);
  }

  static async create(cacheDir: string, output: string): Promise<ManifestWriter> {
    const base = manifestBase(cacheDir, output);
    await mkdir(path.dirname(base), { recursive: true });
    const writer = new ManifestWriter(base);
    await writer.discard();
    return writer;
  }

  /** The article of `file` (record `key`), written at `offset` of the document. */
  async add(
    file: string,
    key: string,
    piece: ArticlePiece,
    offset: number,
    length: number,
  ): Promise<void> {
    const { id, duplicateOf, eventGroup } = piece.folder;
    const rowOffset = this.rows.size;
    await this.rows.append(piece.own);
    await this.rows.append(NEWLINE);
    const line: PieceLine = [
      file,
      key,
      id,
      duplicateOf,
      eventGroup,
      offset,
      length,
      rowOffset,
      piece.own.length,
      piece.item.row.textLength,
    ];
    await this.pieces.append(Buffer.from(`${JSON.stringify(line)}\n`));
  }

  /** Puts the record in place of the last one, once the document (`output`) is. */
  async commit(output: string, chunks: readonly ChunkRecord[]): Promise<void> {
    await this.pieces.end();
    await this.rows.end();
    // Either order: the header below is what puts them in use.
    await Promise.all([
      rename(this.rowsFile, `${this.base}.rows`),
      rename(this.piecesFile, `${this.base}.pieces`),
    ]);
    // Until the header is replaced, the old one's stamps fail the new files: nothing is copied.
    const [document, pieces, rows] = await Promise.all(
      [output, `${this.base}.pieces`, `${this.base}.rows`].map(stampOf),
    );
    const header: Header = {
      format: FORMAT,
      document: document!,
      pieces: pieces!,
      rows: rows!,
      chunks: [...chunks],
    };
    await outlastClockStep([document!, pieces!, rows!]);
    await writeAtomic(`${this.base}.json`, JSON.stringify(header));
  }

  async discard(): Promise<void> {
    await Promise.all([this.pieces.abandon(), this.rows.abandon()]);
    await rm(this.piecesFile, { force: true });
    await rm(this.rowsFile, { force: true });
  }
}
