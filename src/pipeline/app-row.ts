import { SEARCH_LEAD_CHARS } from '../schema/app-index.ts';
import type { Article } from '../schema/dataset.ts';
import { foldText } from '../lib/fold-text.ts';

/** The fields the folder-wide step gives an article; everything else is its file's own. */
export type FolderFields = Pick<Article, 'id' | 'duplicateOf' | 'eventGroup'>;

/**
 * What the app's index and lead search need of one article that depends on its file alone: a
 * few hundred bytes instead of the whole record, so a rebuild can keep it from the last run
 * instead of parsing every article again.
 */
export interface OwnRow {
  file: string;
  url: string | null;
  title: string;
  summary: string;
  language: string;
  date: string | null;
  dateKind: Article['dateKind'];
  eventType: Article['eventType'];
  topics: Article['topics'];
  countries: { code: string; role: Article['countries'][number]['role'] }[];
  organisations: {
    name: string;
    kind: Article['organisations'][number]['kind'];
    country: string | null;
  }[];
  warnings: string[];
  /** The folded title and summary, which search always covers. */
  head: string;
  /** Characters of text: counted against the budget for full-text search. */
  textLength: number;
  /** The folded start of the text that search covers once texts exceed the budget. */
  lead: string;
}

export type AppRow = OwnRow & FolderFields;

export function ownRow(a: Article): OwnRow {
  return {
    file: a.file,
    url: a.url,
    title: a.title,
    summary: a.summary,
    language: a.language,
    date: a.date,
    dateKind: a.dateKind,
    eventType: a.eventType,
    topics: a.topics,
    countries: a.countries.map(({ code, role }) => ({ code, role })),
    organisations: a.organisations.map(({ name, kind, country }) => ({ name, kind, country })),
    warnings: a.warnings,
    head: foldText(`${a.title}\n${a.summary}`),
    textLength: a.text.length,
    lead: foldText(a.text.slice(0, SEARCH_LEAD_CHARS)),
  };
}

export function appRow(a: Article): AppRow {
  return { ...ownRow(a), id: a.id, duplicateOf: a.duplicateOf, eventGroup: a.eventGroup };
}
