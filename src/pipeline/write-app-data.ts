import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APP_INDEX_FORMAT, SEARCH_LEAD_CHARS, type AppIndex } from '../schema/app-index.ts';
import {
  DATE_KINDS,
  EVENT_TYPES,
  ORGANISATION_KINDS,
  TOPICS,
  type Article,
  type Problem,
} from '../schema/dataset.ts';
import { foldText } from '../lib/fold-text.ts';
import { ownParts, searchHead } from './app-row.ts';
import type { FolderFields, OwnRow } from './app-row.ts';
import { readLines } from './read-lines.ts';
import { SpilledStrings } from './spilled-strings.ts';
import { writeAtomic, writeViaTemporary } from './write-atomic.ts';
import { articlesOnly } from './write-dataset.ts';

/** Articles per detail chunk (~1 MB of JSON with texts and evidence). */
export const CHUNK_SIZE = 200;
/** Up to this many characters of article text in all, the index carries every text for search. */
export const FULL_TEXT_BUDGET = 24_000_000;
/** Above the budget, search covers each article's first this many characters. */
export const LEAD_CHARS = SEARCH_LEAD_CHARS;

/** `…/articles.json` → `…/articles.index.json` and the chunk folder `…/articles.details`. */
export function appDataPaths(document: string): { index: string; details: string } {
  const base = document.replace(/\.json$/i, '');
  return { index: `${base}.index.json`, details: `${base}.details` };
}

/**
 * Reads a document written by `writeDataset` back, one article at a time: its layout is fixed
 * (`JSON.stringify(…, null, 1)`, one article between a `  {` line and a `  }` line, no raw newline
 * inside a string), so the articles are cut at those lines and parsed one by one; each comes
 * with its text as the document holds it. Never holds more than one article's text.
 */
export async function readDocument(
  file: string,
  onArticle: (article: Article, text: string) => Promise<void> | void,
): Promise<{ count: number; problems: Problem[] }> {
  let state: 'head' | 'articles' | 'tail' = 'head';
  let lines: string[] = [];
  const tail: string[] = [];
  let count = 0;
  for await (const { text } of readLines(file)) {
    if (state === 'head') {
      if (text === ' "articles": [') state = 'articles';
      else if (text === ' "articles": [],') state = 'tail';
      continue;
    }
    if (state === 'articles') {
      if (text === ' ],') {
        state = 'tail';
        continue;
      }
      lines.push(text);
      if (text === '  }' || text === '  },') {
        const json = lines.join('\n').replace(/,$/, '');
        lines = [];
        count++;
        await onArticle(JSON.parse(json) as Article, json);
      }
      continue;
    }
    tail.push(text);
  }
  if (state !== 'tail' || lines.length > 0)
    throw new Error(`${file}: not laid out as the data command writes it`);
  const rest = JSON.parse(`{\n${tail.join('\n')}`) as { problems: Problem[] };
  return { count, problems: rest.problems };
}

/** Assigns each distinct key a number in first-seen order (deterministic for a given input). */
class Dictionary<K> {
  readonly values: K[] = [];
  private readonly positions = new Map<string, number>();
  constructor(private readonly key: (value: K) => string = String) {}
  get(value: K): number {
    const key = this.key(value);
    let at = this.positions.get(key);
    if (at === undefined) {
      at = this.values.length;
      this.values.push(value);
      this.positions.set(key, at);
    }
    return at;
  }
}

class List {
  readonly offsets = [0];
  readonly values: number[] = [];
  push(values: Iterable<number>): void {
    for (const v of values) this.values.push(v);
    this.offsets.push(this.values.length);
  }
}

const hash = (content: Buffer) => createHash('sha256').update(content).digest('hex').slice(0, 12);

/** The strings of a list, JSON-encoded, as writeJsonByContent takes them. */
async function* encoded(values: readonly string[]): AsyncGenerator<Buffer> {
  for (const value of values) yield Buffer.from(JSON.stringify(value));
}

/** Whether `target` is already a complete file of `size` bytes (its name carries its hash). */
async function isWritten(target: string, size: number): Promise<boolean> {
  const existing = await stat(target).catch(() => null);
  return existing !== null && existing.isFile() && existing.size === size;
}

const COMMA = Buffer.from(',');
const CLOSE_LIST = Buffer.from(']');
const CLOSE_OBJECT = Buffer.from('}\n');

/**
 * Writes `{"<key>": [strings…], …}` and a newline (the strings come JSON-encoded), the bytes
 * JSON.stringify gives, to `<folder>/<prefix>-<hash of the bytes>.json` a piece at a time, never
 * as one string; keeps a complete file already there under that name. Returns the file's name.
 */
async function writeJsonByContent(
  folder: string,
  prefix: string,
  fields: [string, AsyncIterable<Buffer>][],
): Promise<string> {
  await mkdir(folder, { recursive: true });
  const digest = createHash('sha256');
  let size = 0;
  let name = '';
  await writeViaTemporary(
    path.join(folder, `${prefix}.${process.pid}.tmp`),
    async (out) => {
      for (const [f, [key, values]] of fields.entries()) {
        await out.append(Buffer.from(`${f === 0 ? '{' : ','}${JSON.stringify(key)}:[`));
        let first = true;
        for await (const value of values) {
          if (!first) await out.append(COMMA);
          await out.append(value);
          first = false;
        }
        await out.append(CLOSE_LIST);
      }
      await out.append(CLOSE_OBJECT);
    },
    async (temporary) => {
      name = `${prefix}-${digest.digest('hex').slice(0, 12)}.json`;
      if (await isWritten(path.join(folder, name), size)) await rm(temporary, { force: true });
      else await rename(temporary, path.join(folder, name));
    },
    (block) => {
      for (const buffer of block) {
        digest.update(buffer);
        size += buffer.length;
      }
    },
  );
  return name;
}

/**
 * Writes a file whose name carries a hash of its content, unless a complete one is already there:
 * a rebuild after one changed file rewrites one chunk, not the whole folder.
 */
async function writeNamedByContent(target: string, content: Buffer): Promise<void> {
  if (!(await isWritten(target, content.length))) await writeAtomic(target, content);
}

/** One article as the sidecars take it. */
export interface AppItem {
  row: OwnRow;
  /** Kept apart: copying the row to add them cost a 100,000-article rebuild ~0.4 s. */
  folder: FolderFields;
  /** The summary and the search lead, JSON-encoded, and the cut entry if not the lead (OwnParts). */
  summaryJson: Buffer;
  leadJson: Buffer;
  cutJson: Buffer;
  /** The whole record as the document holds it (articleText): for its detail chunk. */
  json: Buffer;
  /** The whole record (may be parsed only now): for full-text search. */
  article: () => Article;
  /**
   * Its place in the document the last build wrote, when it is the very record written there:
   * a chunk of such articles, at their old places, is the chunk written then.
   */
  from: number | null;
}

/** A detail chunk as written, for the next build. */
export interface ChunkRecord {
  name: string;
  size: number;
  /** Articles in it. */
  count: number;
}

/**
 * The app's sidecars for the contract document `document`: detail chunks of CHUNK_SIZE articles
 * (full records) and the search file into `<name>.details/`, then the columnar index
 * `<name>.index.json` (schema: src/schema/app-index.ts). Articles are added in document order
 * (the build adds them as it writes the document, so it is never read back). Chunk names carry a
 * hash of their content, so an index never points at a chunk of another build; chunks are written
 * before the index (each atomically), and chunks no longer named are removed after it. Same
 * document, same bytes.
 */
export class AppDataWriter {
  private readonly indexFile: string;
  private readonly details: string;
  private readonly folder: string;
  private readonly textBudget: number;
  private readonly countries = new Dictionary<string>();
  private readonly languages = new Dictionary<string>();
  private readonly warningsDict = new Dictionary<string>();
  private readonly orgs = new Dictionary<[string, number, number]>((o) => JSON.stringify(o));
  private readonly col = {
    id: [] as string[],
    file: [] as string[],
    url: [] as (string | null)[],
    title: [] as string[],
    language: [] as number[],
    date: [] as (string | null)[],
    dateKind: [] as number[],
    eventType: [] as number[],
    topics: [] as number[],
    duplicateOf: [] as (string | null)[],
    eventGroup: [] as string[],
  };
  /**
   * Per article, its folded title and summary, a newline, and its folded text (or lead): in
   * memory while whole texts fit the budget (the earlier ones may still be cut to their leads),
   * in a file once they do not.
   */
  private search: string[] = [];
  private readonly headLengths: number[] = [];
  private spilledSearch: SpilledStrings | null = null;
  private readonly spillDir = mkdtempSync(path.join(tmpdir(), 'ict-atlas-search-'));
  private readonly summaries = new SpilledStrings(path.join(this.spillDir, 'summaries'));
  private readonly partners = new List();
  private readonly mentioned = new List();
  private readonly organisations = new List();
  private readonly warnings = new List();
  private textChars = 0;
  private readonly chunks: ChunkRecord[] = [];
  private chunk: AppItem[] = [];
  private readonly previousChunks: readonly ChunkRecord[];
  private readonly knownTextChars: number;

  constructor(
    document: string,
    {
      textBudget = FULL_TEXT_BUDGET,
      previousChunks = [],
      knownTextChars = 0,
    }: {
      textBudget?: number;
      previousChunks?: readonly ChunkRecord[];
      /**
       * Characters of text the articles to come hold at least, when known beforehand: past the
       * budget, search keeps leads from the first article on, and whole texts are never gathered.
       */
      knownTextChars?: number;
    } = {},
  ) {
    const { index, details } = appDataPaths(document);
    this.indexFile = index;
    this.details = details;
    this.folder = path.basename(details);
    this.textBudget = textBudget;
    this.previousChunks = previousChunks;
    this.knownTextChars = knownTextChars;
  }

  /** An article read back from a document, with its text there (`articleText`). */
  async add(article: Article, text: string): Promise<void> {
    const { row, summaryJson, leadJson, cutJson } = ownParts(article);
    const { id, duplicateOf, eventGroup } = article;
    await this.addItem({
      row,
      folder: { id, duplicateOf, eventGroup },
      summaryJson,
      leadJson,
      cutJson,
      json: Buffer.from(text),
      article: () => article,
      from: null,
    });
  }

  async addItem(item: AppItem): Promise<void> {
    const { col, countries } = this;
    const a = item.row;
    const { id, duplicateOf, eventGroup } = item.folder;
    col.id.push(id);
    col.file.push(a.file);
    col.url.push(a.url);
    col.title.push(a.title);
    await this.summaries.pushEncoded(item.summaryJson);
    col.language.push(this.languages.get(a.language));
    col.date.push(a.date);
    col.dateKind.push(a.dateKind === null ? 0 : DATE_KINDS.indexOf(a.dateKind) + 1);
    col.eventType.push(EVENT_TYPES.indexOf(a.eventType));
    col.topics.push(a.topics.reduce((bits, t) => bits | (1 << TOPICS.indexOf(t)), 0) >>> 0);
    col.duplicateOf.push(duplicateOf);
    col.eventGroup.push(eventGroup);
    this.partners.push(
      a.countries.filter((c) => c.role === 'partner').map((c) => countries.get(c.code)),
    );
    this.mentioned.push(
      a.countries.filter((c) => c.role === 'mentioned').map((c) => countries.get(c.code)),
    );
    this.organisations.push(
      a.organisations.map((o) =>
        this.orgs.get([
          o.name,
          ORGANISATION_KINDS.indexOf(o.kind),
          o.country === null ? -1 : countries.get(o.country),
        ]),
      ),
    );
    this.warnings.push(a.warnings.map((w) => this.warningsDict.get(w)));
    // Full texts while they fit the budget; past it, every article keeps only its lead.
    this.textChars += a.textLength;
    const beforeBudget = this.textChars <= this.textBudget;
    if (this.spilledSearch === null && (!beforeBudget || this.knownTextChars > this.textBudget)) {
      this.spilledSearch = new SpilledStrings(path.join(this.spillDir, 'search'));
      for (const [i, entry] of this.search.entries())
        await this.spilledSearch.push(entry.slice(0, this.headLengths[i]! + 1 + LEAD_CHARS));
      this.search = [];
    }
    if (this.spilledSearch === null) {
      const article = item.article();
      const head = searchHead(article);
      this.search.push(`${head}\n${foldText(article.text)}`);
      this.headLengths.push(head.length);
    } else if (beforeBudget)
      // Known to pass the budget later: what the whole entry would have been cut to then.
      await this.spilledSearch.pushEncoded(item.cutJson.length ? item.cutJson : item.leadJson);
    else await this.spilledSearch.pushEncoded(item.leadJson);
    this.chunk.push(item);
    if (this.chunk.length === CHUNK_SIZE) await this.flushChunk();
  }

  /**
   * Writes the last chunk, the search texts and then the index, which puts them all in use; the
   * index waits for `ready` (the document they go with being put in place) and is not written if
   * that fails.
   */
  async finish(
    problems: Problem[],
    ready: Promise<unknown> = Promise.resolve(),
  ): Promise<{ index: string; chunks: ChunkRecord[] }> {
    if (this.chunk.length > 0) await this.flushChunk();
    const { col, folder } = this;
    const chunks = this.chunks.map((c) => `${folder}/${c.name}`);
    // Streamed: at 100,000 articles the file is over 100 MB, and building it as one string (then
    // one buffer to hash, another to write) took most of the build's peak memory.
    let searchName: string;
    try {
      searchName = await writeJsonByContent(this.details, 'search', [
        ['summary', this.summaries.encoded()],
        ['search', this.spilledSearch?.encoded() ?? encoded(this.search)],
      ]);
    } finally {
      await this.discard();
    }

    const position = new Map(col.id.map((id, i) => [id, i]));
    const at = (id: string | null) => (id === null ? -1 : (position.get(id) ?? -1));
    const index: AppIndex = {
      format: APP_INDEX_FORMAT,
      version: 1,
      count: col.id.length,
      searchScope: this.spilledSearch === null ? 'full' : 'lead',
      chunkSize: CHUNK_SIZE,
      chunks,
      dict: {
        countries: this.countries.values,
        languages: this.languages.values,
        organisations: this.orgs.values,
        warnings: this.warningsDict.values,
      },
      ...col,
      duplicateOf: col.duplicateOf.map(at),
      eventGroup: col.eventGroup.map((id) => Math.max(0, at(id))),
      searchFile: `${folder}/${searchName}`,
      partners: this.partners,
      mentioned: this.mentioned,
      organisations: this.organisations,
      warnings: this.warnings,
      problems,
    };
    const json = `${JSON.stringify(index)}\n`;
    await ready;
    await writeAtomic(this.indexFile, json);
    const keep = new Set([...chunks.map((c) => path.basename(c)), searchName]);
    for (const name of await readdir(this.details))
      if (!keep.has(name) && !name.endsWith('.tmp'))
        await rm(path.join(this.details, name), { force: true });
    return { index: this.indexFile, chunks: this.chunks };
  }

  /** Removes the spilled strings; for a build that stops before finish (which does it too). */
  async discard(): Promise<void> {
    await Promise.all([this.summaries.abandon(), this.spilledSearch?.abandon()]);
    await rm(this.spillDir, { recursive: true, force: true });
  }

  private async flushChunk(): Promise<void> {
    const at = this.chunks.length;
    const previous = this.previousChunks[at];
    // The same records at the same places make the same file: it need not be serialised again.
    if (
      previous?.count === this.chunk.length &&
      this.chunk.every((item, i) => item.from === at * CHUNK_SIZE + i) &&
      (await isWritten(path.join(this.details, previous.name), previous.size))
    ) {
      this.chunks.push(previous);
    } else {
      const json = articlesOnly(this.chunk.map((item) => item.json));
      const name = `${String(at).padStart(4, '0')}-${hash(json)}.json`;
      await writeNamedByContent(path.join(this.details, name), json);
      this.chunks.push({ name, size: json.length, count: this.chunk.length });
    }
    this.chunk = [];
  }
}

/** The app's sidecars of a document already on disk (a merge's output, or a refresh). */
export async function writeAppData(
  document: string,
  options: { textBudget?: number } = {},
): Promise<{ index: string; chunks: ChunkRecord[] }> {
  const writer = new AppDataWriter(document, options);
  let problems: Problem[];
  try {
    ({ problems } = await readDocument(document, (article, text) => writer.add(article, text)));
  } catch (error) {
    await writer.discard();
    throw error;
  }
  return writer.finish(problems);
}
