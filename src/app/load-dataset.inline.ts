import inlined from 'virtual:ict-atlas-dataset';
import { fromDataset, type AppData } from './app-data.ts';
import { validateDataset } from './dataset-source.ts';

/**
 * The single-file build's data: the JSON `npm run data` wrote, inlined at build time (see
 * vite.config.ts), and validated like the fetched file. Nothing is fetched.
 */
export function loadDataset(): Promise<AppData> {
  return Promise.resolve().then(() =>
    fromDataset(validateDataset(inlined, 'inlined in this file')),
  );
}
