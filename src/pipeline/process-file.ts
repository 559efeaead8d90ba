import { ArticleSchema } from '../schema/dataset.ts';
import type { Article, Problem } from '../schema/dataset.ts';
import { extractArticle } from '../extract/article.ts';
import { decodeBytes } from './decode.ts';

export type FileResult =
  { article: Article; problems: Problem[] } | { article: null; problems: Problem[] };

/** Decodes and extracts one file; every failure becomes a problem naming the file, never a throw. */
export function processFile(file: string, bytes: Uint8Array): FileResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return failed(file, decoded.reason);
  if (decoded.text.trim() === '')
    return failed(file, bytes.length === 0 ? 'empty file' : 'only whitespace');
  let article: Article;
  try {
    article = extractArticle(file, decoded.text);
  } catch (error) {
    return failed(
      file,
      `extraction failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success)
    return failed(file, `extracted record is invalid: ${checked.error.issues[0]?.message}`);
  return { article: checked.data, problems: [] };
}

function failed(file: string, message: string): FileResult {
  return { article: null, problems: [{ file, severity: 'error', message }] };
}
