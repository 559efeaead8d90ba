import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, serialiseDataset } from '../../../src/pipeline/build-dataset.ts';
import { stderrLogger } from '../../../src/pipeline/logger.ts';
import { writeDataset } from '../../../src/pipeline/write-dataset.ts';
import type { Dataset } from '../../../src/schema/dataset.ts';

let seeds: Dataset;
let folder: string;
beforeAll(async () => {
  seeds = await buildDataset('seeds', stderrLogger(true));
  folder = await mkdtemp(path.join(tmpdir(), 'atlas-write-'));
}, 60_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

async function streamed(dataset: Dataset, extra?: Record<string, unknown>): Promise<string> {
  const target = path.join(folder, 'out.json');
  await writeDataset(target, {
    count: dataset.articles.length,
    article: async (i) => dataset.articles[i]!,
    problems: dataset.problems,
    extra,
  });
  return readFile(target, 'utf8');
}

describe('writeDataset', () => {
  it('streams the same bytes as serialising the whole document', async () => {
    expect(await streamed(seeds)).toBe(serialiseDataset(seeds));
  });

  it('does so with no articles, with problems, and with extra fields', async () => {
    const empty: Dataset = {
      schemaVersion: 1,
      articles: [],
      problems: [{ file: 'x.bin', severity: 'error', message: 'binary content, not text' }],
    };
    expect(await streamed(empty)).toBe(serialiseDataset(empty));
    const extra = { shard: { index: 1, count: 2, articles: [{ id: 'a' }] } };
    expect(await streamed(seeds, extra)).toBe(
      `${JSON.stringify({ ...seeds, ...extra }, null, 1)}\n`,
    );
  });

  it('leaves no temporary file behind when an article cannot be loaded', async () => {
    const target = path.join(folder, 'failed.json');
    await expect(
      writeDataset(target, {
        count: 3,
        article: async (i) => {
          if (i === 1) throw new Error('gone');
          return seeds.articles[0]!;
        },
        problems: [],
      }),
    ).rejects.toThrow('gone');
    expect((await readdir(folder)).filter((name) => name.startsWith('failed'))).toEqual([]);
  });
});
