import type { ListedArticle as Article } from '../schema/app-index.ts';

export interface Summary {
  articles: number;
  /** Distinct events: reports of one event share an `eventGroup`. */
  events: number;
  partnerCountries: number;
  years: number;
}

/** Counts for the header: articles, distinct events, partner countries and years. */
export function summarize(articles: readonly Article[]): Summary {
  const countries = new Set<string>();
  const years = new Set<string>();
  const events = new Set<string>();
  for (const a of articles) {
    events.add(a.eventGroup);
    for (const c of a.countries) if (c.role === 'partner') countries.add(c.code);
    if (a.date !== null) years.add(a.date.slice(0, 4));
  }
  return {
    articles: articles.length,
    events: events.size,
    partnerCountries: countries.size,
    years: years.size,
  };
}

/** Earliest and latest date of the dataset, at their own precision; null when nothing is dated. */
export function dateSpan(
  articles: readonly Pick<Article, 'date'>[],
): { first: string; last: string } | null {
  // One pass, no sort: 100,000 dates at load.
  let first: string | null = null;
  let last: string | null = null;
  for (const { date } of articles) {
    if (date === null) continue;
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  return first === null || last === null ? null : { first, last };
}
