import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import type { ListedArticle as Article } from '../../schema/app-index.ts';
import { countryName } from '../../lib/country-names.ts';
import { formatDate } from '../../lib/format-date.ts';
import { safeHttpUrl } from '../../lib/safe-url.ts';
import { SORT_COLUMNS, type SortColumn, type SortKey } from '../filters/filter-state.ts';

const features = tableFeatures({ rowSortingFeature });

/**
 * Every row is one line of this height (app.css: `.article-row`; longer cells end in an
 * ellipsis, their whole text stays in the DOM for screen readers and in the title tooltip).
 * Measuring rows instead forced a layout per row on every filter change (~300 ms at 10,000).
 */
export const ROW_HEIGHT = 38;
/** Rows rendered beyond the visible ones, so fast scrolling rarely shows blank space. */
const OVERSCAN = 12;
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

/** The cell's whole text as a tooltip, for cells an ellipsis may cut. */
function cellTitle(article: Article, column: string): string | undefined {
  if (column === 'title') return article.title;
  if (column === 'organisations') return article.organisations.map((o) => o.name).join(', ');
  if (column === 'topics') return article.topics.join(', ');
  if (column === 'partners')
    return article.countries
      .filter((c) => c.role === 'partner')
      .map((c) => countryName(c.code))
      .join(', ');
  return undefined;
}

function isSortColumn(id: string): id is SortColumn {
  return (SORT_COLUMNS as readonly string[]).includes(id);
}

export interface ArticleTableProps {
  /**
   * Positions in `articles` of the rows, filtered and sorted (the export uses the same order).
   * Positions, not articles: at 100,000 rows a new array of articles per filter change costs more
   * than rendering the window.
   */
  order: ArrayLike<number>;
  articles: readonly Article[];
  sort: readonly SortKey[];
  onSort: (sort: SortKey[]) => void;
  onOpen: (id: string) => void;
}

/**
 * The article table, virtualised: of 100,000 rows only those in (and near) the scroll box are in
 * the DOM, spacer rows keep the scroll height. `aria-rowcount` and each row's `aria-rowindex` tell
 * screen readers the table's real size and where a row sits; Arrow Up/Down move between rows,
 * scrolling the next one into the DOM first.
 */
export function ArticleTable({ order, articles, sort, onSort, onOpen }: ArticleTableProps) {
  const sorting = useMemo<SortingState>(
    () => sort.map((k) => ({ id: k.column, desc: k.desc })),
    [sort],
  );
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read where it is made
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    // No getItemKey: rows have one fixed height and are never measured, so the default key (the
    // position) is enough, and a key per article would be looked up for all 100,000 rows on each
    // filter change.
    // The first paint already shows rows, before the scroll box has been measured.
    initialRect: { width: 1000, height: 700 },
  });
  const items = virtualizer.getVirtualItems();
  // Only the rendered window goes through the table model (cells, accessors).
  const data = useMemo(
    () => items.map((item) => articles[order[item.index]!]!),
    [items, order, articles],
  );
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.id,
    // Sorting happens before the table (over all rows), so export and table agree on order.
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
  const focusRow = (index: number) => {
    if (index < 0 || index >= order.length) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const tryFocus = (attempts: number) => {
      const row = scroller.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
      if (row) row.focus();
      else if (attempts > 0) requestAnimationFrame(() => tryFocus(attempts - 1));
    };
    tryFocus(10);
  };
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div className="table-scroll" ref={scroller}>
      <table className="article-table" aria-rowcount={order.length + 1}>
        <caption className="visually-hidden">
          Articles; select a row to open it. Shift-click a column header to add a secondary sort.
        </caption>
        <colgroup>
          {columns.map((c) => (
            <col key={c.id} className={`col-${c.id ?? ''}`} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
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
          {before > 0 && (
            <tr className="spacer-row" aria-hidden="true" style={{ height: before }}>
              <td colSpan={columns.length} />
            </tr>
          )}
          {table.getRowModel().rows.map((row, k) => {
            const item = items[k]!;
            return (
              // Keyed by position, as the virtualizer counts rows: after a filter change the rows
              // in view are updated in place, not ~30 rows removed and as many made anew.
              <tr
                key={item.index}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                tabIndex={0}
                className="article-row"
                onClick={() => onOpen(row.id)}
                onKeyDown={(e) => {
                  if (e.target !== e.currentTarget) return;
                  if (e.key === 'Enter') {
                    // Consumed here: the dialog can open within this keydown and take focus, and
                    // the key's default action would then press the button focused in it.
                    e.preventDefault();
                    onOpen(row.id);
                  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                    e.preventDefault();
                    focusRow(item.index + (e.key === 'ArrowDown' ? 1 : -1));
                  }
                }}
              >
                {row.getAllCells().map((cell) => (
                  <td
                    key={cell.column.id}
                    data-column={cell.column.id}
                    title={cellTitle(row.original, cell.column.id)}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
          {after > 0 && (
            <tr className="spacer-row" aria-hidden="true" style={{ height: after }}>
              <td colSpan={columns.length} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
