import { DatasetSchema, type Dataset } from '../schema/dataset.ts';

/**
 * The one place that knows where the data lives. Relative, so the same build works from any
 * sub-path and an admin can replace the file without rebuilding.
 */
export const DATASET_URL = './data/articles.json';

export class DatasetError extends Error {}

/** Fetches and validates the dataset once; throws a DatasetError with a message for the page. */
export async function loadDataset(fetchFn: typeof fetch = fetch): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetchFn(DATASET_URL, { cache: 'no-cache' });
  } catch (error) {
    throw new DatasetError(`The dataset ${DATASET_URL} could not be fetched (${String(error)}).`);
  }
  if (!response.ok) {
    throw new DatasetError(
      `The dataset ${DATASET_URL} is missing (HTTP ${response.status}). Run \`npm run data\` to build it.`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetError(`The dataset ${DATASET_URL} is not valid JSON.`);
  }
  const parsed = DatasetSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new DatasetError(`The dataset ${DATASET_URL} does not match the schema: ${issues}.`);
  }
  const ids = new Set<string>();
  for (const article of parsed.data.articles) {
    if (ids.has(article.id)) {
      throw new DatasetError(
        `The dataset ${DATASET_URL} has the article id "${article.id}" twice.`,
      );
    }
    ids.add(article.id);
  }
  return parsed.data;
}
