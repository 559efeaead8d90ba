import { loadAppData, type AppData } from './app-data.ts';

/**
 * The app's one way to get its data. The multi-file build fetches `data/articles.index.json` (or
 * `data/articles.json` when there is no index) at run time and article details per chunk; the
 * single-file build (`vite build --mode single`) swaps this module for `load-dataset.inline.ts`,
 * which carries the whole document inlined.
 */
export function loadDataset(): Promise<AppData> {
  return loadAppData();
}
