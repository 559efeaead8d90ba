import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Files are read up to this many bytes; news articles are far smaller, and memory stays bounded. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * The file's first `limit` bytes, and whether anything was left unread. Read synchronously: the
 * caller (a worker, or the main thread extracting inline) does one file at a time and has nothing
 * else to do meanwhile, and four round trips through libuv's thread pool per small file cost
 * several times the read itself.
 */
export async function readCapped(
  file: string,
  limit = MAX_FILE_BYTES,
): Promise<{ bytes: Uint8Array; truncated: boolean; size: number }> {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    const length = Math.min(size, limit);
    const buffer = Buffer.alloc(length);
    let offset = 0;
    while (offset < length) {
      const bytesRead = readSync(fd, buffer, offset, length - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    const bytes = buffer.subarray(0, offset);
    return { bytes: size > limit ? trimPartialUtf8(bytes) : bytes, truncated: size > limit, size };
  } finally {
    closeSync(fd);
  }
}

/** Drops a UTF-8 sequence cut in half by the cap, so the kept part still decodes as UTF-8. */
function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= 4 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) !== 0x80) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return needed > back ? bytes.subarray(0, bytes.length - back) : bytes;
    }
  }
  return bytes;
}
