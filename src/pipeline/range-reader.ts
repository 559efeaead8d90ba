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
    let window: Buffer;
    let full: boolean;
    if (ahead?.start === end && offset >= this.start && offset <= end) {
      // The range runs on past the window into the block read ahead: what is left of the window,
      // then that block.
      const block = await ahead.block;
      window = Buffer.concat([this.window.subarray(offset - this.start), block]);
      full = block.length === BLOCK;
    } else {
      const size = Math.max(BLOCK, length);
      window = await this.readBlock(offset, size);
      full = window.length === size;
    }
    this.window = window;
    this.start = offset;
    if (full) {
      const block = this.readBlock(offset + window.length, BLOCK);
      block.catch(() => undefined); // surfaces when the block is asked for
      this.ahead = { start: offset + window.length, block };
    }
    if (window.length < length) return full ? this.take(offset, length) : null;
    return window.subarray(0, length);
  }

  /** A new buffer each time: ranges handed out earlier keep pointing at their own bytes. */
  private async readBlock(offset: number, size: number): Promise<Buffer> {
    const buffer = Buffer.allocUnsafe(size);
    const { bytesRead } = await this.handle.read(buffer, 0, size, offset);
    return buffer.subarray(0, bytesRead);
  }
}
