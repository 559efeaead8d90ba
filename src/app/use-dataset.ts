import { useEffect, useState } from 'react';
import type { AppData } from './app-data.ts';
import { DatasetError } from './dataset-source.ts';
import { loadDataset } from './load-dataset.ts';

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: AppData }
  | { status: 'error'; message: string };

export function useDataset(): DatasetState {
  const [state, setState] = useState<DatasetState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadDataset().then(
      (dataset) => {
        performance.mark('atlas:data-ready');
        if (live) setState({ status: 'ready', dataset });
      },
      (error: unknown) =>
        live &&
        setState({
          status: 'error',
          message:
            error instanceof DatasetError ? error.message : `Unexpected error: ${String(error)}`,
        }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
