import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import type { Dataset } from '../schema/dataset.ts';
import { filterArticles } from '../features/filters/apply-filters.ts';
import { countOptions } from '../features/filters/count-options.ts';
import { FilterBar } from '../features/filters/filter-bar.tsx';
import { FilterChips } from '../features/filters/filter-chips.tsx';
import { clearFilters, hasActiveFilters, toggle } from '../features/filters/filter-state.ts';
import { formatViewState } from '../features/filters/url-state.ts';
import { useViewState } from '../features/filters/use-view-state.ts';
import { countByCountry } from '../features/map/count-by-country.ts';
import { WorldMap } from '../features/map/world-map.tsx';
import { countByPeriod, yearSpan } from '../features/timeline/count-by-period.ts';
import { Timeline } from '../features/timeline/timeline.tsx';
import { ArticleTable } from '../features/table/article-table.tsx';
import { sortArticles } from '../features/table/sort-articles.ts';
import { ExportButtons } from '../features/export/export-buttons.tsx';
import { plural } from '../lib/plural.ts';
import { Header } from './header.tsx';
import { useDataset } from './use-dataset.ts';

// Not needed for the first screen: loaded when an article is opened.
const ArticleView = lazy(() => import('../features/article/article-view.tsx'));

export function App() {
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
  return <Dashboard dataset={data.dataset} />;
}

function Dashboard({ dataset }: { dataset: Dataset }) {
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

  return (
    <>
      <a className="skip-link" href="#articles">
        Skip to the article table
      </a>
      <Header shown={shown} all={all} />
      <main className="dashboard">
        <div className="filters-row">
          <FilterBar state={state} counts={counts} onChange={setState} />
          <FilterChips state={state} onChange={setState} />
        </div>
        <div className="views">
          <WorldMap
            stats={countryStats}
            selected={state.countries}
            onToggle={(code) => setState({ ...state, countries: toggle(state.countries, code) })}
          />
          <Timeline
            timeline={timeline}
            from={state.from}
            to={state.to}
            years={years}
            onRange={(from, to) => setState({ ...state, from, to })}
          />
        </div>
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
        {dataset.problems.length > 0 && (
          <details className="problems">
            <summary>{plural(dataset.problems.length, 'input file')} had problems</summary>
            <ul>
              {dataset.problems.map((p) => (
                <li key={`${p.file}-${p.message}`}>
                  <code>{p.file}</code> ({p.severity}): {p.message}
                </li>
              ))}
            </ul>
          </details>
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
