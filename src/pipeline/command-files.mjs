// Plain JavaScript: the command launcher (launch.mjs) reads it before any TypeScript loader runs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlerSalt, unchangedBundle } from './bundle-reuse.mjs';

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

/**
 * The command's last bundle, if none of the files it was made from has changed since; else null.
 *
 * @param {string} entry
 */
export function currentCommandBundle(entry) {
  return unchangedBundle(commandFiles(entry).manifest, bundlerSalt());
}
