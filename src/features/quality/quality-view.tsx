import { useEffect, useRef, type MouseEvent } from 'react';
import type { QualityFilter } from '../filters/filter-state.ts';
import { plural } from '../../lib/plural.ts';
import { filterReport, type ArticleRef, type QualityReport } from './quality-report.ts';

export interface QualityViewProps {
  report: QualityReport;
  filter: QualityFilter;
  onFilter: (filter: QualityFilter) => void;
  onClose: () => void;
  /** The URL of an article's view (`?…&article=<id>`), for real links that open in a new tab too. */
  articleHref: (id: string) => string;
  onOpenArticle: (id: string) => void;
}

const FILTER_LABELS: Record<QualityFilter, string> = {
  all: 'All',
  error: 'Errors',
  warning: 'Warnings',
};

/**
 * The data quality view: files the build could not read or skipped, articles with warnings and
 * duplicates, each article linked to its view. Everything from the dataset is rendered as text.
 */
export function QualityView({
  report,
  filter,
  onFilter,
  onClose,
  articleHref,
  onOpenArticle,
}: QualityViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the view moves the focus to it, so keyboard and screen reader users land there;
  // closing it returns the focus to what opened it (the header's button).
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    heading.current?.focus();
    return () => {
      if (opener?.isConnected && opener !== document.body) opener.focus();
    };
  }, []);
  const shown = filterReport(report, filter);

  const link = (article: ArticleRef) => (
    <a
      href={articleHref(article.id)}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        // A plain click opens the article here; modified clicks keep the browser's behaviour.
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
          return;
        event.preventDefault();
        onOpenArticle(article.id);
      }}
    >
      {article.title}
    </a>
  );

  return (
    <section className="panel quality-panel" aria-labelledby="quality-heading">
      <div className="panel-head">
        <h2 id="quality-heading" ref={heading} tabIndex={-1}>
          Data quality
        </h2>
        <button
          type="button"
          className="close-button"
          onClick={onClose}
          aria-label="Close data quality"
        >
          ×
        </button>
      </div>
      <p className="muted small">
        {plural(report.articles, 'article')} ({plural(report.events, 'distinct event')}) ·{' '}
        {plural(report.errors, 'file')} not read · {plural(report.warnings, 'warning')} ·{' '}
        {plural(report.duplicates.length, 'duplicate')}
      </p>
      <div className="quality-filter" role="group" aria-label="Severity">
        {(Object.keys(FILTER_LABELS) as QualityFilter[]).map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={filter === value}
            onClick={() => onFilter(value)}
          >
            {FILTER_LABELS[value]}
          </button>
        ))}
      </div>

      <h3 id="quality-files">Files with problems</h3>
      {shown.problems.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="quality-list" aria-labelledby="quality-files">
          {shown.problems.map((problem, i) => (
            <li key={`${problem.file}\u0000${i}`}>
              <span className={`severity severity-${problem.severity}`}>{problem.severity}</span>{' '}
              <code className="quality-file">{problem.file}</code>
              <div>
                {problem.message}
                {problem.article && <> — {link(problem.article)}</>}
              </div>
            </li>
          ))}
        </ul>
      )}

      {filter !== 'error' && (
        <>
          <h3 id="quality-warned">Articles with warnings</h3>
          {shown.warned.length === 0 ? (
            <p className="muted">None.</p>
          ) : (
            <ul className="quality-list" aria-labelledby="quality-warned">
              {shown.warned.map((article) => (
                <li key={article.id}>
                  {link(article)} <code className="quality-file muted">{article.file}</code>
                  <ul className="quality-warnings">
                    {article.warnings.map((warning, i) => (
                      <li key={i}>{warning}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}

          <h3 id="quality-duplicates">Duplicates</h3>
          {shown.duplicates.length === 0 ? (
            <p className="muted">None.</p>
          ) : (
            <ul className="quality-list" aria-labelledby="quality-duplicates">
              {shown.duplicates.map((article) => (
                <li key={article.id}>
                  {link(article)} <code className="quality-file muted">{article.file}</code>
                  <div>
                    same content as {link(article.original)}{' '}
                    <code className="quality-file muted">{article.original.file}</code>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** The header's entry point: the counts, as a button that opens and closes the view. */
export function QualityButton({
  report,
  open,
  onToggle,
}: {
  report: Pick<QualityReport, 'errors' | 'warnings'>;
  open: boolean;
  onToggle: () => void;
}) {
  return (
    <button type="button" className="quality-button" aria-pressed={open} onClick={onToggle}>
      <span className="visually-hidden">Data quality: </span>
      {plural(report.errors, 'problem')} · {plural(report.warnings, 'warning')}
    </button>
  );
}
