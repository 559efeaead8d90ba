import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildToFile } from '../../../src/pipeline/build-dataset.ts';
import { mergeShards } from '../../../src/pipeline/merge.ts';
import { inShard, parseShard } from '../../../src/pipeline/shard.ts';
import { walkFiles } from '../../../src/pipeline/walk.ts';
import { DatasetSchema } from '../../../src/schema/dataset.ts';
import { EXTRA_FILES, GENERATED, variedFolder } from './varied-folder.ts';
import { collectingLogger } from './collecting-logger.ts';

const { logger, warnings } = collectingLogger();
// One fingerprint for every build here: the extractor's sources may change while tests run.
const fingerprint = 'test-extractor';

let input: string;
let out: string;
let single: Buffer;
const at = (name: string): string => path.join(out, name);

beforeAll(async () => {
  input = await variedFolder();
  out = await mkdtemp(path.join(tmpdir(), 'atlas-shards-'));
  // The single run uses the worker pool; the shards extract on the main thread.
  await buildToFile(input, at('single.json'), { logger, threads: 2, fingerprint });
  single = await readFile(at('single.json'));
  for (const i of [1, 2, 3]) {
    await buildToFile(input, at(`shard-${i}.json`), {
      logger,
      threads: 1,
      fingerprint,
      shard: { index: i, count: 3 },
    });
  }
}, 240_000);

afterAll(async () => {
  await rm(input, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

describe('sharded builds', () => {
  it('are built by the worker pool and on the main thread alike', () => {
    expect(warnings.filter((w) => w.includes('worker pool'))).toEqual([]);
  });

  it('merge to the same bytes as one run, whatever the order of the shard files', async () => {
    await mergeShards(
      [at('shard-2.json'), at('shard-3.json'), at('shard-1.json')],
      at('m.json'),
      logger,
    );
    expect((await readFile(at('m.json'))).equals(single)).toBe(true);
  });

  it('account for every input file once: an article or a problem', async () => {
    const { files, notes } = walkFiles(input);
    const dataset = DatasetSchema.parse(JSON.parse(single.toString('utf8')));
    const seen = [...dataset.articles.map((a) => a.file), ...dataset.problems.map((p) => p.file)];
    expect(new Set(seen).size).toBe(files.length + notes.length);
    expect(files.length + notes.length).toBe(GENERATED + EXTRA_FILES);
    expect(dataset.problems.map((p) => [p.file, p.severity])).toEqual([
      ['.DS_Store', 'warning'],
      ['copies/image.png', 'error'],
      ['empty.txt', 'error'],
    ]);
    const ids = dataset.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const copy = dataset.articles.find((a) => a.file === 'copies/deeper/same-content.txt')!;
    expect(copy.duplicateOf).toBe(
      dataset.articles.find((a) => a.file === 'batch-000/article-000000.txt')!.id,
    );
  });

  it('are valid datasets of their slice, with each file in exactly one shard', async () => {
    const { files } = walkFiles(input);
    for (const { file } of files) {
      const owners = [1, 2, 3].filter((index) => inShard(file, { index, count: 3 }));
      expect(owners).toHaveLength(1);
    }
    for (const i of [1, 2, 3]) {
      const shard = DatasetSchema.parse(JSON.parse(await readFile(at(`shard-${i}.json`), 'utf8')));
      expect(shard.articles.every((a) => inShard(a.file, { index: i, count: 3 }))).toBe(true);
    }
  });

  it('refuse to merge with a shard missing, given twice, or not a shard', async () => {
    await expect(
      mergeShards([at('shard-1.json'), at('shard-2.json')], at('x.json'), logger),
    ).rejects.toThrow('missing shard 3/3');
    await expect(
      mergeShards(
        [at('shard-1.json'), at('shard-1.json'), at('shard-3.json')],
        at('x.json'),
        logger,
      ),
    ).rejects.toThrow('given twice');
    await expect(mergeShards([at('single.json')], at('x.json'), logger)).rejects.toThrow(
      `${at('single.json')}: has no "shard" field`,
    );
  });

  it('refuse a damaged shard file, naming it, from the command line with a non-zero exit', async () => {
    const damaged = at('damaged.json');
    const text = await readFile(at('shard-2.json'), 'utf8');
    await writeFile(damaged, text.replace(/"language": "[a-z]+"/u, '"language": "English"'));
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/pipeline/cli.ts',
        '--merge',
        at('shard-1.json'),
        damaged,
        at('shard-3.json'),
        '--output',
        at('y.json'),
      ],
      { encoding: 'utf8' },
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(damaged);
    expect(run.stderr).toContain('language');
    await expect(readFile(at('y.json'))).rejects.toThrow();
  }, 60_000);
});

describe('parseShard', () => {
  it.each(['1/1', '2/3', ' 4/4 '])('accepts %s', (spec) => {
    expect(parseShard(spec).count).toBeGreaterThanOrEqual(1);
  });
  it.each(['0/2', '3/2', '1', 'a/b', '1/0'])('refuses %s', (spec) => {
    expect(() => parseShard(spec)).toThrow('--shard must be i/n');
  });
});
