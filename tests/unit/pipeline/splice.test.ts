import {
  appendFile,
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildToFile } from '../../../src/pipeline/build-dataset.ts';
import type { BuildOptions } from '../../../src/pipeline/build-dataset.ts';
import type { Logger } from '../../../src/pipeline/logger.ts';
import { appDataPaths, CHUNK_SIZE } from '../../../src/pipeline/write-app-data.ts';

const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

// One event: the first file's article starts the group every later one joins.
const ARTICLE = (n: number, title = 'Kenya and Huawei sign memorandum'): string =>
  `${title} number ${n} on data centres

Nairobi, 3 March 2023 — Kenya's Ministry of Information signed memorandum ${n} with Huawei on a national data centre.
`;

/** More than one detail chunk, so kept and rewritten chunks both happen. */
const FILES = CHUNK_SIZE + 10;
const name = (n: number): string => `a${String(n).padStart(3, '0')}.txt`;

let input: string;
let work: string;
let cache: string;

/** Dated in the past: files this recent are re-read whatever their stat says (racy-clean). */
async function settle(file: string): Promise<void> {
  const past = new Date(Date.now() - 10_000 - Math.random() * 10_000);
  await utimes(path.join(input, file), past, past);
}

const document = (folder: string): string => path.join(work, folder, 'articles.json');

async function build(folder: string, options: Partial<BuildOptions> = {}) {
  return buildToFile(input, document(folder), {
    logger: silent,
    cacheDir: cache,
    threads: 1,
    fingerprint: 'extractor-1',
    // Past the first few articles, search keeps only leads (as at 100,000 articles).
    appData: { textBudget: 2000 },
    ...options,
  });
}

/** The document and every sidecar, by name. */
async function outputs(folder: string): Promise<Map<string, string>> {
  const { index, details } = appDataPaths(document(folder));
  const files = new Map([
    ['document', await readFile(document(folder), 'utf8')],
    ['index', await readFile(index, 'utf8')],
  ]);
  for (const chunk of (await readdir(details)).sort())
    files.set(chunk, await readFile(path.join(details, chunk), 'utf8'));
  return files;
}

/** The same bytes as a build from scratch (no cache, no earlier document) gives. */
async function expectAsClean(folder: string, options: Partial<BuildOptions> = {}): Promise<void> {
  await rm(path.join(work, 'clean'), { recursive: true, force: true });
  await build('clean', { cacheDir: null, ...options });
  expect(await outputs(folder)).toEqual(await outputs('clean'));
}

beforeAll(async () => {
  input = await mkdtemp(path.join(tmpdir(), 'atlas-splice-in-'));
  work = await mkdtemp(path.join(tmpdir(), 'atlas-splice-'));
  cache = path.join(work, 'cache');
  for (let n = 0; n < FILES; n++) {
    await writeFile(path.join(input, name(n)), ARTICLE(n));
    await settle(name(n));
  }
  // Hangul folds to more characters than it has (한 → ᄒ ᅡ ᆫ): its cut search entry is not its
  // lead, and it comes before the search budget is reached.
  await appendFile(
    path.join(input, name(4)),
    `${'한국과 화웨이는 데이터 센터 협정을 체결했다. '.repeat(40)}\n`,
  );
  await settle(name(4));
});

afterAll(async () => {
  await rm(input, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

// Untimed: each step is a build, slow on a busy machine.
describe('copying unchanged articles from the last document', { timeout: 300_000 }, () => {
  it('copies every article of an unchanged folder; a changed file alone is serialised again', async () => {
    expect(await build('out')).toMatchObject({ articles: FILES, copied: 0 });
    const first = await outputs('out');
    expect(first.get('index')).toContain('"searchScope":"lead"');
    expect(await build('out')).toMatchObject({ read: 0, copied: FILES });
    expect(await outputs('out')).toEqual(first);

    await appendFile(path.join(input, name(5)), 'The ministry also signed a cloud agreement.\n');
    await settle(name(5));
    expect(await build('out')).toMatchObject({ read: 1, copied: FILES - 1 });
    expect((await outputs('out')).get('document')).toContain('cloud agreement');
    await expectAsClean('out');

    // Every text in search (a small folder).
    await build('full', { appData: {} });
    expect(await build('full', { appData: {} })).toMatchObject({ copied: FILES });
    await expectAsClean('full', { appData: {} });
  });

  it('rewrites the folder-wide fields of copied articles when another file changes them', async () => {
    // The first article no longer reports the event: every other one moves to another group.
    await writeFile(path.join(input, name(0)), ARTICLE(0, 'Ghana opens a fibre landing station'));
    await settle(name(0));
    const before = (await outputs('out')).get('document')!;
    expect(await build('out')).toMatchObject({ read: 1, copied: FILES - 1 });
    const after = (await outputs('out')).get('document')!;
    const inGroupOfA000 = (text: string) => text.split('"eventGroup": "a000"').length - 1;
    expect(inGroupOfA000(before)).toBe(FILES);
    expect(inGroupOfA000(after)).toBe(1);
    await expectAsClean('out');

    // A new file before a003 with its content: a003 becomes its duplicate, and every later
    // article moves one place (and chunk boundaries with it).
    await copyFile(path.join(input, name(3)), path.join(input, 'a002b.txt'));
    await settle('a002b.txt');
    expect(await build('out')).toMatchObject({ articles: FILES + 1, copied: FILES });
    expect((await outputs('out')).get('document')).toMatch(/"duplicateOf": "a002b"/u);
    await expectAsClean('out');
    await rm(path.join(input, 'a002b.txt'));
    expect(await build('out')).toMatchObject({ articles: FILES, copied: FILES });
    await expectAsClean('out');
  });

  it('never copies from a document that is gone, or was edited since', async () => {
    await rm(document('out'));
    expect(await build('out')).toMatchObject({ copied: 0 });
    await expectAsClean('out');

    // One article edited in place (same size, same layout): nothing is copied.
    const text = await readFile(document('out'), 'utf8');
    const at = text.indexOf('memorandum number 7 ');
    await writeFile(document('out'), `${text.slice(0, at)}M${text.slice(at + 1)}`);
    expect(await build('out')).toMatchObject({ copied: 0 });
    await expectAsClean('out');

    // Another length, or a damaged record of it: nothing is copied.
    expect(await build('out')).toMatchObject({ copied: FILES });
    await appendFile(document('out'), '\n');
    expect(await build('out')).toMatchObject({ copied: 0 });
    await expectAsClean('out');
    const splice = path.join(cache, 'splice');
    for (const name of await readdir(splice))
      if (name.endsWith('.rows')) await appendFile(path.join(splice, name), 'x');
    expect(await build('out')).toMatchObject({ copied: 0 });
    await expectAsClean('out');
  });

  it('keeps the app index as it was when the document cannot be put in place', async () => {
    await build('stuck');
    const { index, details } = appDataPaths(document('stuck'));
    const before = await readFile(index, 'utf8');
    const chunks = (await readdir(details)).sort();
    await appendFile(path.join(input, name(3)), 'A satellite link follows next year.\n');
    await settle(name(3));
    // A folder where the document goes: renaming the finished document there fails.
    await rm(document('stuck'));
    await mkdir(path.join(document('stuck'), 'in-the-way'), { recursive: true });
    await expect(build('stuck')).rejects.toThrow();
    // The index is written only once the document is in place; meanwhile, new chunks may be
    // written beside it (named by content, so nothing in use is replaced), never the index.
    expect(await readFile(index, 'utf8')).toBe(before);
    expect((await readdir(details)).filter((chunk) => chunk.endsWith('.tmp'))).toEqual([]);
    for (const chunk of chunks) await readFile(path.join(details, chunk));
    await rm(document('stuck'), { recursive: true });
    await build('stuck');
    expect(await readFile(index, 'utf8')).not.toBe(before);
  });

  it('copies into a shard as well, and never across extractor versions', async () => {
    const shard = { index: 1, count: 2 };
    expect(await build('shard', { shard, appData: undefined })).toMatchObject({ copied: 0 });
    await appendFile(path.join(input, name(9)), 'A second phase follows in 2024.\n');
    await settle(name(9));
    const again = await build('shard', { shard, appData: undefined });
    expect(again.copied).toBeGreaterThan(0);
    await rm(path.join(work, 'clean'), { recursive: true, force: true });
    await build('clean', { cacheDir: null, shard, appData: undefined });
    expect(await readFile(document('shard'), 'utf8')).toBe(
      await readFile(document('clean'), 'utf8'),
    );

    expect(await build('out', { fingerprint: 'extractor-2' })).toMatchObject({ copied: 0 });
    await expectAsClean('out', { fingerprint: 'extractor-2' });
  });
});
