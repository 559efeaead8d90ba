import { memo, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { Article } from '../schema/dataset.ts';
import type { ListedArticle } from '../schema/app-index.ts';
import {
  allMask,
  buildIndex,
  queryIndex,
  summarizeMask,
  timelineOf,
  yearSpanOf,
} from '../features/filters/article-index.ts';
import { FilterBar } from '../features/filters/filter-bar.tsx';
import { FilterChips } from '../features/filters/filter-chips.tsx';
import {
  clearFilters,
  DEFAULT_SORT,
  hasActiveFilters,
  toggle,
  type SortKey,
} from '../features/filters/filter-state.ts';
import {
  formatViewState,
  parseViewState,
  type DisplayOptions,
} from '../features/filters/url-state.ts';
import { useTextSearch } from '../features/filters/use-text-search.ts';
import { useViewState } from '../features/filters/use-view-state.ts';
import { preloadTimelineChart, Timeline } from '../features/timeline/timeline.tsx';
import { ArticleTable } from '../features/table/article-table.tsx';
import { SortIndex } from '../features/table/sort-index.ts';
import { ExportButtons } from '../features/export/export-buttons.tsx';
import { qualityCountsOf, qualityReport } from '../features/quality/quality-report.ts';
import { QualityButton, QualityView } from '../features/quality/quality-view.tsx';
import { plural } from '../lib/plural.ts';
import { expectViews, markViewRendered, markViewsUpdated } from '../lib/perf-marks.ts';
import type { AppData } from './app-data.ts';
import { MIN_ZOOM, ZoomControls } from '../features/map/zoom-controls.tsx';
import { Header } from './header.tsx';
import { preloadableComponent } from '../lib/preloadable.ts';
import { dateSpan } from './summarize.ts';
import { useDataset } from './use-dataset.ts';

// Not needed for the first screen: loaded after it (or when an article is opened first), so that
// opening one draws the dialog at once (see preloadable).
const { Component: ArticleView, preload: preloadArticleView } = preloadableComponent(() =>
  import('../features/article/article-view.tsx').then((m) => m.default),
);
// The map's code and bundled geometry (~70 kB gzipped) load only when the map is shown, in
// parallel with the timeline's chart; an embed with `views=table` never downloads them.
const map = preloadableComponent(() =>
  import('../features/map/world-map.tsx').then((m) => m.WorldMap),
);
// Memoised, as are the timeline and the table: typing re-renders the filter bar at once, while
// the views re-render only when the (deferred) result they show has changed. Drawn at once when
// its code arrived ahead (see preloadable).
const WorldMap = memo(map.Component);
const MemoTimeline = memo(Timeline);
const MemoTable = memo(ArticleTable);

/** The shown views' code starts downloading at once, beside the dataset, not after it. */
function preloadViews(views: DisplayOptions['views']): void {
  if (views.includes('map')) map.preload();
  if (views.includes('timeline')) preloadTimelineChart();
}

export function App({ display }: { display: DisplayOptions }) {
  useEffect(() => preloadViews(display.views), [display.views]);
  const data = useDataset();
  if (data.status === 'loading') {
    return (
      <main className="status" aria-busy="true">
        <p>Loading the dataset…</p>
      </main>
    );
  }
  if (data.status === 'error') {
    return (
      <main className="status">
        <h1>ICT Atlas</h1>
        <div role="alert" className="error-box">
          <h2>The dashboard cannot start</h2>
          <p>{data.message}</p>
        </div>
      </main>
    );
  }
  return <Dashboard dataset={data.dataset} display={display} />;
}

/** Stands in for the map while its chunk loads, at the map's size, so nothing jumps. */
function MapPlaceholder() {
  return (
    <section className="panel map-panel" aria-busy="true" aria-label="Partner countries">
      <div className="panel-head">
        <h2>Partner countries</h2>
        {/* The same head and foot as the map: the page must not shift when it arrives. */}
        <ZoomControls zoom={MIN_ZOOM} />
      </div>
      <div className="map-frame map-placeholder" />
      <div className="map-foot">
        <p className="legend muted">Loading the map…</p>
      </div>
    </section>
  );
}

/** Loads the open article's details (its chunk), showing the listed fields meanwhile. */
function OpenArticle({
  data,
  listed,
  onClose,
}: {
  data: AppData;
  listed: ListedArticle;
  onClose: () => void;
}) {
  const [loaded, setLoaded] = useState<{
    id: string;
    article: Article | null;
    error: string | null;
  }>({ id: '', article: null, error: null });
  useEffect(() => {
    let live = true;
    data.details(listed.id).then(
      (article) => live && setLoaded({ id: listed.id, article, error: null }),
      (error: unknown) =>
        live &&
        setLoaded({
          id: listed.id,
          article: null,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [data, listed.id]);
  const current = loaded.id === listed.id ? loaded : { article: null, error: null };
  return (
    <Suspense fallback={null}>
      <ArticleView
        listed={listed}
        article={current.article}
        error={current.error}
        onClose={onClose}
      />
    </Suspense>
  );
}

function Dashboard({ dataset: data, display }: { dataset: AppData; display: DisplayOptions }) {
  const shows = (name: DisplayOptions['views'][number]) => display.views.includes(name);
  const [state, setState] = useViewState();
  const all = data.articles;
  const index = useMemo(() => {
    const built = buildIndex(all);
    performance.mark('atlas:indexes-built');
    return built;
  }, [all]);
  // The search texts come after the first render (they are not in the first payload); a query
  // in the URL asks for them at once.
  const [search, setSearch] = useState<{
    texts: readonly string[] | null;
    summaries: readonly string[] | null;
    error: string | null;
  }>({ texts: null, summaries: null, error: null });
  const wantsSearch = state.query.trim() !== '';
  useEffect(() => {
    let live = true;
    const load = () =>
      data.loadSearch().then(
        (file) => {
          if (live) setSearch({ texts: file.search, summaries: file.summary, error: null });
        },
        (error: unknown) =>
          live && setSearch({ texts: null, summaries: null, error: String(error) }),
      );
    const timer = setTimeout(load, wantsSearch ? 0 : 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [data, wantsSearch]);
  useEffect(() => {
    const timer = setTimeout(preloadArticleView, 300);
    return () => clearTimeout(timer);
  }, []);
  const sorter = useMemo(() => new SortIndex(all), [all]);
  const positions = useMemo(() => new Map(all.map((a, i) => [a.id, i])), [all]);
  // The views show the last query whose search has finished: typing never waits for a search,
  // and any other change (a click, a select) updates every view in one render.
  const searched = useTextSearch(search.texts, state.query);
  const view = useMemo(() => ({ ...state, query: searched.query }), [state, searched.query]);
  const current = searched.query === state.query;
  // Only the filters decide which rows match; sorting or opening an article reuses the result.
  const filterKey = formatViewState({ ...view, sort: DEFAULT_SORT, article: null, quality: null });
  const result = useMemo(
    () => queryIndex(index, parseViewState(filterKey), searched.mask),
    [index, filterKey, searched.mask],
  );
  const order = useMemo(() => sorter.sorted(result.shown, view.sort), [sorter, result, view.sort]);
  const total = useMemo(() => summarizeMask(index, allMask(index)), [index]);
  const span = useMemo(() => yearSpanOf(index), [index]);
  const dates = useMemo(() => dateSpan(all), [all]);
  const years = useMemo(
    () => (span ? Array.from({ length: span.max - span.min + 1 }, (_, i) => span.min + i) : []),
    [span],
  );
  const timeline = useMemo(
    () => timelineOf(index, result.shown, view.from, view.to, span),
    [index, result, view.from, view.to, span],
  );
  const openAt = state.article === null ? undefined : positions.get(state.article);
  const open = openAt === undefined ? undefined : all[openAt];
  // The full report (maps of 100,000 files and ids) only once the view is opened; the header's
  // counts need one loop.
  const qualityOpen = state.quality !== null;
  const quality = useMemo(() => (qualityOpen ? qualityReport(data) : null), [data, qualityOpen]);
  const qualityCounts = useMemo(() => qualityCountsOf(data), [data]);
  const toggleCountry = useCallback(
    (code: string) => setState((s) => ({ ...s, countries: toggle(s.countries, code) })),
    [setState],
  );
  const setRange = useCallback(
    (from: string | null, to: string | null) => setState((s) => ({ ...s, from, to })),
    [setState],
  );
  const setSort = useCallback((sort: SortKey[]) => setState((s) => ({ ...s, sort })), [setState]);
  const openArticle = useCallback(
    (article: string) => setState((s) => ({ ...s, article })),
    [setState],
  );

  useLayoutEffect(() => expectViews(display.views), [display.views]);
  useEffect(() => {
    if (current) markViewsUpdated();
  }, [view, current]);
  useEffect(() => {
    if (!shows('table')) return;
    markViewRendered('table');
  });
  return (
    <>
      {shows('table') && (
        <a className="skip-link" href="#articles">
          Skip to the article table
        </a>
      )}
      {display.embed ? (
        // The host page has its own header; the page keeps its name for screen readers.
        <h1 className="visually-hidden">ICT Atlas</h1>
      ) : (
        <Header now={result.summary} total={total} span={dates}>
          <QualityButton
            report={qualityCounts}
            open={state.quality !== null}
            onToggle={() => setState({ ...state, quality: state.quality === null ? 'all' : null })}
          />
        </Header>
      )}
      <main className="dashboard">
        {state.quality !== null && quality !== null && (
          <QualityView
            report={quality}
            filter={state.quality}
            onFilter={(filter) => setState({ ...state, quality: filter })}
            onClose={() => setState({ ...state, quality: null })}
            articleHref={(id) =>
              formatViewState({ ...state, article: id }, window.location.search) ||
              window.location.pathname
            }
            onOpenArticle={(id) => setState({ ...state, article: id })}
          />
        )}
        <div className="filters-row">
          <FilterBar
            state={state}
            counts={result.counts}
            searchScope={data.searchScope}
            searchStatus={
              search.texts !== null ? 'ready' : search.error !== null ? search.error : 'loading'
            }
            onChange={setState}
          />
          <FilterChips state={state} onChange={setState} />
        </div>
        {(shows('map') || shows('timeline')) && (
          <div className="views">
            {shows('map') && (
              <Suspense fallback={<MapPlaceholder />}>
                <WorldMap
                  stats={result.countryStats}
                  selected={view.countries}
                  onToggle={toggleCountry}
                />
              </Suspense>
            )}
            {shows('timeline') && (
              <MemoTimeline
                timeline={timeline}
                from={view.from}
                to={view.to}
                years={years}
                onRange={setRange}
              />
            )}
          </div>
        )}
        {shows('table') && (
          <section className="panel table-panel" aria-labelledby="articles">
            <div className="panel-head">
              <h2 id="articles" tabIndex={-1}>
                {plural(order.length, 'article')}
              </h2>
              <ExportButtons
                count={order.length}
                ready={search.summaries !== null}
                rows={() =>
                  Array.from(order, (p) => ({ ...all[p]!, summary: search.summaries?.[p] ?? '' }))
                }
                query={formatViewState({ ...view, article: null })}
              />
            </div>
            {order.length === 0 ? (
              <div className="empty" role="status">
                <p>No articles match these filters.</p>
                {hasActiveFilters(state) && (
                  <button type="button" onClick={() => setState(clearFilters(state))}>
                    Clear all filters
                  </button>
                )}
              </div>
            ) : (
              <MemoTable
                order={order}
                articles={all}
                sort={view.sort}
                onSort={setSort}
                onOpen={openArticle}
              />
            )}
          </section>
        )}
      </main>
      {open && (
        <OpenArticle
          data={data}
          listed={open}
          onClose={() => setState({ ...state, article: null })}
        />
      )}
    </>
  );
}
