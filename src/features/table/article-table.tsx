import { useMemo, useState } from 'react';
import {
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import type { Article } from '../../schema/dataset.ts';
import { countryName } from '../../lib/country-names.ts';
import { formatDate } from '../../lib/format-date.ts';
import { safeHttpUrl } from '../../lib/safe-url.ts';
import { SORT_COLUMNS, type SortColumn, type SortKey } from '../filters/filter-state.ts';

const features = tableFeatures({ rowSortingFeature });

// Thousands of rows at once make every filter change slow; show them in pages of this size.
const ROWS_PER_PAGE = 200;
const helper = createColumnHelper<typeof features, Article>();

function TitleCell({ article }: { article: Article }) {
  const url = safeHttpUrl(article.url);
  if (url === null) return <span>{article.title}</span>;
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      // The row opens the article view; the link must only open the source.
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => e.stopPropagation()}
    >
      {article.title}
      <span className="visually-hidden"> (source, opens in a new tab)</span>
    </a>
  );
}

const columns = helper.columns([
  helper.accessor((a) => a.date, {
    id: 'date',
    header: 'Date',
    sortDescFirst: true,
    cell: (info) => <span className="nowrap">{formatDate(info.getValue())}</span>,
  }),
  helper.accessor((a) => a.title, {
    id: 'title',
    header: 'Title',
    cell: (info) => <TitleCell article={info.row.original} />,
  }),
  helper.accessor(
    (a) => a.countries.filter((c) => c.role === 'partner').map((c) => countryName(c.code)),
    {
      id: 'partners',
      header: 'Partner countries',
      cell: (info) => info.getValue().join(', '),
    },
  ),
  helper.accessor((a) => a.organisations.map((o) => o.name), {
    id: 'organisations',
    header: 'Organisations',
    cell: (info) => info.getValue().join(', '),
  }),
  helper.accessor((a) => a.eventType, { id: 'type', header: 'Event type' }),
  helper.accessor((a) => a.topics, {
    id: 'topics',
    header: 'Topics',
    cell: (info) => info.getValue().join(', '),
  }),
  helper.accessor((a) => a.language, { id: 'language', header: 'Language' }),
]);

function isSortColumn(id: string): id is SortColumn {
  return (SORT_COLUMNS as readonly string[]).includes(id);
}

export interface ArticleTableProps {
  /** Already filtered and sorted (the export uses the same order). */
  rows: readonly Article[];
  sort: readonly SortKey[];
  onSort: (sort: SortKey[]) => void;
  onOpen: (id: string) => void;
}

export function ArticleTable({ rows, sort, onSort, onOpen }: ArticleTableProps) {
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  const sorting = useMemo<SortingState>(
    () => sort.map((k) => ({ id: k.column, desc: k.desc })),
    [sort],
  );
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.id,
    // Sorting happens in sortArticles, before the table, so export and table agree on order.
    manualSorting: true,
    // Clicking the sorted column flips its direction instead of dropping back to no sort.
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      onSort(
        next
          .filter((s) => isSortColumn(s.id))
          .map((s) => ({ column: s.id as SortColumn, desc: s.desc })),
      );
    },
  });

  return (
    <div className="table-scroll">
      <table className="article-table">
        <caption className="visually-hidden">
          Articles; select a row to open it. Shift-click a column header to add a secondary sort.
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const dir = header.column.getIsSorted();
                const index = header.column.getSortIndex();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={
                      index === 0 && dir ? (dir === 'asc' ? 'ascending' : 'descending') : undefined
                    }
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      <table.FlexRender header={header} />
                      <span className="sort-mark" aria-hidden="true">
                        {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                        {dir && sorting.length > 1 ? index + 1 : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table
            .getRowModel()
            .rows.slice(0, limit)
            .map((row) => (
              <tr
                key={row.id}
                tabIndex={0}
                className="article-row"
                onClick={() => onOpen(row.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && e.target === e.currentTarget) onOpen(row.id);
                }}
              >
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} data-column={cell.column.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
        </tbody>
      </table>
      {rows.length > limit && (
        <p className="more-rows">
          <span className="muted">
            Showing {limit} of {rows.length} (the export holds all of them).
          </span>{' '}
          <button type="button" onClick={() => setLimit(limit + ROWS_PER_PAGE)}>
            Show {Math.min(ROWS_PER_PAGE, rows.length - limit)} more
          </button>
        </p>
      )}
    </div>
  );
}
