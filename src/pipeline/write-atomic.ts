import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { BufferedAppender, writeAll } from './buffered-appender.ts';

/** Writes to a temporary file beside the target, then renames: readers never see half a file. */
export async function writeAtomic(target: string, content: string | Buffer): Promise<void> {
  await writeAtomicStream(target, (out) =>
    out.append(typeof content === 'string' ? Buffer.from(content) : content),
  );
}

/**
 * As writeAtomic, for content `write` appends a piece at a time (documents of hundreds of
 * megabytes are never one string or buffer).
 */
export async function writeAtomicStream(
  target: string,
  write: (out: BufferedAppender) => Promise<void>,
): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  await writeViaTemporary(`${target}.${process.pid}.tmp`, write, (temporary) =>
    rename(temporary, target),
  );
}

/**
 * Writes what `write` appends into the file `temporary` (`onBlock` sees each block as it goes to
 * disk), then hands it to `place`, which puts it where it belongs; if anything fails, the
 * temporary file is removed and the error rethrown.
 */
export async function writeViaTemporary(
  temporary: string,
  write: (out: BufferedAppender) => Promise<void>,
  place: (temporary: string) => Promise<void>,
  onBlock: (block: readonly Buffer[]) => void = () => undefined,
): Promise<void> {
  const handle = await open(temporary, 'w');
  const out = new BufferedAppender((block) => {
    onBlock(block);
    return writeAll(handle, block);
  });
  try {
    await write(out);
    await out.end();
    await handle.close();
    await place(temporary);
  } catch (error) {
    await out.abandon();
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}
