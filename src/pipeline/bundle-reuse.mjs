// Plain JavaScript: the command launcher (launch.mjs) reads it before any TypeScript loader runs.
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The bundler's version, read without loading it: a new one makes every bundle again. */
export function bundlerSalt() {
  return `esbuild ${createRequire(import.meta.url)('esbuild/package.json').version}`;
}

/**
 * The bundle `manifestFile` names, when it exists and the files it was made from still hash the
 * same (`salt` names the bundler's version); else null.
 *
 * @param {string} manifestFile
 * @param {string} salt
 * @returns {Promise<string | null>}
 */
export async function unchangedBundle(manifestFile, salt) {
  try {
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    await access(manifest.bundle);
    return (await inputsHash(manifest.inputs, salt)) === manifest.inputsHash
      ? manifest.bundle
      : null;
  } catch {
    // No manifest, an unreadable one, or a file gone: bundle afresh.
    return null;
  }
}

/**
 * Records what `bundle` was made from, for unchangedBundle. Not when a file was saved while the
 * bundler ran (since `startedAt`, with a second's margin: the bundle may hold the older text) or
 * is missing: the next run bundles again.
 *
 * @param {string} manifestFile
 * @param {{ bundle: string, inputs: string[], salt: string, startedAt: number }} made
 * @returns {Promise<void>}
 */
export async function recordBundle(manifestFile, { bundle, inputs, salt, startedAt }) {
  // The bundled files themselves: npm writes a package's stand-in (see watched) as it installs,
  // often just before the first bundle is made, and nobody edits it meanwhile.
  const stats = await Promise.all(inputs.map((input) => stat(input).catch(() => null)));
  if (!stats.every((info) => info !== null && info.mtimeMs < startedAt - 1000)) return;
  const files = watched(inputs);
  let hash;
  try {
    hash = await inputsHash(files, salt);
  } catch {
    return; // a stand-in missing (packages not installed by npm): bundled again each run
  }
  const manifest = { bundle, inputs: files, inputsHash: hash };
  await mkdir(path.dirname(manifestFile), { recursive: true });
  const temporary = `${manifestFile}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, JSON.stringify(manifest));
    await rename(temporary, manifestFile);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * The files to hash for `inputs`: a package's files stand in as the record npm rewrites on every
 * install (the outermost node_modules/.package-lock.json, which covers nested packages too).
 * Hashing it is much cheaper than the ~500 package files a bundle holds.
 *
 * @param {readonly string[]} inputs
 */
function watched(inputs) {
  const files = new Set();
  for (const input of inputs) {
    const at = input.indexOf(`${path.sep}node_modules${path.sep}`);
    files.add(at < 0 ? input : path.join(input.slice(0, at), 'node_modules', '.package-lock.json'));
  }
  return [...files];
}

/**
 * The files' paths and contents, and the salt.
 *
 * @param {readonly string[]} files
 * @param {string} salt
 */
async function inputsHash(files, salt) {
  const hash = createHash('sha256');
  hash.update(`${salt}\0`);
  const contents = await Promise.all(files.map((file) => readFile(file)));
  for (const [i, file] of files.entries())
    hash.update(`${file}\0${contents[i].length}\0`).update(contents[i]);
  return hash.digest('hex');
}
