import type { FileHandle } from 'node:fs/promises';

/** Bytes read from the file at once: ranges asked for in file order come out of one read. */
const BLOCK = 1 << 20;

/**
 * Byte ranges of one file, asked for mostly in increasing order (the articles of the last
 * document, in path order): served from a block read ahead, so 100,000 small ranges cost a few
 * hundred reads, not 100,000. While one block is served the next is already being read. Reads
 * run one at a time, in the order they were asked for.
 */
export class RangeReader {
  private window: Buffer = Buffer.alloc(0);
  private start = 0;
  private queue: Promise<unknown> = Promise.resolve();
  /** The block after the window, being read. */
  private ahead: { start: number; block: Promise<Buffer> } | null = null;

  constructor(private readonly handle: FileHandle) {}

  /** The `length` bytes at `offset`, or null when the file ends before them. */
  read(offset: number, length: number): Promise<Buffer | null> {
    const result = this.queue.then(() => this.take(offset, length));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async take(offset: number, length: number): Promise<Buffer | null> {
    const end = this.start + this.window.length;
    if (offset >= this.start && offset + length <= end)
      return this.window.subarray(offset - this.start, offset - this.start + length);
    const ahead = this.ahead;
    this.ahead = null;
    if (ahead?.start === end && offset >= this.start && offset <= end && length <= BLOCK) {
      // The range runs on past the window into the block read ahead, which becomes the window:
      // only the range's own bytes are copied out of the two.
      const before = this.window.subarray(offset - this.start);
      const block = await ahead.block;
      this.moveTo(end, block, BLOCK);
      const rest = length - before.length;
      return block.length < rest ? null : Buffer.concat([before, block.subarray(0, rest)]);
    }
    const size = Math.max(BLOCK, length);
    const window = await this.readBlock(offset, size);
    this.moveTo(offset, window, size);
    return window.length < length ? null : window.subarray(0, length);
  }

  /** Makes `window` (read at `start`, `size` bytes asked for) the window, and reads on ahead. */
  private moveTo(start: number, window: Buffer, size: number): void {
    this.window = window;
    this.start = start;
    if (window.length === size) {
      const next = start + window.length;
      const block = this.readBlock(next, BLOCK);
      block.catch(() => undefined); // surfaces when the block is asked for
      this.ahead = { start: next, block };
    }
  }

  /** A new buffer each time: ranges handed out earlier keep pointing at their own bytes. */
  private async readBlock(offset: number, size: number): Promise<Buffer> {
    const buffer = Buffer.allocUnsafe(size);
    const { bytesRead } = await this.handle.read(buffer, 0, size, offset);
    return buffer.subarray(0, bytesRead);
  }
}
