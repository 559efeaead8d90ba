import { appendFile, mkdtemp, readdir, readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildToFile } from '../../../src/pipeline/build-dataset.ts';
import type { BuildOptions } from '../../../src/pipeline/build-dataset.ts';
import { extractorFingerprint, recordSources } from '../../../src/pipeline/fingerprint.ts';
import type { Logger } from '../../../src/pipeline/logger.ts';
import { writeDated } from '../support/dated-file.ts';

const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

const ARTICLE = (n: number): string => `Kenya and Huawei sign memorandum number ${n} on data centres

Nairobi, 3 March 2023 — Kenya's Ministry of Information signed memorandum ${n} with Huawei on a national data centre.
`;

let input: string;
let work: string;
let cache: string;
const output = (name: string): string => path.join(work, name);
const FILES = 6;

async function build(name: string, options: Partial<BuildOptions> = {}) {
  const report = await buildToFile(input, output(name), {
    logger: silent,
    cacheDir: cache,
    threads: 1,
    fingerprint: 'extractor-1',
    ...options,
  });
  return { report, bytes: await readFile(output(name)) };
}

/** Records in the cache: each one is an extraction that happened. */
async function entries(): Promise<number> {
  let count = 0;
  for (const dir of await readdir(path.join(cache, 'entries')))
    count += (await readdir(path.join(cache, 'entries', dir))).length;
  return count;
}

/**
 * Dates a file a little in the past. A file modified within two seconds of a build is read again
 * by the next one whatever its stat says (racy-clean, as in git); tests want to see the stat index.
 */
async function settle(name: string): Promise<void> {
  const past = new Date(Date.now() - 10_000 - Math.random() * 10_000);
  await utimes(path.join(input, name), past, past);
}

beforeAll(async () => {
  input = await mkdtemp(path.join(tmpdir(), 'atlas-cache-in-'));
  work = await mkdtemp(path.join(tmpdir(), 'atlas-cache-'));
  cache = path.join(work, 'cache');
  // Older than the walk by more than the racy-clean margin, as files usually are.
  for (let n = 0; n < FILES; n++) await writeDated(path.join(input, `a${n}.txt`), ARTICLE(n));
});

afterAll(async () => {
  await rm(input, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

// Untimed: each step is a build, slow on a busy machine.
describe('the build cache', { timeout: 180_000 }, () => {
  it('does not open unchanged files on a rebuild, and gives the same bytes', async () => {
    const first = await build('1.json');
    expect(first.report).toMatchObject({ read: FILES, unopened: 0, articles: FILES });
    expect(await entries()).toBe(FILES);
    const second = await build('2.json');
    expect(second.report).toMatchObject({ read: 0, unopened: FILES });
    expect(second.bytes.equals(first.bytes)).toBe(true);
  });

  it('is invalidated by a change of content: that file alone is extracted again', async () => {
    await appendFile(path.join(input, 'a2.txt'), 'The ministry also signed a cloud agreement.\n');
    await settle('a2.txt');
    const changed = await build('3.json');
    expect(changed.report).toMatchObject({ read: 1, unopened: FILES - 1 });
    expect(await entries()).toBe(FILES + 1);
    const fresh = await build('fresh.json', { cacheDir: null });
    expect(changed.bytes.equals(fresh.bytes)).toBe(true);
    expect(changed.bytes.toString()).toContain('cloud agreement');
  });

  it('reads a touched file but reuses its record when the content is the same', async () => {
    await settle('a3.txt');
    const touched = await build('4.json');
    expect(touched.report.read).toBe(1);
    expect(await entries()).toBe(FILES + 1);
  });

  it('is invalidated by another extractor version', async () => {
    const before = await entries();
    const other = await build('5.json', { fingerprint: 'extractor-2' });
    expect(other.report).toMatchObject({ read: FILES, unopened: 0 });
    expect(await entries()).toBe(before + FILES);
  });

  it('is safe to delete: the next build is a full one with the same bytes', async () => {
    const kept = await build('6.json');
    await rm(cache, { recursive: true, force: true });
    const rebuilt = await build('7.json');
    expect(rebuilt.report.read).toBe(FILES);
    expect(rebuilt.bytes.equals(kept.bytes)).toBe(true);
  });

  it('survives losing records behind its index', async () => {
    await build('8.json');
    await rm(path.join(cache, 'entries'), { recursive: true, force: true });
    const again = await build('9.json');
    expect(again.report.read).toBe(0);
    expect(again.bytes.equals(await readFile(output('8.json')))).toBe(true);
  });
});

describe('extractorFingerprint', () => {
  it('changes with the extractor version, so records of another version are not reused', async () => {
    const [one, two] = await Promise.all([extractorFingerprint(1), extractorFingerprint(2)]);
    expect(one).not.toBe(two);
    expect(one).toMatch(/^[0-9a-f]{32}$/u);
  });

  it('covers what the extraction task loads, found from its imports, and nothing else', async () => {
    const { files, packages } = await recordSources();
    const sources = [...files.keys()];
    // Reached through imports, some of them indirect: extraction, validation, the outcome and the
    // serialised record all shape what the cache keeps.
    for (const file of [
      'pipeline/file-task.ts',
      'pipeline/validate-record.ts',
      'pipeline/outcome.ts',
      'pipeline/article-piece.ts',
      'pipeline/article-text.ts',
      'extract/article.ts',
      'extract/gazetteer/countries-keys.ts',
      'schema/dataset.ts',
      'lib/fold-text.ts',
    ])
      expect(sources).toContain(file);
    // The command, the warm-up, the writers of the sidecars (a type import only) and of the
    // document (a change to how it is written out keeps the records), and a types-only module.
    for (const file of [
      'pipeline/cli.ts',
      'pipeline/warm-up.ts',
      'pipeline/write-app-data.ts',
      'pipeline/write-dataset.ts',
      'extract/page.ts',
    ])
      expect(sources).not.toContain(file);
    expect([...files.values()].map(String)).not.toContain('missing');
    expect(packages).toEqual([
      'chrono-node',
      'franc-min',
      'i18n-iso-countries',
      'iconv-lite',
      'jschardet',
      'parse5',
      'zod',
    ]);
  });
});
