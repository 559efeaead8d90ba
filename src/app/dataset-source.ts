import type { z } from 'zod';
import { DatasetSchema, type Dataset } from '../schema/dataset.ts';

/**
 * Where the multi-file build reads its data at run time. Relative, so the same build works from
 * any sub-path, and an administrator can replace the file without rebuilding.
 */
export const DATASET_URL = './data/articles.json';

export class DatasetError extends Error {}

export const HOW_TO_BUILD =
  'Build it beside index.html with `npm run data -- --output <site folder>/data/articles.json` (which also writes its index and detail files).';

/** The page's message for data that does not match its schema: the first few issues. */
export function schemaError(error: z.ZodError, source: string): DatasetError {
  const issues = error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
  return new DatasetError(`The dataset ${source} does not match the schema: ${issues}.`);
}

/**
 * Validates a parsed dataset once, where it enters the app; `source` names it in messages.
 * Throws a DatasetError with a message for the page.
 */
export function validateDataset(json: unknown, source: string): Dataset {
  const parsed = DatasetSchema.safeParse(json);
  if (!parsed.success) throw schemaError(parsed.error, source);
  const ids = new Set<string>();
  for (const article of parsed.data.articles) {
    if (ids.has(article.id)) {
      throw new DatasetError(`The dataset ${source} has the article id "${article.id}" twice.`);
    }
    ids.add(article.id);
  }
  return parsed.data;
}

/** Fetches and validates the dataset; throws a DatasetError with a message for the page. */
export async function loadDataset(fetchFn: typeof fetch = fetch): Promise<Dataset> {
  let response: Response;
  try {
    // no-cache revalidates: a data file replaced on the server shows on the next load.
    response = await fetchFn(DATASET_URL, { cache: 'no-cache' });
  } catch (error) {
    throw new DatasetError(`The dataset ${DATASET_URL} could not be fetched (${String(error)}).`);
  }
  if (!response.ok) {
    throw new DatasetError(
      `The dataset ${DATASET_URL} is missing (HTTP ${response.status}). ${HOW_TO_BUILD}`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetError(
      `The dataset ${DATASET_URL} is not valid JSON (a partly copied file?). ${HOW_TO_BUILD}`,
    );
  }
  return validateDataset(json, DATASET_URL);
}
