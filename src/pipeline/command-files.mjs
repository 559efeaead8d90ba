// Plain JavaScript: the command launcher (launch.mjs) reads it before any TypeScript loader runs.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where the bundle of a command (`entry`) and its manifest are kept: the project's git-ignored
 * cache folder, which sits beside node_modules, so the packages left out of a bundle are found.
 * `ATLAS_COMMANDS_DIR` puts them elsewhere (tests, for commands that import no such package).
 *
 * @param {string} entry
 */
export function commandFiles(entry) {
  const name = path.basename(entry).replace(/\.ts$/u, '');
  const dir = process.env.ATLAS_COMMANDS_DIR ?? path.join(ROOT, '.cache', 'commands');
  return { dir, manifest: path.join(dir, `${name}.json`), prefix: `${name}-` };
}

/** The bundler's version, read without loading it: a new one makes every bundle again. */
export function bundlerSalt() {
  return `esbuild ${createRequire(import.meta.url)('esbuild/package.json').version}`;
}
