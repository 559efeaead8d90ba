import type { ExtractedArticle } from '../schema/dataset.ts';

/** The fields grouping reads: a whole record, or the small summary the pipeline keeps. */
export type GroupFields = Pick<ExtractedArticle, 'id' | 'title' | 'date' | 'eventType'> & {
  countries: readonly { code: string; role: string }[];
};

export interface Grouped {
  duplicateOf: string | null;
  eventGroup: string;
}

/** Days apart within which two reports of the same signing or visit are taken as one event. */
const EVENT_WINDOW_DAYS = 10;
const TITLE_SIMILARITY = 0.3;

/**
 * Marks exact duplicates (same content hash: the first in path order is the original) and groups
 * articles that report one event: same partner countries and event type, dates within
 * EVENT_WINDOW_DAYS, and similar titles. Input order is path order; output follows it.
 */
export function groupArticles(
  articles: readonly { article: GroupFields; contentHash: string }[],
): Grouped[] {
  // The original's id and its event group: a copy belongs to the same event as its original.
  const firstByHash = new Map<string, Grouped & { id: string }>();
  // Groups by event key, each list in creation order: the same first match as one scan over all
  // groups, without the quadratic cost at 100,000 articles.
  const groupsByKey = new Map<string, { id: string; day: number | null; words: Set<string> }[]>();
  return articles.map(({ article, contentHash }) => {
    const original = firstByHash.get(contentHash);
    if (original) return { duplicateOf: original.id, eventGroup: original.eventGroup };
    const key = eventKey(article);
    const day = dayNumber(article.date);
    const words = titleWords(article.title);
    const groups = key ? (groupsByKey.get(key) ?? []) : [];
    const match = key
      ? groups.find(
          (group) =>
            (group.day === null ||
              day === null ||
              Math.abs(group.day - day) <= EVENT_WINDOW_DAYS) &&
            jaccard(group.words, words) >= TITLE_SIMILARITY,
        )
      : undefined;
    if (!match && key) {
      groups.push({ id: article.id, day, words });
      groupsByKey.set(key, groups);
    }
    const grouped = { duplicateOf: null, eventGroup: match?.id ?? article.id };
    firstByHash.set(contentHash, { id: article.id, ...grouped });
    return grouped;
  });
}

function eventKey(article: GroupFields): string | null {
  const partners = article.countries
    .filter((c) => c.role === 'partner')
    .map((c) => c.code)
    .sort();
  return partners.length ? `${article.eventType}:${partners.join(',')}` : null;
}

/** Days since 1970 at the date's own precision (month and year dates sit at their first day). */
function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const [year, month = '01', day = '01'] = date.split('-');
  return Math.floor(Date.UTC(Number(year), Number(month) - 1, Number(day)) / 86_400_000);
}

function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2),
  );
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
