import { useEffect, useState } from 'react';
import type { Dataset } from '../schema/dataset.ts';
import { DatasetError } from './dataset-source.ts';
import { loadDataset } from './load-dataset.ts';

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset }
  | { status: 'error'; message: string };

export function useDataset(): DatasetState {
  const [state, setState] = useState<DatasetState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadDataset().then(
      (dataset) => live && setState({ status: 'ready', dataset }),
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
