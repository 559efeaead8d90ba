import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `text` to `file` (and its folder) dated `secondsAgo` in the past. A file saved moments
 * ago is treated as possibly still changing: a build reads it again whatever its stat says
 * (racy-clean, as in git), and a bundle made from it is not recorded for reuse.
 */
export async function writeDated(file: string, text: string, secondsAgo = 60): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  const past = new Date(Date.now() - secondsAgo * 1000);
  await utimes(file, past, past);
  return file;
}
