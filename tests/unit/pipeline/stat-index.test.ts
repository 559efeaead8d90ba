import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Outcome } from '../../../src/pipeline/outcome.ts';
import { indexFile, StatIndex } from '../../../src/pipeline/stat-index.ts';
import type { FileSignature } from '../../../src/pipeline/walk.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'atlas-stat-index-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

const old = Date.now() - 60_000;
const signature = (n: number): FileSignature => ({
  size: 100 + n,
  mtimeMs: old + n,
  ctimeMs: old + n,
  ino: 1000 + n,
});
const outcome = (n: number, title = `Title ${n} — Заголовок`): Outcome => ({
  key: `key-${n}`,
  contentHash: `hash-${n}`,
  truncatedFrom: null,
  problems: [],
  summary: { id: `id-${n}`, title, date: '2024-03-12', eventType: 'mou', partners: ['KE'] },
});

describe('StatIndex', () => {
  it('writes each entry as a fresh serialisation would, whether its line is kept or made again', async () => {
    const cache = path.join(work, 'cache');
    const first = await StatIndex.open(cache, work, 'extractor');
    for (const n of [1, 2, 3]) first.record(`f${n}.txt`, signature(n), outcome(n));
    await first.save(Date.now());

    const second = await StatIndex.open(cache, work, 'extractor');
    const found = [1, 2, 3].map((n) => second.lookup(`f${n}.txt`, signature(n)));
    expect(found).toEqual([outcome(1), outcome(2), outcome(3)]);
    // f1 unchanged; f2 touched (same outcome, new stat); f3 extracted again; f4 new.
    second.record('f1.txt', signature(1), found[0]!);
    const touched = { ...signature(2), mtimeMs: old + 500, ctimeMs: old + 500 };
    second.record('f2.txt', touched, found[1]!);
    second.record('f3.txt', signature(3), outcome(3, 'Another title'));
    second.record('f4.txt', signature(4), outcome(4));
    await second.save(Date.now());

    const lines = (await readFile(await indexFile(cache, work), 'utf8')).trimEnd().split('\n');
    const entry = (file: string, s: FileSignature, o: Outcome) =>
      JSON.stringify([file, s.size, s.mtimeMs, s.ctimeMs, s.ino, o]);
    expect(lines.slice(1)).toEqual([
      entry('f1.txt', signature(1), outcome(1)),
      entry('f2.txt', touched, outcome(2)),
      entry('f3.txt', signature(3), outcome(3, 'Another title')),
      entry('f4.txt', signature(4), outcome(4)),
    ]);

    const third = await StatIndex.open(cache, work, 'extractor');
    expect(third.lookup('f2.txt', touched)).toEqual(outcome(2));
    expect(third.lookup('f2.txt', signature(2))).toBeNull();
  });
});
