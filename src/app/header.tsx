import type { ReactNode } from 'react';
import { formatDate } from '../lib/format-date.ts';
import { formatCount } from '../lib/plural.ts';
import type { Summary } from './summarize.ts';

export function Header({
  now,
  total,
  span,
  children,
}: {
  now: Summary;
  total: Summary;
  span: { first: string; last: string } | null;
  /** Further controls at the header's end (the data quality button). */
  children?: ReactNode;
}) {
  const stat = (value: number, of: number, what: string) => (
    <li>
      <strong>{formatCount(value)}</strong> of {formatCount(of)} {what}
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
