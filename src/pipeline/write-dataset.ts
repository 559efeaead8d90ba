import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Problem } from '../schema/dataset.ts';

/** Writes are gathered into chunks of about this many characters. */
const CHUNK = 1 << 20;
/** Articles loaded ahead of the one being written, so disk reads overlap serialisation. */
const PREFETCH = 32;

export interface DatasetParts {
  count: number;
  /** The i-th article in output order; called once per article, in order, a few ahead. */
  article: (index: number) => Promise<Article>;
  problems: Problem[];
  /** Further top-level fields after `problems` (a shard's merge data). */
  extra?: Record<string, unknown>;
  /** Called with each article in output order as it is written. */
  onWritten?: (article: Article) => Promise<void>;
}

/**
 * Streams the dataset to a temporary file beside `target`, then renames it: the same bytes as
 * `JSON.stringify(document, null, 1)` plus a newline, without ever holding the document (hundreds
 * of megabytes at 100,000 articles) in memory. Readers never see half a file.
 */
export async function writeDataset(target: string, parts: DatasetParts): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    const [head, tail] = frame(parts);
    let buffer = head;
    const flush = async (): Promise<void> => {
      // appendFile, unlike write, loops until every byte is written.
      await handle.appendFile(buffer);
      buffer = '';
    };
    const pending: Promise<Article>[] = [];
    const load = (index: number): void => {
      const promise = parts.article(index);
      // Awaited in turn below; this only keeps an early failure from counting as unhandled.
      promise.catch(() => undefined);
      pending.push(promise);
    };
    for (let i = 0; i < Math.min(PREFETCH, parts.count); i++) load(i);
    for (let i = 0; i < parts.count; i++) {
      if (i + PREFETCH < parts.count) load(i + PREFETCH);
      const article = await pending.shift()!;
      buffer += `${i === 0 ? '\n' : ',\n'}${indent(JSON.stringify(article, null, 1))}`;
      await parts.onWritten?.(article);
      if (buffer.length >= CHUNK) await flush();
    }
    buffer += parts.count > 0 ? `\n ${tail}` : tail;
    await flush();
    await handle.close();
    await rename(temporary, target);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * The document around the articles, split where they go: serialising it with an empty article
 * list and cutting at that list keeps every other byte exactly as JSON.stringify makes it.
 */
function frame(parts: DatasetParts): [string, string] {
  const shell = `${JSON.stringify({ schemaVersion: 1, articles: [], problems: parts.problems, ...parts.extra }, null, 1)}\n`;
  const marker = '\n "articles": [';
  const at = shell.indexOf(marker) + marker.length;
  // With articles: `[` + articles + `\n ]…`; without: the shell's own `[]…`.
  return parts.count > 0 ? [shell.slice(0, at), shell.slice(at)] : [shell, ''];
}

/** An article sits two levels deep; JSON strings never hold a raw newline, so this is safe. */
function indent(json: string): string {
  return `  ${json.replaceAll('\n', '\n  ')}`;
}
