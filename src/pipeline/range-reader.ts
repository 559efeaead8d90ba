import type { FileHandle } from 'node:fs/promises';

/** Bytes read from the file at once: ranges asked for in file order come out of one read. */
const BLOCK = 1 << 20;

/**
 * Byte ranges of one file, asked for mostly in increasing order (the articles of the last
 * document, in path order): served from a block read ahead, so 100,000 small ranges cost a few
 * hundred reads, not 100,000. Reads run one at a time, in the order they were asked for.
 */
export class RangeReader {
  private window = Buffer.alloc(0);
  private start = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly handle: FileHandle) {}

  /** The `length` bytes at `offset`, or null when the file ends before them. */
  read(offset: number, length: number): Promise<Buffer | null> {
    const result = this.queue.then(() => this.take(offset, length));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async take(offset: number, length: number): Promise<Buffer | null> {
    const inWindow = offset >= this.start && offset + length <= this.start + this.window.length;
    if (!inWindow) {
      // A new buffer each time: ranges handed out earlier keep pointing at their own bytes.
      const size = Math.max(BLOCK, length);
      const buffer = Buffer.allocUnsafe(size);
      const { bytesRead } = await this.handle.read(buffer, 0, size, offset);
      this.window = buffer.subarray(0, bytesRead);
      this.start = offset;
      if (bytesRead < length) return null;
    }
    return this.window.subarray(offset - this.start, offset - this.start + length);
  }
}
