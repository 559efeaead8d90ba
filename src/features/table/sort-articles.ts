import type { ListedArticle as Article } from '../../schema/app-index.ts';
import { countryName } from '../../lib/country-names.ts';
import type { SortColumn, SortKey } from '../filters/filter-state.ts';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The text a column sorts by; empty when the article has nothing for it. */
export function sortValue(article: Article, column: SortColumn): string {
  switch (column) {
    case 'date':
      return article.date ?? '';
    case 'title':
      return article.title;
    case 'partners':
      return article.countries
        .filter((c) => c.role === 'partner')
        .map((c) => countryName(c.code))
        .join(', ');
    case 'organisations':
      return article.organisations.map((o) => o.name).join(', ');
    case 'type':
      return article.eventType;
    case 'topics':
      return article.topics.join(', ');
    case 'language':
      return article.language;
  }
}

/**
 * Sorts by the keys in order; empty values go last whatever the direction (an undated article is
 * never "the newest"), and the article id breaks ties so the order is stable across reloads.
 */
export function sortArticles(articles: readonly Article[], keys: readonly SortKey[]): Article[] {
  return [...articles].sort((a, b) => {
    for (const { column, desc } of keys) {
      const va = sortValue(a, column);
      const vb = sortValue(b, column);
      if (va === vb) continue;
      if (va === '') return 1;
      if (vb === '') return -1;
      // Dates are ISO strings, so plain comparison orders them; `2019` sorts before `2019-04-25`.
      const order = column === 'date' ? (va < vb ? -1 : 1) : collator.compare(va, vb);
      if (order !== 0) return desc ? -order : order;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
