import { createReadStream } from 'node:fs';

export interface Line {
  text: string;
  /** Byte offset of the line's first byte in the file. */
  offset: number;
  /** Length in bytes, without the newline. */
  length: number;
}

/** The file's lines with their byte positions, streamed: a file of any size, little memory. */
export async function* readLines(file: string): AsyncGenerator<Line> {
  let carry = Buffer.alloc(0);
  let offset = 0;
  for await (const chunk of createReadStream(file, {
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    let data = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    for (let end = data.indexOf(10, start); end !== -1; end = data.indexOf(10, start)) {
      yield { text: data.toString('utf8', start, end), offset, length: end - start };
      offset += end - start + 1;
      start = end + 1;
    }
    data = data.subarray(start);
    carry = Buffer.from(data);
  }
  if (carry.length) yield { text: carry.toString('utf8'), offset, length: carry.length };
}
