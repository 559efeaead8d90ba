import type { Article } from '../schema/dataset.ts';

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
export function dateSpan(articles: readonly Article[]): { first: string; last: string } | null {
  const dates = articles.flatMap((a) => (a.date === null ? [] : [a.date])).sort();
  const first = dates[0];
  const last = dates.at(-1);
  return first === undefined || last === undefined ? null : { first, last };
}
