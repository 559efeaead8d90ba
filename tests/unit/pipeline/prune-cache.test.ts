import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildToFile } from '../../../src/pipeline/build-dataset.ts';
import { pruneCache } from '../../../src/pipeline/prune-cache.ts';
import { collectingLogger } from './collecting-logger.ts';
import { writeDated } from '../support/dated-file.ts';

const { logger } = collectingLogger();
const FILES = 4;
let input: string;
let work: string;
let cache: string;

beforeAll(async () => {
  input = await mkdtemp(path.join(tmpdir(), 'atlas-prune-in-'));
  work = await mkdtemp(path.join(tmpdir(), 'atlas-prune-'));
  cache = path.join(work, 'cache');
  // Older than the walk by more than the racy-clean margin, as files usually are.
  for (let n = 0; n < FILES; n++)
    await writeDated(
      path.join(input, `a${n}.txt`),
      `Kenya and Huawei sign memorandum ${n}\n\nNairobi, 3 March 2023 — Kenya signed memorandum ${n} with Huawei on a data centre.\n`,
    );
});

afterAll(async () => {
  await rm(input, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

const build = (fingerprint: string) =>
  buildToFile(input, path.join(work, 'out.json'), {
    logger,
    cacheDir: cache,
    threads: 1,
    fingerprint,
  });

async function records(): Promise<string[]> {
  const names: string[] = [];
  for (const dir of await readdir(path.join(cache, 'entries')))
    names.push(...(await readdir(path.join(cache, 'entries', dir))));
  return names;
}

describe('pruneCache', { timeout: 120_000 }, () => {
  it('removes the records no index refers to, and keeps what the next build uses', async () => {
    await build('extractor-1');
    const before = await readFile(path.join(work, 'out.json'));
    await build('extractor-2');
    expect(await records()).toHaveLength(2 * FILES);
    // An index of an older layout, and a record being written by another build right now.
    await writeFile(path.join(cache, 'index', 'old-layout.json'), '{}');
    const writing = path.join(cache, 'entries', '00', `${'0'.repeat(64)}.json.123-0-0.tmp`);
    await writeFile(writing, 'half');

    const report = await pruneCache(cache);
    expect(report).toMatchObject({ kept: FILES, removed: FILES });
    expect(report.removedBytes).toBeGreaterThan(0);
    expect(await readdir(path.join(cache, 'index'))).not.toContain('old-layout.json');
    expect(await records()).toHaveLength(FILES + 1);
    expect(await records()).toContain(path.basename(writing));

    // The build the index describes is served from the cache as before…
    expect(await build('extractor-2')).toMatchObject({ read: 0, unopened: FILES });
    // …and the other extractor's records are gone: all extracted again, to the same bytes.
    expect(await build('extractor-1')).toMatchObject({ read: FILES });
    expect(await records()).toHaveLength(2 * FILES + 1);
    expect(await readFile(path.join(work, 'out.json'))).toEqual(before);
  });

  it('runs from the command line, saying what it removed', async () => {
    await build('extractor-3');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/pipeline/cli.ts', '--prune-cache', '--cache', cache],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${cache}: removed ${2 * FILES} records no index refers to`);
    expect(run.stderr).toContain(`kept ${FILES}`);
    expect(await records()).toHaveLength(FILES + 1);
  });

  it('leaves an empty or missing cache as it is', async () => {
    expect(await pruneCache(path.join(work, 'no-cache-here'))).toEqual({
      kept: 0,
      removed: 0,
      removedBytes: 0,
    });
  });
});
