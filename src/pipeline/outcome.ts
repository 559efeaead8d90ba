import type { EventType, ExtractedArticle, Problem } from '../schema/dataset.ts';

/**
 * The little the whole-folder steps (ids, duplicates, event groups) need from one article; kept
 * in memory for every article while the records themselves stay on disk.
 */
export interface Summary {
  /** The id extraction gave, before the folder-wide step makes colliding ids unique. */
  id: string;
  title: string;
  date: string | null;
  eventType: EventType;
  partners: string[];
}

/** What became of one input file. */
export interface Outcome {
  /** Cache key of the record; null when the file could not be read at all (nothing to cache). */
  key: string | null;
  contentHash: string | null;
  truncatedFrom: number | null;
  problems: Problem[];
  /** Null when the file is a problem rather than an article. */
  summary: Summary | null;
}

export function summarise(article: ExtractedArticle): Summary {
  return {
    id: article.id,
    title: article.title,
    date: article.date,
    eventType: article.eventType,
    partners: article.countries.filter((c) => c.role === 'partner').map((c) => c.code),
  };
}
