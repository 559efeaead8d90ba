import {
  appendFile,
  mkdir,
  mkdtemp,
  readFile,
  rm,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildToFile } from '../../../src/pipeline/build-dataset.ts';
import { earlyPool } from '../../../src/pipeline/early-pool.ts';
import { hasAtLeastFiles, walkFiles } from '../../../src/pipeline/walk.ts';
import { GENERATED, variedFolder } from './varied-folder.ts';
import { collectingLogger } from './collecting-logger.ts';

const { logger, warnings } = collectingLogger();
const fingerprint = 'test-extractor';

let input: string;
let work: string;

beforeAll(async () => {
  input = await variedFolder();
  work = await mkdtemp(path.join(tmpdir(), 'atlas-early-'));
});

afterAll(async () => {
  await rm(input, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

describe('hasAtLeastFiles', () => {
  it('counts files in nested folders, not hidden ones, and links as files', async () => {
    const root = path.join(work, 'count');
    await mkdir(path.join(root, 'a', 'b'), { recursive: true });
    await writeFile(path.join(root, 'one.txt'), '1');
    await writeFile(path.join(root, 'a', 'b', 'two.txt'), '2');
    await writeFile(path.join(root, '.hidden'), 'h');
    await mkdir(path.join(root, '.git'));
    await writeFile(path.join(root, '.git', 'config'), 'c');
    await symlink('one.txt', path.join(root, 'a', 'link.txt'));
    expect(hasAtLeastFiles(root, 3)).toBe(true);
    expect(hasAtLeastFiles(root, 4)).toBe(false);
    expect(hasAtLeastFiles(path.join(work, 'missing'), 1)).toBe(false);
  });
});

describe('earlyPool', () => {
  it('starts none for a folder too small for the pool, or with one thread', async () => {
    expect(await earlyPool('seeds', null, undefined, 2)).toBeNull();
    expect(await earlyPool(input, null, undefined, 1)).toBeNull();
  });

  it('starts one for a first build, which uses it', async () => {
    const cacheDir = path.join(work, 'cache');
    const pool = await earlyPool(input, cacheDir, undefined, 2);
    expect(pool).not.toBeNull();
    await buildToFile(input, path.join(work, 'pooled.json'), {
      logger,
      threads: 2,
      fingerprint,
      cacheDir,
      pool,
    });
    // Every file the walk sees but the hidden one was extracted by the pool's workers.
    expect(pool!.piscina.completed).toBeGreaterThanOrEqual(GENERATED);
    expect(pool!.piscina.threads).toHaveLength(0);
    expect(warnings.filter((warning) => warning.includes('worker pool'))).toEqual([]);

    await buildToFile(input, path.join(work, 'inline.json'), {
      logger,
      threads: 1,
      fingerprint,
      cacheDir: null,
    });
    expect(await readFile(path.join(work, 'pooled.json'))).toEqual(
      await readFile(path.join(work, 'inline.json')),
    );
  }, 120_000);

  it('keeps one warmed-up worker for a rebuild, which extracts what changed', async () => {
    const folder = await variedFolder();
    const cacheDir = path.join(work, 'standby-cache');
    const output = path.join(work, 'standby.json');
    try {
      // Older than the walk by more than the racy-clean margin, as files usually are.
      const old = new Date(Date.now() - 60_000);
      for (const { absolute } of walkFiles(folder).files) await utimes(absolute, old, old);
      await buildToFile(folder, output, { logger, threads: 2, fingerprint, cacheDir });
      const changed = path.join(folder, 'batch-000', 'article-000003.txt');
      await appendFile(changed, '\nThe ministry later confirmed the agreement in a statement.\n');
      const standby = await earlyPool(folder, cacheDir, undefined, 2);
      expect(standby?.threads).toBe(1);
      await buildToFile(folder, output, {
        logger,
        threads: 2,
        fingerprint,
        cacheDir,
        pool: standby,
      });
      // The warm-up, then the one changed file.
      expect(standby!.piscina.completed).toBe(2);
      expect(standby!.piscina.threads).toHaveLength(0);

      await buildToFile(folder, path.join(work, 'standby-inline.json'), {
        logger,
        threads: 1,
        fingerprint,
        cacheDir: null,
      });
      expect(await readFile(output)).toEqual(
        await readFile(path.join(work, 'standby-inline.json')),
      );

      // Nothing changed since a build read the file last: let go of, unused.
      await utimes(changed, old, old);
      await buildToFile(folder, output, { logger, threads: 1, fingerprint, cacheDir });
      const idle = await earlyPool(folder, cacheDir, undefined, 2);
      await buildToFile(folder, output, { logger, threads: 2, fingerprint, cacheDir, pool: idle });
      expect(idle!.piscina.completed).toBeLessThanOrEqual(1);
      expect(idle!.piscina.threads).toHaveLength(0);

      // Every file to extract again (another extractor): a whole pool instead of the standby.
      const replaced = await earlyPool(folder, cacheDir, undefined, 2);
      warnings.length = 0;
      const report = await buildToFile(folder, output, {
        logger,
        threads: 2,
        fingerprint: 'another-extractor',
        cacheDir,
        pool: replaced,
      });
      expect(report.read).toBeGreaterThanOrEqual(GENERATED);
      expect(replaced!.piscina.completed).toBeLessThanOrEqual(1);
      expect(replaced!.piscina.threads).toHaveLength(0);
      expect(warnings.filter((warning) => warning.includes('worker pool'))).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);

  it('is used for a few files too: its workers are loading the extractor already', async () => {
    const pool = await earlyPool(input, null, undefined, 2);
    await buildToFile('seeds', path.join(work, 'seeds.json'), {
      logger,
      threads: 2,
      cacheDir: null,
      pool,
    });
    expect(pool!.piscina.completed).toBe(5);
    expect(pool!.piscina.threads).toHaveLength(0);
    const dataset = JSON.parse(await readFile(path.join(work, 'seeds.json'), 'utf8')) as {
      articles: unknown[];
    };
    expect(dataset.articles).toHaveLength(5);
  }, 120_000);

  it('survives a worker failing before the build uses the pool: extracts here, says so', async () => {
    const pool = await earlyPool(input, null, undefined, 2);
    // As a worker that cannot start would: an 'error' on the pool, with no task running.
    pool!.piscina.emit('error', new Error('worker died at start-up'));
    warnings.length = 0;
    await buildToFile(input, path.join(work, 'after-failure.json'), {
      logger,
      threads: 2,
      fingerprint,
      cacheDir: null,
      pool,
    });
    expect(warnings.filter((w) => w.includes('worker pool failed'))).toHaveLength(1);
    expect(pool!.piscina.completed).toBe(0);
    expect(await readFile(path.join(work, 'after-failure.json'))).toEqual(
      await readFile(path.join(work, 'inline.json')),
    );
  }, 120_000);
});
