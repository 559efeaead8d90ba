import { downloadText } from '../../lib/download.ts';
import { articlesToCsv, articlesToJson, type Article } from './to-export.ts';

export interface ExportButtonsProps {
  /** How many rows are shown. */
  count: number;
  /** False until the summaries (in the search file) have loaded. */
  ready: boolean;
  /** The shown rows with their summaries, made when a button is pressed. */
  rows: () => readonly Article[];
  /** The current query string, recorded in the JSON so an export says what it holds. */
  query: string;
}

export function ExportButtons({ count, ready, rows, query }: ExportButtonsProps) {
  const disabled = count === 0 || !ready;
  return (
    <div className="export-buttons" role="group" aria-label="Export the shown articles">
      <button
        type="button"
        disabled={disabled}
        onClick={() =>
          downloadText('ict-atlas-articles.csv', 'text/csv;charset=utf-8', articlesToCsv(rows()))
        }
      >
        Export CSV
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() =>
          downloadText('ict-atlas-articles.json', 'application/json', articlesToJson(rows(), query))
        }
      >
        Export JSON
      </button>
    </div>
  );
}
