import { lazy, Suspense, useDeferredValue, useEffect, useMemo } from 'react';
import type { Dataset } from '../schema/dataset.ts';
import { filterArticles } from '../features/filters/apply-filters.ts';
import { countOptions } from '../features/filters/count-options.ts';
import { FilterBar } from '../features/filters/filter-bar.tsx';
import { FilterChips } from '../features/filters/filter-chips.tsx';
import { clearFilters, hasActiveFilters, toggle } from '../features/filters/filter-state.ts';
import { formatViewState, type DisplayOptions } from '../features/filters/url-state.ts';
import { useViewState } from '../features/filters/use-view-state.ts';
import { countByCountry } from '../features/map/count-by-country.ts';
import { countByPeriod, yearSpan } from '../features/timeline/count-by-period.ts';
import { preloadTimelineChart, Timeline } from '../features/timeline/timeline.tsx';
import { ArticleTable } from '../features/table/article-table.tsx';
import { sortArticles } from '../features/table/sort-articles.ts';
import { ExportButtons } from '../features/export/export-buttons.tsx';
import { qualityReport } from '../features/quality/quality-report.ts';
import { QualityButton, QualityView } from '../features/quality/quality-view.tsx';
import { plural } from '../lib/plural.ts';
import { Header } from './header.tsx';
import { useDataset } from './use-dataset.ts';

// Not needed for the first screen: loaded when an article is opened.
const ArticleView = lazy(() => import('../features/article/article-view.tsx'));
// The map's code and bundled geometry (~70 kB gzipped) load only when the map is shown, in
// parallel with the timeline's chart; an embed with `views=table` never downloads them.
const importMap = () => import('../features/map/world-map.tsx');
const WorldMap = lazy(() => importMap().then((m) => ({ default: m.WorldMap })));

/** The shown views' code starts downloading at once, beside the dataset, not after it. */
function preloadViews(views: DisplayOptions['views']): void {
  if (views.includes('map')) void importMap();
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
      </div>
      <div className="map-frame map-placeholder" />
    </section>
  );
}

function Dashboard({ dataset, display }: { dataset: Dataset; display: DisplayOptions }) {
  const shows = (name: DisplayOptions['views'][number]) => display.views.includes(name);
  const [state, setState] = useViewState();
  const all = dataset.articles;
  // Typing in the search box stays responsive on a large corpus: filtering may lag a frame.
  const view = useDeferredValue(state);
  const shown = useMemo(() => filterArticles(all, view), [all, view]);
  const rows = useMemo(() => sortArticles(shown, view.sort), [shown, view.sort]);
  const counts = useMemo(() => countOptions(all, view), [all, view]);
  const countryStats = useMemo(
    () => countByCountry(filterArticles(all, view, 'countries')),
    [all, view],
  );
  const span = useMemo(() => yearSpan(all), [all]);
  const years = useMemo(
    () => (span ? Array.from({ length: span.max - span.min + 1 }, (_, i) => span.min + i) : []),
    [span],
  );
  const timeline = useMemo(
    () => countByPeriod(shown, view.from, view.to, span),
    [shown, view.from, view.to, span],
  );
  const open = state.article === null ? undefined : all.find((a) => a.id === state.article);
  const quality = useMemo(() => qualityReport(dataset), [dataset]);

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
        <Header shown={shown} all={all}>
          <QualityButton
            report={quality}
            open={state.quality !== null}
            onToggle={() => setState({ ...state, quality: state.quality === null ? 'all' : null })}
          />
        </Header>
      )}
      <main className="dashboard">
        {state.quality !== null && (
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
          <FilterBar state={state} counts={counts} onChange={setState} />
          <FilterChips state={state} onChange={setState} />
        </div>
        {(shows('map') || shows('timeline')) && (
          <div className="views">
            {shows('map') && (
              <Suspense fallback={<MapPlaceholder />}>
                <WorldMap
                  stats={countryStats}
                  selected={state.countries}
                  onToggle={(code) =>
                    setState({ ...state, countries: toggle(state.countries, code) })
                  }
                />
              </Suspense>
            )}
            {shows('timeline') && (
              <Timeline
                timeline={timeline}
                from={state.from}
                to={state.to}
                years={years}
                onRange={(from, to) => setState({ ...state, from, to })}
              />
            )}
          </div>
        )}
        {shows('table') && (
          <section className="panel table-panel" aria-labelledby="articles">
            <div className="panel-head">
              <h2 id="articles" tabIndex={-1}>
                {plural(rows.length, 'article')}
              </h2>
              <ExportButtons rows={rows} query={formatViewState({ ...view, article: null })} />
            </div>
            {rows.length === 0 ? (
              <div className="empty" role="status">
                <p>No articles match these filters.</p>
                {hasActiveFilters(state) && (
                  <button type="button" onClick={() => setState(clearFilters(state))}>
                    Clear all filters
                  </button>
                )}
              </div>
            ) : (
              <ArticleTable
                rows={rows}
                sort={view.sort}
                onSort={(sort) => setState({ ...state, sort })}
                onOpen={(article) => setState({ ...state, article })}
              />
            )}
          </section>
        )}
      </main>
      {open && (
        <Suspense fallback={null}>
          <ArticleView article={open} onClose={() => setState({ ...state, article: null })} />
        </Suspense>
      )}
    </>
  );
}
