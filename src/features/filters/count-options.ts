import type { Article } from '../../schema/dataset.ts';
import type { ViewState } from './filter-state.ts';
import { filterArticles, partnerCodes } from './apply-filters.ts';

export interface FacetCounts {
  countries: Map<string, number>;
  years: Map<number, number>;
  types: Map<string, number>;
  topics: Map<string, number>;
  orgs: Map<string, number>;
  languages: Map<string, number>;
}

function tally(values: Iterable<string | number>, into: Map<string | number, number>): void {
  // Each article counts once per option, even when it names the option twice.
  for (const v of new Set(values)) into.set(v, (into.get(v) ?? 0) + 1);
}

function count<K extends string | number>(
  articles: readonly Article[],
  pick: (a: Article) => Iterable<K>,
): Map<K, number> {
  const counts = new Map<K, number>();
  for (const a of articles) tally(pick(a), counts as Map<string | number, number>);
  return counts;
}

/** Option counts per facet, each computed under all the other active filters. */
export function countOptions(articles: readonly Article[], state: ViewState): FacetCounts {
  return {
    countries: count(filterArticles(articles, state, 'countries'), partnerCodes),
    years: count(filterArticles(articles, state, 'dates'), (a) =>
      a.date === null ? [] : [Number(a.date.slice(0, 4))],
    ),
    types: count(filterArticles(articles, state, 'types'), (a) => [a.eventType]),
    topics: count(filterArticles(articles, state, 'topics'), (a) => a.topics),
    orgs: count(filterArticles(articles, state, 'org'), (a) => a.organisations.map((o) => o.name)),
    languages: count(filterArticles(articles, state, 'languages'), (a) => [a.language]),
  };
}
