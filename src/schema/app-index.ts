import { z } from 'zod';
import {
  ArticleSchema,
  DATE_KINDS,
  EVENT_TYPES,
  ORGANISATION_KINDS,
  ProblemSchema,
  TOPICS,
  type Article,
} from './dataset.ts';

/**
 * The app's index (`articles.index.json`, written beside the contract document by
 * `src/pipeline/write-app-data.ts`): everything the views, filters, table and search need, without
 * article texts and evidence, which live in detail chunks (`articles.details/NNNN-hash.json`).
 *
 * Columnar and dictionary-encoded: one array per field, each `count` long, so 100,000 articles
 * are a few arrays of numbers and strings rather than 100,000 objects with repeated keys. That
 * keeps the file small and `JSON.parse` fast, and lets zod validate it as arrays of primitives
 * (a tight loop per array) instead of 100,000 object schemas; what zod's types cannot say (equal
 * lengths, offsets in range, dictionary indexes in range) `checkAppIndex` checks in plain loops.
 *
 * Multi-valued fields are CSR lists: article i's values are `values[offsets[i]…offsets[i+1])`.
 */
export const APP_INDEX_FORMAT = 'ict-atlas-app-index';
/** With `searchScope: 'lead'`, search covers each text's first this many characters. */
export const SEARCH_LEAD_CHARS = 600;

const uint = z.number().int().min(0);
const csr = z.object({ offsets: z.array(uint), values: z.array(uint) });

export const AppIndexSchema = z.object({
  format: z.literal(APP_INDEX_FORMAT),
  version: z.literal(1),
  count: uint,
  /** `full`: `search` holds each article's whole text; `lead`: only its first characters. */
  searchScope: z.enum(['full', 'lead']),
  /** Articles per detail chunk: article i is in chunk `floor(i / chunkSize)`. */
  chunkSize: z.number().int().min(1),
  /** Detail chunk file names, relative to the index file's folder. */
  chunks: z.array(z.string().regex(/^[\w.-]+\/[\w.-]+\.json$/)),
  dict: z.object({
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
    languages: z.array(z.string()),
    /** Organisations as [name, kind index in ORGANISATION_KINDS, country index or -1]. */
    organisations: z.array(z.tuple([z.string().min(1), uint, z.number().int().min(-1)])),
    warnings: z.array(z.string()),
  }),
  id: z.array(z.string().regex(/^[a-z0-9][a-z0-9_-]*$/)),
  file: z.array(z.string()),
  url: z.array(z.string().nullable()),
  title: z.array(z.string()),
  summary: z.array(z.string()),
  /** Index into dict.languages. */
  language: z.array(uint),
  date: z.array(z.string().nullable()),
  /** 0 none, else index + 1 into DATE_KINDS. */
  dateKind: z.array(uint),
  /** Index into EVENT_TYPES. */
  eventType: z.array(uint),
  /** Bit t set: the article has TOPICS[t]. */
  topics: z.array(uint),
  partners: csr,
  mentioned: csr,
  organisations: csr,
  warnings: csr,
  /** Article position of the original, or -1. */
  duplicateOf: z.array(z.number().int().min(-1)),
  /** Article position of the event group's first article. */
  eventGroup: z.array(uint),
  /**
   * The search file (relative to the index's folder): not needed to draw the views, so it is
   * not in this first payload; the app loads it right after the first render.
   */
  searchFile: z.string().regex(/^[\w.-]+\/[\w.-]+\.json$/),
  problems: z.array(ProblemSchema),
});
export type AppIndex = z.infer<typeof AppIndexSchema>;

/**
 * The search file: per article, folded (see src/lib/fold-text.ts) title, summary and text (or
 * its lead), one line each; the app searches it as it is, with no folding at load time.
 */
export const SearchFileSchema = z.object({ search: z.array(z.string()) });

/** A detail chunk: the full contract records (text and every evidence field) of its articles. */
export const DetailChunkSchema = z.object({
  articles: z.array(ArticleSchema),
});
export type DetailChunk = z.infer<typeof DetailChunkSchema>;

/** Checks what the schema's types cannot; returns the first problem, or null. */
export function checkAppIndex(index: AppIndex): string | null {
  const n = index.count;
  const columns = [
    'id',
    'file',
    'url',
    'title',
    'summary',
    'language',
    'date',
    'dateKind',
    'eventType',
    'topics',
    'duplicateOf',
    'eventGroup',
  ] as const;
  for (const name of columns)
    if (index[name].length !== n) return `${name} has ${index[name].length} entries, not ${n}`;
  const ranges: [string, { offsets: number[]; values: number[] }, number][] = [
    ['partners', index.partners, index.dict.countries.length],
    ['mentioned', index.mentioned, index.dict.countries.length],
    ['organisations', index.organisations, index.dict.organisations.length],
    ['warnings', index.warnings, index.dict.warnings.length],
  ];
  for (const [name, list, size] of ranges) {
    if (list.offsets.length !== n + 1 || list.offsets[0] !== 0) return `${name}: bad offsets`;
    for (let i = 0; i < n; i++)
      if (list.offsets[i]! > list.offsets[i + 1]!) return `${name}: bad offsets`;
    if (list.offsets[n] !== list.values.length) return `${name}: bad offsets`;
    for (const v of list.values) if (v >= size) return `${name}: value out of range`;
  }
  const below = (values: number[], size: number) => values.every((v) => v < size);
  if (!below(index.language, index.dict.languages.length)) return 'language out of range';
  if (!below(index.dateKind, DATE_KINDS.length + 1)) return 'dateKind out of range';
  if (!below(index.eventType, EVENT_TYPES.length)) return 'eventType out of range';
  if (!below(index.topics, 2 ** TOPICS.length)) return 'topics out of range';
  if (!below(index.eventGroup, n) || !below(index.duplicateOf, n))
    return 'article link out of range';
  for (const [, kind, country] of index.dict.organisations)
    if (kind >= ORGANISATION_KINDS.length || country >= index.dict.countries.length)
      return 'organisation out of range';
  if (index.chunks.length !== Math.ceil(n / index.chunkSize)) return 'chunk count does not match';
  const ids = new Set(index.id);
  if (ids.size !== n) return 'an article id appears twice';
  return null;
}

/** What a listed article carries: the contract record without its text and evidence. */
export interface ListedArticle {
  id: string;
  file: string;
  url: string | null;
  title: string;
  language: string;
  date: string | null;
  dateKind: Article['dateKind'];
  countries: { code: string; role: 'partner' | 'mentioned' }[];
  organisations: Pick<Article['organisations'][number], 'name' | 'kind' | 'country'>[];
  eventType: Article['eventType'];
  topics: Article['topics'];
  summary: string;
  warnings: string[];
  duplicateOf: string | null;
  eventGroup: string;
}
