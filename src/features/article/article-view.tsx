import { useEffect, useMemo, useRef } from 'react';
import type { Article } from '../../schema/dataset.ts';
import type { ListedArticle } from '../../schema/app-index.ts';
import { countryName } from '../../lib/country-names.ts';
import { formatDate } from '../../lib/format-date.ts';
import { safeHttpUrl } from '../../lib/safe-url.ts';
import { highlightMentions, type Mention } from './highlight-mentions.ts';

export interface ArticleViewProps {
  /** What the index lists: shown at once, while the details load. */
  listed: ListedArticle;
  /** The full record (text and evidence); null while its details chunk loads or failed. */
  article: Article | null;
  /** Why the details could not be loaded. */
  error: string | null;
  onClose: () => void;
}

function mentionsOf(article: Article): Mention[] {
  return [
    ...article.countries.flatMap((c) =>
      [...c.surface, countryName(c.code)].map((term) => ({
        term,
        kind: 'country' as const,
        label: `${countryName(c.code)} (${c.role})`,
      })),
    ),
    ...article.organisations.map((o) => ({
      term: o.name,
      kind: 'organisation' as const,
      label: o.kind,
    })),
  ];
}

/**
 * The article in a modal dialog. Everything from the article is rendered as React text nodes,
 * never as HTML: the corpus is scraped from the web and untrusted.
 */
export default function ArticleView({ listed, article, error, onClose }: ArticleViewProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const node = dialog.current;
    // The dialog closes by unmounting, which loses the browser's own focus restoration.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (node && !node.open) node.showModal();
    return () => {
      node?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="article-dialog"
      aria-labelledby="article-title"
      // Escape fires `cancel`; the URL owns whether the dialog is open, so close through it.
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-head">
        <h2 id="article-title">{listed.title}</h2>
        <button type="button" className="close-button" onClick={onClose} aria-label="Close article">
          ×
        </button>
      </div>
      {article ? (
        <ArticleBody article={article} />
      ) : error ? (
        <p role="alert" className="error-box">
          {error}
        </p>
      ) : (
        <p className="muted" role="status" aria-busy="true">
          Loading the article…
        </p>
      )}
    </dialog>
  );
}

function ArticleBody({ article }: { article: Article }) {
  const url = safeHttpUrl(article.url);
  const segments = useMemo(() => highlightMentions(article.text, mentionsOf(article)), [article]);
  const partners = article.countries.filter((c) => c.role === 'partner');
  const mentioned = article.countries.filter((c) => c.role === 'mentioned');
  return (
    <>
      <dl className="facts">
        <dt>Source</dt>
        <dd>
          {url === null ? (
            <span className="muted">No source URL</span>
          ) : (
            <a href={url} target="_blank" rel="noopener noreferrer">
              {url}
            </a>
          )}
          <span className="muted small"> · file {article.file}</span>
        </dd>
        <dt>Date</dt>
        <dd>
          {formatDate(article.date)}
          {article.dateKind && <span className="muted"> ({article.dateKind} date)</span>}
          {article.dateEvidence && (
            <blockquote className="evidence">{article.dateEvidence}</blockquote>
          )}
        </dd>
        <dt>Event type</dt>
        <dd>
          {article.eventType}
          {article.eventTypeEvidence && (
            <blockquote className="evidence">{article.eventTypeEvidence}</blockquote>
          )}
        </dd>
        <dt>Partner countries</dt>
        <dd>
          <CountryList entries={partners} />
        </dd>
        <dt>Mentioned countries</dt>
        <dd>
          <CountryList entries={mentioned} />
        </dd>
        <dt>Organisations</dt>
        <dd>
          {article.organisations.length === 0 ? (
            <span className="muted">None found</span>
          ) : (
            <ul className="plain-list">
              {article.organisations.map((o) => (
                <li key={o.name}>
                  <mark className="mention-organisation">{o.name}</mark>{' '}
                  <span className="muted">
                    {o.kind}
                    {o.country && `, ${countryName(o.country)}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Topics</dt>
        <dd>
          {article.topics.length === 0 ? (
            <span className="muted">None found</span>
          ) : (
            article.topics.join(', ')
          )}
        </dd>
        <dt>Language</dt>
        <dd>{article.language}</dd>
        {article.warnings.length > 0 && (
          <>
            <dt>Warnings</dt>
            <dd>
              <ul className="plain-list">
                {article.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <h3>Summary</h3>
      <p>{article.summary}</p>
      <h3>Text</h3>
      <div className="article-text">
        {segments.map((s, i) =>
          s.mention === null ? (
            s.text
          ) : (
            <mark key={i} className={`mention-${s.mention.kind}`} title={s.mention.label}>
              {s.text}
            </mark>
          ),
        )}
      </div>
    </>
  );
}

function CountryList({ entries }: { entries: Article['countries'] }) {
  if (entries.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="plain-list">
      {entries.map((c) => (
        <li key={c.code}>
          <mark className="mention-country">{countryName(c.code)}</mark>
          <blockquote className="evidence">{c.evidence}</blockquote>
        </li>
      ))}
    </ul>
  );
}
