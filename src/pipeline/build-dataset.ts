import { readFile } from 'node:fs/promises';
import { DatasetSchema } from '../schema/dataset.ts';
import type { Article, Dataset, Problem } from '../schema/dataset.ts';
import { fnv1a } from '../extract/article-id.ts';
import type { Logger } from './logger.ts';
import { processFile } from './process-file.ts';
import { walkFiles } from './walk.ts';

/** Reads every file under `input` and returns the dataset: each file an article or a problem. */
export async function buildDataset(input: string, logger: Logger): Promise<Dataset> {
  const { files, notes } = await walkFiles(input);
  const articles: Article[] = [];
  const problems: Problem[] = notes.map((note) => ({
    file: note.file,
    severity: 'warning',
    message: note.message,
  }));
  for (const note of notes) logger.warn(`${note.file}: ${note.message}`);

  for (const entry of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(entry.absolute);
    } catch (error) {
      problems.push({
        file: entry.file,
        severity: 'error',
        message: `cannot read: ${String(error)}`,
      });
      logger.error(`${entry.file}: cannot read`);
      continue;
    }
    const result = processFile(entry.file, bytes);
    for (const problem of result.problems)
      logger[problem.severity === 'error' ? 'error' : 'warn'](
        `${problem.file}: ${problem.message}`,
      );
    if (result.article) articles.push(result.article);
  }
  return DatasetSchema.parse({ schemaVersion: 1, articles: uniqueIds(articles), problems });
}

/** Two paths can slug to one id (`a.txt`, `a.html`): every holder of a shared id gets a path hash. */
export function uniqueIds(articles: Article[]): Article[] {
  const counts = new Map<string, number>();
  for (const article of articles) counts.set(article.id, (counts.get(article.id) ?? 0) + 1);
  return articles.map((article) =>
    counts.get(article.id)! > 1
      ? { ...article, id: `${article.id}-${fnv1a(article.file)}` }
      : article,
  );
}

/** Stable serialisation: same dataset, same bytes. */
export function serialiseDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 1)}\n`;
}
