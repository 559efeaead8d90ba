import type { Article, Problem } from '../schema/dataset.ts';
import { articleText } from './article-text.ts';
import { writeAtomicStream } from './write-atomic.ts';

/** Articles loaded ahead of the one being written, so disk reads overlap serialisation. */
const PREFETCH = 32;

interface Frame {
  count: number;
  problems: Problem[];
  /** Further top-level fields after `problems` (a shard's merge data). */
  extra?: Record<string, unknown>;
}

export interface DatasetParts extends Frame {
  /** The i-th article in output order; called once per article, in order, a few ahead. */
  article: (index: number) => Promise<Article>;
}

/**
 * An article's bytes in the document (`articleText`, UTF-8), with whatever its maker keeps
 * beside. Bytes rather than a string: copied ones go from the old document to the new one
 * without being decoded and encoded again.
 */
export interface Piece {
  bytes: Buffer;
}

export interface PieceParts<P extends Piece> extends Frame {
  /** The i-th article in output order; called once per article, in order, a few ahead. */
  piece: (index: number) => Promise<P>;
  /** Called with each piece in output order as it is written, and where its bytes are. */
  onWritten?: (piece: P, offset: number, length: number) => Promise<void>;
  /**
   * Called once every byte is written, before the file is put in place: renaming over a large
   * document takes the kernel a few hundred milliseconds, which work started here overlaps.
   */
  onComplete?: () => void;
}

/**
 * Streams the dataset to a temporary file beside `target`, then renames it: the same bytes as
 * `JSON.stringify(document, null, 1)` plus a newline, without ever holding the document (hundreds
 * of megabytes at 100,000 articles) in memory. Readers never see half a file.
 */
export async function writeDataset(target: string, parts: DatasetParts): Promise<void> {
  const { article, ...frame } = parts;
  await writePieces(target, {
    ...frame,
    piece: async (i) => ({ bytes: Buffer.from(articleText(await article(i))) }),
  });
}

/** As writeDataset, from the articles' bytes (which may come from an earlier document). */
export async function writePieces<P extends Piece>(
  target: string,
  parts: PieceParts<P>,
): Promise<void> {
  await writeAtomicStream(target, async (out) => {
    const [head, tail] = frame(parts);
    await out.append(Buffer.from(head));
    const pending: Promise<P>[] = [];
    const load = (index: number): void => {
      const promise = parts.piece(index);
      // Awaited in turn below; this only keeps an early failure from counting as unhandled.
      promise.catch(() => undefined);
      pending.push(promise);
    };
    for (let i = 0; i < Math.min(PREFETCH, parts.count); i++) load(i);
    for (let i = 0; i < parts.count; i++) {
      if (i + PREFETCH < parts.count) load(i + PREFETCH);
      const piece = await pending.shift()!;
      await out.append(i === 0 ? FIRST : NEXT);
      await parts.onWritten?.(piece, out.size, piece.bytes.length);
      await out.append(piece.bytes);
    }
    await out.append(Buffer.from(parts.count > 0 ? `\n ${tail}` : tail));
    parts.onComplete?.();
  });
}

const FIRST = Buffer.from('\n');
const NEXT = Buffer.from(',\n');

/** The document around its articles (see around). */
function frame(parts: Frame): [string, string] {
  return around(
    { schemaVersion: 1, articles: [], problems: parts.problems, ...parts.extra },
    parts.count,
  );
}

/**
 * `fields` (with an empty `articles` list) split where `count` articles go: serialising them with
 * the list empty and cutting at it keeps every other byte exactly as JSON.stringify makes it.
 */
function around(
  fields: { articles: [] } & Record<string, unknown>,
  count: number,
): [string, string] {
  const shell = `${JSON.stringify(fields, null, 1)}\n`;
  const marker = '\n "articles": [';
  const at = shell.indexOf(marker) + marker.length;
  // With articles: `[` + articles + `\n ]…`; without: the shell's own `[]…`.
  return count > 0 ? [shell.slice(0, at), shell.slice(at)] : [shell, ''];
}

/**
 * `{ articles }` from the articles as the document holds them (articleText): the bytes
 * `JSON.stringify({ articles }, null, 1)` and a newline give, laid out as writePieces lays out the
 * document's list, without parsing or serialising any article again (the app's detail chunks).
 */
export function articlesOnly(articles: readonly Buffer[]): Buffer {
  const [head, tail] = around({ articles: [] }, articles.length);
  const parts: Buffer[] = [Buffer.from(head)];
  articles.forEach((article, i) => parts.push(i === 0 ? FIRST : NEXT, article));
  parts.push(Buffer.from(articles.length > 0 ? `\n ${tail}` : tail));
  return Buffer.concat(parts);
}
