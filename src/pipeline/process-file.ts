import type { ExtractedArticle, Problem } from '../schema/dataset.ts';
import { extractArticle } from '../extract/article.ts';
import { decodeBytes } from './decode.ts';
import { validateOrRepair } from './validate-record.ts';

export interface Processed {
  article: ExtractedArticle;
  encoding: string;
}

export type FileResult = { processed: Processed | null; problems: Problem[] };

/** Decodes and extracts one file; every failure becomes a problem naming the file, never a throw. */
export function processFile(file: string, bytes: Uint8Array, truncatedFrom?: number): FileResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return failed(file, decoded.reason);
  if (decoded.text.trim() === '')
    return failed(file, bytes.length === 0 ? 'empty file' : 'only whitespace');
  const problems: Problem[] = [];
  if (truncatedFrom !== undefined) {
    problems.push({
      file,
      severity: 'warning',
      message: `file is ${truncatedFrom} bytes; only the first ${bytes.length} were read`,
    });
  }
  let article: ExtractedArticle;
  try {
    article = extractArticle(file, decoded.text);
  } catch (error) {
    return failed(
      file,
      `extraction failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const checked = validateOrRepair(article);
  if (!checked.article) return failed(file, `extracted record is invalid: ${checked.reason}`);
  article = checked.article;
  return {
    processed: { article, encoding: decoded.encoding },
    problems,
  };
}

function failed(file: string, message: string): FileResult {
  return { processed: null, problems: [{ file, severity: 'error', message }] };
}
