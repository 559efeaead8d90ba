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

/*
 * The big columns (100,000 entries each) are checked by plain loops in z.custom rather than as
 * z.array(z.string()) and friends: zod's per-element parse allocated and ran checks per entry,
 * ~250 ms for an index of 100,000 articles in Chromium (of a 2 s first-render budget); these
 * loops take a few milliseconds and still reject any entry of the wrong type.
 */
function column<T>(test: (value: unknown) => boolean, what: string) {
  return z.custom<T[]>(
    (value) => {
      if (!Array.isArray(value)) return false;
      for (let i = 0; i < value.length; i++) if (!test(value[i])) return false;
      return true;
    },
    { message: `expected an array of ${what}` },
  );
}
const isString = (v: unknown) => typeof v === 'string';
const isUint = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
/** A position, or -1 for none. */
const isLink = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= -1;
const strings = column<string>(isString, 'strings');
const nullableStrings = column<string | null>((v) => v === null || isString(v), 'strings or null');
const uints = column<number>(isUint, 'whole numbers ≥ 0');
const links = column<number>(isLink, 'whole numbers ≥ -1');
const ID = /^[a-z0-9][a-z0-9_-]*$/;
const csr = z.object({ offsets: uints, values: uints });

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
    /**
     * Organisations as [name, kind index in ORGANISATION_KINDS, country index or -1]: tens of
     * thousands at 100,000 articles, so checked in a loop too (as a zod tuple each, ~70 ms).
     */
    organisations: column<[string, number, number]>(
      (v) =>
        Array.isArray(v) &&
        v.length === 3 &&
        isString(v[0]) &&
        (v[0] as string).length > 0 &&
        isUint(v[1]) &&
        isLink(v[2]),
      '[name, kind, country] triples',
    ),
    warnings: z.array(z.string()),
  }),
  id: column<string>((v) => isString(v) && ID.test(v as string), 'URL-safe ids'),
  file: strings,
  url: nullableStrings,
  title: strings,
  /** Index into dict.languages. */
  language: uints,
  date: column<string | null>(
    (v) => v === null || (isString(v) && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v as string)),
    'dates or null',
  ),
  /** 0 none, else index + 1 into DATE_KINDS. */
  dateKind: uints,
  /** Index into EVENT_TYPES. */
  eventType: uints,
  /** Bit t set: the article has TOPICS[t]. */
  topics: uints,
  partners: csr,
  mentioned: csr,
  organisations: csr,
  warnings: csr,
  /** Article position of the original, or -1. */
  duplicateOf: links,
  /** Article position of the event group's first article. */
  eventGroup: uints,
  /**
   * The search file (relative to the index's folder): summaries and search texts, not needed to
   * draw the views, so not in this first payload; the app loads it right after the first render.
   */
  searchFile: z.string().regex(/^[\w.-]+\/[\w.-]+\.json$/),
  problems: z.array(ProblemSchema),
});
export type AppIndex = z.infer<typeof AppIndexSchema>;

/**
 * The search file, per article: `summary`, and `search`, the folded (see src/lib/fold-text.ts)
 * title, summary and text (or its lead), one line each, searched as it is (no folding at load).
 */
export const SearchFileSchema = z.object({ summary: strings, search: strings });
export type SearchFile = z.infer<typeof SearchFileSchema>;

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

/**
 * What a listed article carries: the contract record without its text, evidence and summary
 * (the summary arrives with the search file, after the first render).
 */
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
  warnings: string[];
  duplicateOf: string | null;
  eventGroup: string;
}
