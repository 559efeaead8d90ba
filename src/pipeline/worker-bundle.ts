import { createHash } from 'node:crypto';
import { access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BuildOptions, Plugin } from 'esbuild';
import { bundlerSalt, recordBundle, unchangedBundle } from './bundle-reuse.mjs';
import { NODE_BUNDLE, NODE_BUNDLE_SOURCE } from './node-bundle-options.ts';
import { writeAtomic } from './write-atomic.ts';

const SELF = fileURLToPath(import.meta.url);
const HERE = path.dirname(SELF);
const DIR = path.join(tmpdir(), 'ict-atlas-workers');

/**
 * Works out the country gazetteer's trie here, once per bundle, into a file beside it that the
 * workers read instead (see country-trie-prebuilt.ts). The gazetteer's sources stay in the bundle
 * as the matcher's fallback, so the manifest below still covers every file the data comes from,
 * and the data file's name is part of the bundle's content.
 */
const prebuiltGazetteer: Plugin = {
  name: 'prebuilt-gazetteer',
  setup(build) {
    // A Go regex for esbuild: no `u` flag.
    build.onLoad({ filter: /[\\/]country-trie-prebuilt\.ts$/ }, async () => {
      const { keyedEntries } = await import('../extract/gazetteer/countries-keys.ts');
      const { countryTrieBytes } = await import('../extract/gazetteer/country-trie.ts');
      const bytes = Buffer.from(countryTrieBytes(keyedEntries()));
      const file = path.join(DIR, `gazetteer-${sha256(bytes).slice(0, 16)}.bin`);
      if (!(await exists(file))) await writeAtomic(file, bytes);
      return {
        loader: 'js',
        contents: `import { readFileSync } from 'node:fs';
export function prebuiltCountryTrie() {
  try {
    return readFileSync(${JSON.stringify(file)});
  } catch {
    return null; // deleted since: the matcher works the trie out
  }
}`,
      };
    });
  },
};

const OPTIONS = {
  stdin: {
    contents:
      "export { runFileTask as default } from './file-task.ts'; export { warmUp } from './warm-up.ts';",
    resolveDir: HERE,
    loader: 'ts',
  },
  ...NODE_BUNDLE,
  plugins: [prebuiltGazetteer],
} as const satisfies BuildOptions;

/**
 * The extraction task and everything it imports as one plain-JavaScript file, for the worker
 * threads. Loading the TypeScript sources through tsx instead gives every worker its own loader
 * thread that resolves and transforms each module: about 3 s of CPU per worker, which on a small
 * machine costs more than the workers save on a thousand files. Stored under a hash of its content
 * so runs share it and a stale one is never used. Bundling takes esbuild about a second of CPU
 * before any worker can start, so it is skipped when none of the files the last bundle was made
 * from has changed (hashing them takes a small fraction of that).
 */
export async function workerBundle(): Promise<string> {
  const manifestFile = path.join(DIR, `inputs-${sha256(HERE).slice(0, 16)}.json`);
  const reused = await unchangedBundle(manifestFile, bundlerSalt());
  if (reused) return reused;

  const startedAt = Date.now();
  const result = await build({ ...OPTIONS, metafile: true });
  const code = result.outputFiles[0]!.text;
  const bundle = path.join(DIR, `extract-${sha256(code).slice(0, 16)}.mjs`);
  if (!(await exists(bundle))) await writeAtomic(bundle, code);

  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => input !== '<stdin>')
    .map((input) => path.resolve(input));
  // The options' files too, and this one has the code the gazetteer plugin writes into the bundle.
  await recordBundle(manifestFile, {
    bundle,
    inputs: [SELF, NODE_BUNDLE_SOURCE, ...inputs],
    salt: bundlerSalt(),
    startedAt,
  });
  return bundle;
}

function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
