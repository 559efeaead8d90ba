import type { ReactNode } from 'react';
import type { Article } from '../schema/dataset.ts';
import { formatDate } from '../lib/format-date.ts';
import { dateSpan, summarize } from './summarize.ts';

export function Header({
  shown,
  all,
  children,
}: {
  shown: readonly Article[];
  all: readonly Article[];
  /** Further controls at the header's end (the data quality button). */
  children?: ReactNode;
}) {
  const now = summarize(shown);
  const total = summarize(all);
  const span = dateSpan(all);
  const stat = (value: number, of: number, what: string) => (
    <li>
      <strong>{value}</strong> of {of} {what}
    </li>
  );
  return (
    <header className="app-header">
      <div>
        <h1>ICT Atlas</h1>
        <p className="muted small">
          International ICT cooperation from news articles
          {span && (
            <>
              {' '}
              · {formatDate(span.first)} – {formatDate(span.last)}
            </>
          )}
        </p>
      </div>
      <div className="header-side">
        <ul className="stats" aria-label="Shown of total" aria-live="polite">
          {stat(now.articles, total.articles, 'articles')}
          {stat(now.events, total.events, 'events')}
          {stat(now.partnerCountries, total.partnerCountries, 'partner countries')}
          {stat(now.years, total.years, 'years')}
        </ul>
        {children}
      </div>
    </header>
  );
}
