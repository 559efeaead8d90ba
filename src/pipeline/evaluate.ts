import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { buildDataset } from './build-dataset.ts';
import type { Logger } from './logger.ts';
import { LabelSchema, scoreArticles } from './score.ts';

/** Builds the dataset of a labelled folder and scores it against the labels file. */
export async function evaluateFolder(input: string, labelsFile: string, logger: Logger) {
  const labels = z.array(LabelSchema).parse(JSON.parse(await readFile(labelsFile, 'utf8')));
  const dataset = await buildDataset(input, logger);
  const byPath = new Map(dataset.articles.map((a) => [path.resolve(input, a.file), a]));
  const byName = new Map(dataset.articles.map((a) => [path.basename(a.file), a]));
  const pairs = labels.map((label) => ({
    label,
    article:
      byPath.get(path.resolve(path.dirname(labelsFile), label.file)) ??
      byName.get(path.basename(label.file)),
  }));
  const missing = pairs.filter((pair) => !pair.article).map((pair) => pair.label.file);
  return { ...scoreArticles(pairs), missing, articles: dataset.articles.length };
}
