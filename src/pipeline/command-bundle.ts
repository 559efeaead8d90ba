import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import { bundlerSalt, recordBundle } from './bundle-reuse.mjs';
import { commandFiles, currentCommandBundle } from './command-files.mjs';
import { NODE_BUNDLE, NODE_BUNDLE_SOURCE } from './node-bundle-options.ts';
import { writeAtomic } from './write-atomic.ts';

const SELF = fileURLToPath(import.meta.url);
/** What follows a command's name in its bundles' names (`cli-` is not `cli-extra-`'s). */
const HASHED = /^[0-9a-f]{16}\.mjs$/u;

/**
 * Every module keeps its own `import.meta.url` in the bundle (the pipeline finds its sources and
 * the workers' entry from it, and the bundle lives elsewhere): a module that uses it is given its
 * URL as a constant (module-local: esbuild renames each module's copy), which `import.meta.url` is
 * defined as. Other modules load as they are.
 */
const ownUrl: Plugin = {
  name: 'own-url',
  setup(build) {
    // A Go regex for esbuild: no `u` flag.
    build.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const shebang = /^#!.*\n/u.exec(text)?.[0] ?? '';
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return {
        loader: /\.m?ts$/u.test(args.path) ? 'ts' : 'js',
        contents: `${shebang}const atlasOwnUrl = ${url};\n${text.slice(shebang.length)}`,
      };
    });
  },
};

/**
 * A pipeline command (`entry`, a TypeScript file) and everything it imports as one plain
 * JavaScript file, for launch.mjs. Its packages are bundled too, but piscina (which starts its
 * workers from a file of its own) and esbuild (which runs its own binary): they are found in the
 * project's node_modules, beside which the bundle is kept. Older bundles of the command go.
 */
export async function bundleCommand(entry: string): Promise<string> {
  const { manifest, dir, prefix } = commandFiles(entry);
  const startedAt = Date.now();
  const result = await build({
    ...NODE_BUNDLE,
    entryPoints: [entry],
    metafile: true,
    external: ['piscina', 'esbuild'],
    define: { 'import.meta.url': 'atlasOwnUrl' },
    plugins: [ownUrl],
  });
  const code = result.outputFiles[0]!.text;
  const name = `${prefix}${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  const bundle = path.join(dir, name);
  await writeAtomic(bundle, code);
  // A running command has read all of its bundle: removing it is safe.
  for (const other of await readdir(dir))
    if (other !== name && other.startsWith(prefix) && HASHED.test(other.slice(prefix.length)))
      await rm(path.join(dir, other), { force: true });
  const made = Object.keys(result.metafile.inputs).map((input) => path.resolve(input));
  // The options' files too.
  const inputs = [SELF, NODE_BUNDLE_SOURCE, ...made];
  await recordBundle(manifest, { bundle, inputs, salt: bundlerSalt(), startedAt });
  return bundle;
}

/** The command's bundle as launch.mjs would run it: the last one if still current, else a new one. */
export async function commandBundle(entry: string): Promise<string> {
  return (await currentCommandBundle(entry)) ?? (await bundleCommand(entry));
}
