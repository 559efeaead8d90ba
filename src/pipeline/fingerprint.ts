import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped when the cache's own layout changes (entry or index shape). */
export const CACHE_FORMAT = 2;

const SRC = fileURLToPath(new URL('..', import.meta.url));
const ROOT = path.resolve(SRC, '..');

/**
 * The task every file goes through (read, decode, extract, serialise the record and its outcome):
 * any module it imports, directly or not, can change what the cache keeps, and no other can.
 */
const ENTRY = 'pipeline/file-task.ts';
/**
 * What a module's code loads: `import … from '…'` and `export … from '…'` at the start of a line
 * (not `import type`, which loads nothing), `import '…'` and `import('…')`.
 */
const IMPORTS = [
  /^(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s*['"]([^'"\n]+)['"]/gm,
  /^import\s*['"]([^'"\n]+)['"]/gm,
  /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g,
];

/**
 * The source files (relative to src/, with their bytes) and the packages the task imports,
 * following relative imports from ENTRY. Read from the sources, not a bundle: a rebuild served
 * from the cache needs the fingerprint without bundling anything.
 */
export async function recordSources(): Promise<{ files: Map<string, Buffer>; packages: string[] }> {
  const files = new Map<string, Buffer>();
  const packages = new Set<string>();
  const queue = [ENTRY];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    const bytes = await readFile(path.join(SRC, file)).catch(() => Buffer.from('missing'));
    files.set(file, bytes);
    const text = bytes.toString('utf8');
    for (const specifier of IMPORTS.flatMap((pattern) =>
      [...text.matchAll(pattern)].map((m) => m[1]!),
    )) {
      if (specifier.startsWith('.'))
        queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)));
      else if (!specifier.startsWith('node:')) packages.add(packageName(specifier));
    }
  }
  return { files, packages: [...packages].sort() };
}

/** `chrono-node` of `chrono-node`, `i18n-iso-countries/langs/en.json` or `@scope/name/x`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

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
  const { files, packages } = await recordSources();
  for (const file of [...files.keys()].sort()) {
    hash.update(`${file}\0`);
    hash.update(files.get(file)!);
    hash.update('\0');
  }
  for (const name of packages) hash.update(`${name}@${await libraryVersion(name)}\0`);
  return hash.digest('hex').slice(0, 32);
}

async function libraryVersion(name: string): Promise<string> {
  try {
    const json = await readFile(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8');
    return String((JSON.parse(json) as { version?: unknown }).version);
  } catch {
    return 'unknown';
  }
}
