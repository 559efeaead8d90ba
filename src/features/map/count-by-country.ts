import type { Article, EventType } from '../../schema/dataset.ts';

export interface CountryStats {
  count: number;
  /** Event types by number of articles, most first; ties in alphabetical order. */
  topTypes: [EventType, number][];
}

/** Articles per partner country, with the event types behind each count, for the map's tooltip. */
export function countByCountry(articles: readonly Article[]): Map<string, CountryStats> {
  const byCountry = new Map<string, Map<EventType, number>>();
  for (const article of articles) {
    const partners = new Set(
      article.countries.filter((c) => c.role === 'partner').map((c) => c.code),
    );
    for (const code of partners) {
      const types = byCountry.get(code) ?? new Map<EventType, number>();
      types.set(article.eventType, (types.get(article.eventType) ?? 0) + 1);
      byCountry.set(code, types);
    }
  }
  const stats = new Map<string, CountryStats>();
  for (const [code, types] of byCountry) {
    const topTypes = [...types].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    stats.set(code, { count: topTypes.reduce((sum, [, n]) => sum + n, 0), topTypes });
  }
  return stats;
}
