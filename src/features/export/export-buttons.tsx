import type { ListedArticle as Article } from '../../schema/app-index.ts';
import { downloadText } from '../../lib/download.ts';
import { articlesToCsv, articlesToJson } from './to-export.ts';

export interface ExportButtonsProps {
  rows: readonly Article[];
  /** The current query string, recorded in the JSON so an export says what it holds. */
  query: string;
}

export function ExportButtons({ rows, query }: ExportButtonsProps) {
  const disabled = rows.length === 0;
  return (
    <div className="export-buttons" role="group" aria-label="Export the shown articles">
      <button
        type="button"
        disabled={disabled}
        onClick={() =>
          downloadText('ict-atlas-articles.csv', 'text/csv;charset=utf-8', articlesToCsv(rows))
        }
      >
        Export CSV
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() =>
          downloadText('ict-atlas-articles.json', 'application/json', articlesToJson(rows, query))
        }
      >
        Export JSON
      </button>
    </div>
  );
}
