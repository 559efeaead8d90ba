import type { Article } from '../../schema/dataset.ts';
import { foldText } from '../../lib/fold-text.ts';
import type { Period, ViewState } from './filter-state.ts';

const foldedCache = new WeakMap<Article, string>();

// Folding every article's text on each keystroke would be slow on a large corpus; fold once.
function searchableText(article: Article): string {
  let folded = foldedCache.get(article);
  if (folded === undefined) {
    folded = foldText(`${article.title}\n${article.summary}\n${article.text}`);
    foldedCache.set(article, folded);
  }
  return folded;
}

export function partnerCodes(article: Article): string[] {
  return article.countries.filter((c) => c.role === 'partner').map((c) => c.code);
}

/** True when the article's whole date (at its precision) lies inside the inclusive range. */
export function dateInRange(date: string | null, from: Period | null, to: Period | null): boolean {
  if (from === null && to === null) return true;
  if (date === null) return false;
  const month = date.slice(0, 7);
  const first = month.length === 4 ? `${month}-01` : month;
  const last = month.length === 4 ? `${month}-12` : month;
  if (from !== null && first < (from.length === 4 ? `${from}-01` : from)) return false;
  if (to !== null && last > (to.length === 4 ? `${to}-12` : to)) return false;
  return true;
}

export type Facet = 'countries' | 'dates' | 'types' | 'topics' | 'org' | 'languages' | 'query';

/** Filters by every active filter, except `ignore`: options of a facet count under the others. */
export function filterArticles(
  articles: readonly Article[],
  state: ViewState,
  ignore?: Facet,
): Article[] {
  const terms = foldText(state.query).split(/\s+/).filter(Boolean);
  return articles.filter((a) => {
    if (
      ignore !== 'countries' &&
      state.countries.length > 0 &&
      !partnerCodes(a).some((c) => state.countries.includes(c))
    )
      return false;
    if (ignore !== 'dates' && !dateInRange(a.date, state.from, state.to)) return false;
    if (ignore !== 'types' && state.types.length > 0 && !state.types.includes(a.eventType))
      return false;
    if (
      ignore !== 'topics' &&
      state.topics.length > 0 &&
      !a.topics.some((t) => state.topics.includes(t))
    )
      return false;
    if (
      ignore !== 'org' &&
      state.org !== null &&
      !a.organisations.some((o) => o.name === state.org)
    )
      return false;
    if (
      ignore !== 'languages' &&
      state.languages.length > 0 &&
      !state.languages.includes(a.language)
    )
      return false;
    if (ignore !== 'query' && terms.length > 0) {
      const text = searchableText(a);
      if (!terms.every((t) => text.includes(t))) return false;
    }
    return true;
  });
}
