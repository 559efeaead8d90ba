import { appendFile } from 'node:fs/promises';
import { readLines } from './read-lines.ts';

/**
 * Strings appended in order and read back once, JSON-encoded, from a file rather than memory: at
 * 100,000 articles the search file's summaries and texts would otherwise hold hundreds of MB
 * until the end of the build.
 */
export class SpilledStrings {
  private buffer = '';

  constructor(private readonly file: string) {}

  async push(value: string): Promise<void> {
    // A JSON string never holds a raw newline: one per line.
    this.buffer += `${JSON.stringify(value)}\n`;
    if (this.buffer.length >= 1 << 20) await this.flush();
  }

  /** Every string pushed, in order, as JSON. */
  async *encoded(): AsyncGenerator<string> {
    // Also creates the file when nothing was pushed.
    await this.flush();
    for await (const { text } of readLines(this.file)) yield text;
  }

  private async flush(): Promise<void> {
    const data = this.buffer;
    this.buffer = '';
    await appendFile(this.file, data);
  }
}
