import { createReadStream } from 'node:fs';
import { BufferedAppender } from './buffered-appender.ts';

const NEWLINE = 0x0a;

/**
 * Strings appended in order and read back once, JSON-encoded, from a file rather than memory: at
 * 100,000 articles the search file's summaries and texts would otherwise hold hundreds of MB
 * until the end of the build. Kept as bytes: most arrive encoded and leave encoded.
 */
export class SpilledStrings {
  private readonly appender: BufferedAppender;

  constructor(private readonly file: string) {
    this.appender = BufferedAppender.toFile(file);
  }

  push(value: string): Promise<void> {
    return this.pushEncoded(Buffer.from(JSON.stringify(value)));
  }

  /** A string already JSON-encoded (UTF-8). */
  async pushEncoded(json: Buffer): Promise<void> {
    // A JSON string never holds a raw newline: one per line.
    await this.appender.append(json);
    await this.appender.append(NEWLINE_BYTES);
  }

  /** Stops writing (before the file is removed). */
  abandon(): Promise<void> {
    return this.appender.abandon();
  }

  /** Every string pushed, in order, as JSON (UTF-8). */
  async *encoded(): AsyncGenerator<Buffer> {
    // Also creates the file when nothing was pushed.
    await this.appender.end();
    let carry: Buffer | null = null;
    for await (const block of createReadStream(this.file, {
      highWaterMark: 1 << 20,
    }) as AsyncIterable<Buffer>) {
      const data: Buffer = carry ? Buffer.concat([carry, block]) : block;
      let start = 0;
      for (let end = data.indexOf(NEWLINE); end !== -1; end = data.indexOf(NEWLINE, start)) {
        yield data.subarray(start, end);
        start = end + 1;
      }
      carry = start < data.length ? data.subarray(start) : null;
    }
  }
}

const NEWLINE_BYTES = Buffer.from([NEWLINE]);
