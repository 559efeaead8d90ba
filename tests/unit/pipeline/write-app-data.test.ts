import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeIndex, validateIndex } from '../../../src/app/app-data.ts';
import { buildToFile } from '../../../src/pipeline/build-dataset.ts';
import { stderrLogger } from '../../../src/pipeline/logger.ts';
import {
  appDataPaths,
  CHUNK_SIZE,
  LEAD_CHARS,
  writeAppData,
} from '../../../src/pipeline/write-app-data.ts';
import { writeDataset } from '../../../src/pipeline/write-dataset.ts';
import { DetailChunkSchema, SearchFileSchema } from '../../../src/schema/app-index.ts';
import { DatasetSchema, type Article, type Dataset } from '../../../src/schema/dataset.ts';
import { foldText } from '../../../src/lib/fold-text.ts';
import { synthArticle } from '../../perf/synth-dataset.ts';
import { variedFolder } from './varied-folder.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'atlas-app-data-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** What the index must say of an article: the record without text, evidence and summary. */
function listed(a: Article) {
  return {
    id: a.id,
    file: a.file,
    url: a.url,
    title: a.title,
    language: a.language,
    date: a.date,
    dateKind: a.dateKind,
    countries: [
      ...a.countries.filter((c) => c.role === 'partner').map(({ code, role }) => ({ code, role })),
      ...a.countries
        .filter((c) => c.role === 'mentioned')
        .map(({ code, role }) => ({ code, role })),
    ],
    organisations: a.organisations.map(({ name, kind, country }) => ({ name, kind, country })),
    eventType: a.eventType,
    topics: [...a.topics].sort(),
    warnings: a.warnings,
    duplicateOf: a.duplicateOf,
    eventGroup: a.eventGroup,
  };
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

/** Checks every sidecar against the document; returns the index's bytes. */
async function expectSidecarsMatch(document: string): Promise<string> {
  const dataset = DatasetSchema.parse(await readJson(document));
  const paths = appDataPaths(document);
  const bytes = await readFile(paths.index, 'utf8');
  const index = validateIndex(JSON.parse(bytes), paths.index);
  expect(index.problems).toEqual(dataset.problems);
  const decoded = decodeIndex(index).map((a) => ({ ...a, topics: [...a.topics].sort() }));
  expect(decoded).toEqual(dataset.articles.map(listed));

  // Every article's full record is in the chunk the index assigns it.
  const folder = path.dirname(document);
  const chunks = await Promise.all(
    index.chunks.map(async (c) => {
      const text = await readFile(path.join(folder, c), 'utf8');
      const chunk = DetailChunkSchema.parse(JSON.parse(text));
      // Laid out as the document lays out its articles (chunks are cut from its bytes).
      expect(text).toBe(`${JSON.stringify(chunk, null, 1)}\n`);
      return chunk;
    }),
  );
  dataset.articles.forEach((article, i) => {
    const chunk = chunks[Math.floor(i / index.chunkSize)]!;
    expect(chunk.articles.find((a) => a.id === article.id)).toEqual(article);
  });
  expect(chunks.every((c) => c.articles.length <= CHUNK_SIZE)).toBe(true);
  expect(chunks.reduce((n, c) => n + c.articles.length, 0)).toBe(dataset.articles.length);

  const search = SearchFileSchema.parse(await readJson(path.join(folder, index.searchFile)));
  expect(search.summary).toEqual(dataset.articles.map((a) => a.summary));
  dataset.articles.forEach((a, i) => {
    const text = index.searchScope === 'full' ? a.text : a.text.slice(0, LEAD_CHARS);
    expect(search.search[i]).toBe(foldText(`${a.title}\n${a.summary}`) + '\n' + foldText(text));
  });
  // Nothing but the named files in the chunk folder.
  expect((await readdir(paths.details)).sort()).toEqual(
    [...index.chunks.map((c) => path.basename(c)), path.basename(index.searchFile)].sort(),
  );
  return bytes;
}

async function writeDocument(file: string, dataset: Dataset): Promise<void> {
  await writeDataset(file, {
    count: dataset.articles.length,
    article: (i) => Promise.resolve(dataset.articles[i]!),
    problems: dataset.problems,
  });
}

describe('writeAppData', () => {
  it('index, chunks and search file match the seeds document', async () => {
    const document = path.join(work, 'seeds', 'articles.json');
    await buildToFile('seeds', document, { logger: stderrLogger(true), cacheDir: null });
    await writeAppData(document);
    await expectSidecarsMatch(document);
  });

  it('matches a generated folder (duplicates, problems, slug clashes) and is deterministic', async () => {
    const input = await variedFolder();
    try {
      const document = path.join(work, 'varied', 'articles.json');
      await buildToFile(input, document, { logger: stderrLogger(true), cacheDir: null });
      await writeAppData(document);
      const first = await expectSidecarsMatch(document);
      const chunkBytes = await readdir(appDataPaths(document).details);
      await writeAppData(document);
      expect(await readFile(appDataPaths(document).index, 'utf8')).toBe(first);
      expect(await readdir(appDataPaths(document).details)).toEqual(chunkBytes);

      // The command line writes the sidecars while streaming the document: the same bytes.
      const streamed = path.join(work, 'varied-streamed', 'articles.json');
      await buildToFile(input, streamed, {
        logger: stderrLogger(true),
        cacheDir: null,
        appData: {},
      });
      expect(await expectSidecarsMatch(streamed)).toBe(first);
      expect(await readdir(appDataPaths(streamed).details)).toEqual(chunkBytes);
    } finally {
      await rm(input, { recursive: true, force: true });
    }
  }, 120_000);

  it('splits into chunks of CHUNK_SIZE, indexes leads above the text budget, drops stale chunks', async () => {
    const seeds = DatasetSchema.parse(await readJson(path.join(work, 'seeds', 'articles.json')));
    const document = path.join(work, 'many', 'articles.json');
    const many: Dataset = {
      schemaVersion: 1,
      articles: Array.from({ length: CHUNK_SIZE * 2 + 7 }, (_, i) =>
        synthArticle(seeds.articles, i),
      ),
      problems: [{ file: 'x.bin', severity: 'error', message: 'binary content, not text' }],
    };
    await writeDocument(document, many);
    await writeFile(path.join(appDataPaths(document).details, 'stale.json'), '{}').catch(
      () => undefined,
    );
    await writeAppData(document, { textBudget: 1000 });
    await expectSidecarsMatch(document);
    const index = validateIndex(await readJson(appDataPaths(document).index), 'index');
    expect(index.searchScope).toBe('lead');
    expect(index.chunks).toHaveLength(3);

    // A smaller document in the same place: the index never names a chunk of the old one.
    await writeDocument(document, { ...many, articles: many.articles.slice(0, 5) });
    await writeAppData(document);
    await expectSidecarsMatch(document);
  }, 60_000);

  it('a rebuild rewrites only the chunks whose articles changed', async () => {
    const seeds = DatasetSchema.parse(await readJson(path.join(work, 'seeds', 'articles.json')));
    const document = path.join(work, 'rebuild', 'articles.json');
    const articles = Array.from({ length: CHUNK_SIZE * 3 }, (_, i) =>
      synthArticle(seeds.articles, i),
    );
    await writeDocument(document, { schemaVersion: 1, articles, problems: [] });
    await writeAppData(document);
    const { details } = appDataPaths(document);
    const written = async () =>
      new Map(
        await Promise.all(
          (await readdir(details)).map(
            async (name) => [name, (await stat(path.join(details, name))).mtimeMs] as const,
          ),
        ),
      );
    const before = await written();
    await new Promise((resolve) => setTimeout(resolve, 20));

    // The last chunk's first article changes.
    const changed = articles.map((a, i) =>
      i === CHUNK_SIZE * 2 ? { ...a, title: `${a.title} (corrected)` } : a,
    );
    await writeDocument(document, { schemaVersion: 1, articles: changed, problems: [] });
    await writeAppData(document);
    await expectSidecarsMatch(document);
    const after = await written();
    const kept = [...after].filter(([name, mtime]) => before.get(name) === mtime);
    // The first two chunks are untouched; the third and the search file are new.
    expect(kept.map(([name]) => name.slice(0, 4)).sort()).toEqual(['0000', '0001']);
    expect(after.size).toBe(4);
  }, 60_000);

  it('leaves no spilled strings behind when the document cannot be read', async () => {
    // The spill folder is made under os.tmpdir(), which follows TMPDIR: a folder of this test's
    // own, so other tests' builds cannot be mistaken for a leak.
    const spills = await mkdtemp(path.join(work, 'tmp-'));
    const document = path.join(work, 'damaged.json');
    await writeFile(document, '{\n "schemaVersion": 1,\n "articles": [\n  {\n   "id": "a",\n');
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = spills;
    try {
      await expect(writeAppData(document)).rejects.toThrow('not laid out');
    } finally {
      process.env.TMPDIR = saved;
    }
    expect(await readdir(spills)).toEqual([]);
  });
});
