import { DatasetSchema } from '../schema/dataset.ts';
import type { Article, Dataset, Problem } from '../schema/dataset.ts';
import { fnv1a } from '../extract/article-id.ts';
import { groupArticles } from './duplicates.ts';
import type { Logger } from './logger.ts';
import { processFile } from './process-file.ts';
import type { Processed } from './process-file.ts';
import { readCapped } from './read-capped.ts';
import { walkFiles } from './walk.ts';

/** Reads every file under `input` and returns the dataset: each file an article or a problem. */
export async function buildDataset(input: string, logger: Logger): Promise<Dataset> {
  const { files, notes } = await walkFiles(input);
  const processed: Processed[] = [];
  const problems: Problem[] = notes.map((note) => ({
    file: note.file,
    severity: 'warning',
    message: note.message,
  }));
  for (const note of notes) logger.warn(`${note.file}: ${note.message}`);

  for (const entry of files) {
    let result;
    try {
      const { bytes, truncated, size } = await readCapped(entry.absolute);
      result = processFile(entry.file, bytes, truncated ? size : undefined);
    } catch (error) {
      result = {
        processed: null,
        problems: [
          {
            file: entry.file,
            severity: 'error' as const,
            message: `cannot read: ${String(error)}`,
          },
        ],
      };
    }
    for (const problem of result.problems) {
      logger[problem.severity === 'error' ? 'error' : 'warn'](
        `${problem.file}: ${problem.message}`,
      );
    }
    problems.push(...result.problems);
    if (result.processed) processed.push(result.processed);
  }
  const withIds = uniqueIds(processed);
  const groups = groupArticles(withIds);
  const articles: Article[] = withIds.map(({ article, encoding }, i) => ({
    ...article,
    encoding,
    ...groups[i]!,
  }));
  return DatasetSchema.parse({ schemaVersion: 1, articles, problems });
}

/** Two paths can slug to one id (`a.txt`, `a.html`): every holder of a shared id gets a path hash. */
function uniqueIds(processed: Processed[]): Processed[] {
  const counts = new Map<string, number>();
  for (const { article } of processed) counts.set(article.id, (counts.get(article.id) ?? 0) + 1);
  return processed.map((entry) =>
    counts.get(entry.article.id)! > 1
      ? {
          ...entry,
          article: { ...entry.article, id: `${entry.article.id}-${fnv1a(entry.article.file)}` },
        }
      : entry,
  );
}

/** Stable serialisation: same dataset, same bytes. */
export function serialiseDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 1)}\n`;
}
