import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped when the cache's own layout changes (entry or index shape). */
export const CACHE_FORMAT = 2;

const SRC = fileURLToPath(new URL('..', import.meta.url));
const ROOT = path.resolve(SRC, '..');

/**
 * Sources whose change can change a record: the extractor, decoding, the per-file step, the
 * schema, and how a record is serialised for the document and the sidecars (entries keep it so).
 */
const SOURCE_DIRS = ['extract'];
const SOURCE_FILES = [
  'pipeline/decode.ts',
  'pipeline/read-capped.ts',
  'pipeline/process-file.ts',
  'pipeline/file-task.ts',
  'pipeline/article-piece.ts',
  'pipeline/app-row.ts',
  'pipeline/assemble.ts',
  'pipeline/write-dataset.ts',
  'lib/fold-text.ts',
  'schema/app-index.ts',
  'schema/dataset.ts',
];
/** Libraries whose upgrade can change a record. */
const LIBRARIES = [
  'chrono-node',
  'franc-min',
  'i18n-iso-countries',
  'parse5',
  'iconv-lite',
  'jschardet',
  'zod',
];

/**
 * What extraction "is" this run: a hash of the extractor's sources and its libraries' versions,
 * made part of every cache key. EXTRACTOR_VERSION lives in src/extract/article.ts, so bumping it
 * changes the hash; and people who forget to bump it are covered too. The sources are hashed, not
 * imported: a rebuild served from the cache never loads the extractor. `version` is mixed in on
 * top (tests use it to stand for another extractor). Computed once per run.
 */
export async function extractorFingerprint(version: string | number = ''): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`format ${CACHE_FORMAT}\0version ${version}\0`);
  const files = [...SOURCE_FILES];
  for (const dir of SOURCE_DIRS) files.push(...(await listFiles(path.join(SRC, dir), dir)));
  for (const file of files.sort()) {
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(SRC, file)).catch(() => Buffer.from('missing')));
    hash.update('\0');
  }
  for (const name of LIBRARIES) hash.update(`${name}@${await libraryVersion(name)}\0`);
  return hash.digest('hex').slice(0, 32);
}

async function listFiles(absolute: string, relative: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(absolute, { withFileTypes: true })) {
    const rel = `${relative}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(absolute, entry.name), rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

async function libraryVersion(name: string): Promise<string> {
  try {
    const json = await readFile(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8');
    return String((JSON.parse(json) as { version?: unknown }).version);
  } catch {
    return 'unknown';
  }
}
