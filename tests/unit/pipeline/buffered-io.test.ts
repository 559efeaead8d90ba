import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BufferedAppender, writeAll } from '../../../src/pipeline/buffered-appender.ts';
import { RangeReader } from '../../../src/pipeline/range-reader.ts';

const MB = 1 << 20;

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'atlas-buffered-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Bytes that differ from position to position, so a misplaced range shows. */
function patterned(length: number, seed = 0): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + (i >> 8) * 7 + seed) & 0xff;
  return bytes;
}

describe('BufferedAppender', () => {
  it('writes every piece in order across many blocks, and creates an empty file', async () => {
    const file = path.join(folder, 'appended.bin');
    const appender = BufferedAppender.toFile(file);
    const pieces = Array.from({ length: 400 }, (_, i) => patterned(1 + ((i * 7919) % 30_000), i));
    for (const piece of pieces) await appender.append(piece);
    expect(appender.size).toBe(pieces.reduce((sum, piece) => sum + piece.length, 0));
    await appender.end();
    expect((await readFile(file)).equals(Buffer.concat(pieces))).toBe(true);

    const empty = path.join(folder, 'empty.bin');
    await BufferedAppender.toFile(empty).end();
    expect((await readFile(empty)).length).toBe(0);
  });

  it('never starts a write before the one before it has finished', async () => {
    let inFlight = 0;
    let most = 0;
    const written: number[] = [];
    const appender = new BufferedAppender(async (block) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      written.push(block.reduce((sum, buffer) => sum + buffer.length, 0));
      inFlight--;
    });
    for (let i = 0; i < 5; i++) await appender.append(Buffer.alloc(MB));
    await appender.end();
    expect(most).toBe(1);
    expect(written.reduce((sum, length) => sum + length, 0)).toBe(5 * MB);
  });

  it('reports a failed write at the next append or at the end, and abandon waits it out', async () => {
    const failing = new BufferedAppender(() => Promise.reject(new Error('disk full')));
    await failing.append(Buffer.alloc(MB)); // starts the write that fails
    await expect(failing.append(Buffer.alloc(MB))).rejects.toThrow('disk full');
    await expect(failing.end()).rejects.toThrow('disk full');
    await expect(failing.abandon()).resolves.toBeUndefined();

    const lastFails = new BufferedAppender(() => Promise.reject(new Error('gone')));
    await lastFails.append(Buffer.from('x'));
    await expect(lastFails.end()).rejects.toThrow('gone');
  });
});

describe('writeAll', () => {
  it('writes on after a short write, from the byte where it stopped', async () => {
    const written: Buffer[] = [];
    // As the kernel may: each call takes at most 7 bytes of what it is given.
    const shortWriter = {
      writev: async (buffers: Buffer[]) => {
        const taken = Buffer.concat(buffers).subarray(0, 7);
        written.push(taken);
        return { bytesWritten: taken.length, buffers };
      },
    } as unknown as FileHandle;
    const buffers = [Buffer.from('abc'), Buffer.alloc(0), Buffer.from('defghijklm'), patterned(40)];
    await writeAll(shortWriter, buffers);
    expect(Buffer.concat(written).equals(Buffer.concat(buffers))).toBe(true);
    expect(written.length).toBe(Math.ceil(53 / 7));
  });
});

describe('RangeReader', () => {
  const content = patterned(3 * MB + 12_345);
  let file: string;
  beforeAll(async () => {
    file = path.join(folder, 'ranges.bin');
    await writeFile(file, content);
  });

  async function withReader<T>(use: (reader: RangeReader) => Promise<T>): Promise<T> {
    const handle = await open(file, 'r');
    try {
      return await use(new RangeReader(handle));
    } finally {
      await handle.close();
    }
  }

  it('gives the right bytes for consecutive ranges that cross every block boundary', async () => {
    await withReader(async (reader) => {
      let offset = 0;
      let step = 0;
      while (offset < content.length) {
        const length = Math.min(content.length - offset, 1 + ((step++ * 104_729) % 90_000));
        const bytes = await reader.read(offset, length);
        expect(bytes?.equals(content.subarray(offset, offset + length))).toBe(true);
        offset += length;
      }
    });
  });

  it('serves ranges longer than a block, gaps, jumps back, and asked-for-at-once ranges', async () => {
    await withReader(async (reader) => {
      const asked: [number, number][] = [
        [10, 100],
        [MB - 5, 2 * MB + 10], // longer than a block, across two boundaries
        [3 * MB, 12_345],
        [500, 1000], // back to the start
        [MB + 77, 3000],
        [2 * MB - 1, 2],
      ];
      const results = await Promise.all(asked.map(([at, length]) => reader.read(at, length)));
      for (const [i, [at, length]] of asked.entries())
        expect(results[i]?.equals(content.subarray(at, at + length))).toBe(true);
    });
  });

  it('keeps handed-out ranges intact as it moves on, and returns null past the end', async () => {
    await withReader(async (reader) => {
      const first = await reader.read(MB - 10, 20);
      const copy = Buffer.from(first!);
      for (let at = MB; at < 3 * MB; at += 200_000) await reader.read(at, 200_000);
      expect(first?.equals(copy)).toBe(true);
      expect(await reader.read(content.length - 10, 11)).toBeNull();
      expect(await reader.read(content.length + 5, 1)).toBeNull();
      expect((await reader.read(content.length - 10, 10))?.length).toBe(10);
    });
  });
});
