import {
  AppIndexSchema,
  checkAppIndex,
  DetailChunkSchema,
  SearchFileSchema,
  type SearchFile,
  type AppIndex,
  type ListedArticle,
} from '../schema/app-index.ts';
import {
  DATE_KINDS,
  EVENT_TYPES,
  ORGANISATION_KINDS,
  TOPICS,
  type Article,
  type Dataset,
  type Problem,
} from '../schema/dataset.ts';
import { foldText } from '../lib/fold-text.ts';
import {
  DATASET_URL,
  DatasetError,
  HOW_TO_BUILD,
  loadDataset,
  schemaError,
} from './dataset-source.ts';

/** The index `npm run data` writes beside the document (src/pipeline/write-app-data.ts). */
export const INDEX_URL = './data/articles.index.json';

/** What the dashboard runs on: listed articles for the views, full records on demand. */
export interface AppData {
  articles: ListedArticle[];
  problems: Problem[];
  /**
   * Per article, its summary and its folded title, summary and text (or lead) for the search
   * box: not in the first payload (the views do not need them), loaded once on first call.
   */
  loadSearch: () => Promise<SearchFile>;
  /** `lead`: the dataset's texts were too large to search whole; search covers their leads. */
  searchScope: 'full' | 'lead';
  /** The full record (text and evidence); loads its detail chunk the first time. */
  details: (id: string) => Promise<Article>;
}

/** A whole contract document (single file, or an old data folder without index). */
export function fromDataset(dataset: Dataset): AppData {
  const byId = new Map(dataset.articles.map((a) => [a.id, a]));
  return {
    articles: dataset.articles,
    problems: dataset.problems,
    loadSearch: () =>
      Promise.resolve({
        summary: dataset.articles.map((a) => a.summary),
        search: dataset.articles.map((a) => foldText(`${a.title}\n${a.summary}\n${a.text}`)),
      }),
    searchScope: 'full',
    details: (id) => {
      const article = byId.get(id);
      return article
        ? Promise.resolve(article)
        : Promise.reject(new DatasetError(`No article with the id "${id}".`));
    },
  };
}

function list<T>(csr: AppIndex['partners'], i: number, map: (v: number) => T): T[] {
  const out: T[] = [];
  for (let k = csr.offsets[i]!; k < csr.offsets[i + 1]!; k++) out.push(map(csr.values[k]!));
  return out;
}

/** The listed articles a (checked) index describes. */
export function decodeIndex(index: AppIndex): ListedArticle[] {
  const { dict } = index;
  const orgs = dict.organisations.map(([name, kind, country]) => ({
    name,
    kind: ORGANISATION_KINDS[kind]!,
    country: country < 0 ? null : dict.countries[country]!,
  }));
  const articles: ListedArticle[] = new Array<ListedArticle>(index.count);
  for (let i = 0; i < index.count; i++) {
    const bits = index.topics[i]!;
    const dup = index.duplicateOf[i]!;
    const kind = index.dateKind[i]!;
    articles[i] = {
      id: index.id[i]!,
      file: index.file[i]!,
      url: index.url[i]!,
      title: index.title[i]!,
      language: dict.languages[index.language[i]!]!,
      date: index.date[i]!,
      dateKind: kind === 0 ? null : DATE_KINDS[kind - 1]!,
      countries: [
        ...list(index.partners, i, (c) => ({ code: dict.countries[c]!, role: 'partner' as const })),
        ...list(index.mentioned, i, (c) => ({
          code: dict.countries[c]!,
          role: 'mentioned' as const,
        })),
      ],
      organisations: list(index.organisations, i, (o) => orgs[o]!),
      eventType: EVENT_TYPES[index.eventType[i]!]!,
      topics: bits === 0 ? [] : TOPICS.filter((_, t) => (bits & (1 << t)) !== 0),
      warnings: list(index.warnings, i, (w) => dict.warnings[w]!),
      duplicateOf: dup < 0 ? null : index.id[dup]!,
      eventGroup: index.id[index.eventGroup[i]!]!,
    };
  }
  return articles;
}

/** Validates a parsed index; throws a DatasetError naming `source`. */
export function validateIndex(json: unknown, source: string): AppIndex {
  const parsed = AppIndexSchema.safeParse(json);
  if (!parsed.success) throw schemaError(parsed.error, source);
  const problem = checkAppIndex(parsed.data);
  if (problem !== null)
    throw new DatasetError(`The dataset ${source} is inconsistent: ${problem}. ${HOW_TO_BUILD}`);
  return parsed.data;
}

async function fetchJson(url: string, fetchFn: typeof fetch): Promise<Response> {
  try {
    // no-cache revalidates: a data file replaced on the server shows on the next load.
    return await fetchFn(url, { cache: 'no-cache' });
  } catch (error) {
    throw new DatasetError(`The dataset ${url} could not be fetched (${String(error)}).`);
  }
}

/** An index's articles with details loaded per chunk from beside it (chunks cached). */
export function fromIndex(index: AppIndex, fetchFn: typeof fetch = fetch): AppData {
  const articles = decodeIndex(index);
  const position = new Map(articles.map((a, i) => [a.id, i]));
  const chunks = new Map<number, Promise<Map<string, Article>>>();
  const loadChunk = async (n: number): Promise<Map<string, Article>> => {
    const url = `./data/${index.chunks[n]!}`;
    const response = await fetchJson(url, fetchFn);
    if (!response.ok)
      throw new DatasetError(
        `The article details ${url} are missing (HTTP ${response.status}); the data may have been replaced: reload the page.`,
      );
    const parsed = DetailChunkSchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success)
      throw new DatasetError(`The article details ${url} do not match the schema.`);
    return new Map(parsed.data.articles.map((a) => [a.id, a]));
  };
  let search: Promise<SearchFile> | undefined;
  const loadSearchFile = async (): Promise<SearchFile> => {
    const url = `./data/${index.searchFile}`;
    const response = await fetchJson(url, fetchFn);
    const parsed = response.ok
      ? SearchFileSchema.safeParse(await response.json().catch(() => null))
      : null;
    if (
      !parsed?.success ||
      parsed.data.search.length !== index.count ||
      parsed.data.summary.length !== index.count
    ) {
      search = undefined;
      throw new DatasetError(
        `The search file ${url} is missing or broken; the data may have been replaced: reload the page.`,
      );
    }
    return parsed.data;
  };
  return {
    articles,
    problems: index.problems,
    loadSearch: () => (search ??= loadSearchFile()),
    searchScope: index.searchScope,
    details: async (id) => {
      const at = position.get(id);
      if (at === undefined) throw new DatasetError(`No article with the id "${id}".`);
      const n = Math.floor(at / index.chunkSize);
      let chunk = chunks.get(n);
      if (chunk === undefined) {
        chunk = loadChunk(n);
        chunks.set(n, chunk);
        // A failed load may succeed later (a network blip): do not cache the failure.
        chunk.catch(() => chunks.delete(n));
      }
      const article = (await chunk).get(id);
      if (!article) throw new DatasetError(`The article ${id} is not in its details chunk.`);
      return article;
    },
  };
}

/**
 * The multi-file build's data: the index when there is one, else the whole document (a data
 * folder written before the index existed). Throws a DatasetError with a message for the page.
 */
export async function loadAppData(fetchFn: typeof fetch = fetch): Promise<AppData> {
  const response = await fetchJson(INDEX_URL, fetchFn);
  if (response.status === 404) return fromDataset(await loadDataset(fetchFn));
  if (!response.ok)
    throw new DatasetError(`The dataset ${INDEX_URL} could not be read (HTTP ${response.status}).`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetError(
      `The dataset ${INDEX_URL} is not valid JSON (a partly copied file?). ${HOW_TO_BUILD}`,
    );
  }
  performance.mark('atlas:index-parsed');
  const index = validateIndex(json, INDEX_URL);
  performance.mark('atlas:index-validated');
  const data = fromIndex(index, fetchFn);
  performance.mark('atlas:index-decoded');
  return data;
}

export { DATASET_URL };
