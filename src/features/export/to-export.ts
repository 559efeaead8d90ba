import type { ListedArticle } from '../../schema/app-index.ts';

/** An exported article: what the index lists, with its summary (from the search file). */
export type Article = ListedArticle & { summary: string };
import { countryName } from '../../lib/country-names.ts';
import { toCsv, UTF8_BOM } from '../../lib/csv.ts';

export const CSV_HEADER = [
  'id',
  'date',
  'title',
  'url',
  'partner_countries',
  'partner_country_names',
  'mentioned_countries',
  'organisations',
  'event_type',
  'topics',
  'language',
  'summary',
  'file',
] as const;

const codes = (a: Article, role: 'partner' | 'mentioned') =>
  a.countries.filter((c) => c.role === role).map((c) => c.code);

/** The rows as a CSV file's text: BOM, header, one line per article; lists joined with `; `. */
export function articlesToCsv(articles: readonly Article[]): string {
  const rows = articles.map((a) => [
    a.id,
    a.date ?? '',
    a.title,
    a.url ?? '',
    codes(a, 'partner').join('; '),
    codes(a, 'partner').map(countryName).join('; '),
    codes(a, 'mentioned').join('; '),
    a.organisations.map((o) => o.name).join('; '),
    a.eventType,
    a.topics.join('; '),
    a.language,
    a.summary,
    a.file,
  ]);
  return UTF8_BOM + toCsv([[...CSV_HEADER], ...rows]);
}

/**
 * The rows as JSON with the query that selected them: the dataset's fields without texts and
 * evidence (those are in the data files' detail chunks).
 */
export function articlesToJson(articles: readonly Article[], query: string): string {
  return `${JSON.stringify({ schemaVersion: 1, query, articles }, null, 2)}\n`;
}
