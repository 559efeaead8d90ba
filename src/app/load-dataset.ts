import type { Dataset } from '../schema/dataset.ts';
import { loadDataset as fetchDataset } from './dataset-source.ts';

/**
 * The app's one way to get its data. The multi-file build fetches `data/articles.json` at run
 * time; the single-file build (`vite build --mode single`) swaps this module for
 * `load-dataset.inline.ts`, which carries the data inlined.
 */
export function loadDataset(): Promise<Dataset> {
  return fetchDataset();
}
