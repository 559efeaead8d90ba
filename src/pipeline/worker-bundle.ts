import { createHash } from 'node:crypto';
import { access, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, version as esbuildVersion } from 'esbuild';
import type { BuildOptions, Plugin } from 'esbuild';
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
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  write: false,
  logLevel: 'silent',
  legalComments: 'none',
  plugins: [prebuiltGazetteer],
  // Bundled CommonJS packages (iconv-lite, jschardet) call require() for Node's own modules.
  banner: {
    js: "import { createRequire as atlasCreateRequire } from 'node:module'; const require = atlasCreateRequire(import.meta.url);",
  },
} as const satisfies BuildOptions;

/** What the last bundle of this checkout was made from: its input files and a hash of them. */
interface Manifest {
  bundle: string;
  inputs: string[];
  inputsHash: string;
}

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
  const reused = await unchangedBundle(manifestFile);
  if (reused) return reused;

  const startedAt = Date.now();
  const result = await build({ ...OPTIONS, metafile: true });
  const code = result.outputFiles[0]!.text;
  const bundle = path.join(DIR, `extract-${sha256(code).slice(0, 16)}.mjs`);
  if (!(await exists(bundle))) await writeAtomic(bundle, code);

  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => input !== '<stdin>')
    .map((input) => path.resolve(input));
  // A file saved while esbuild ran may differ from what it bundled: no manifest, rebundle next run.
  const stats = await Promise.all(inputs.map((input) => stat(input)));
  if (stats.every((info) => info.mtimeMs < startedAt - 1000)) {
    const manifest: Manifest = { bundle, inputs, inputsHash: await inputsHash(inputs) };
    await writeAtomic(manifestFile, JSON.stringify(manifest));
  }
  return bundle;
}

/** The manifest's bundle if it exists and its inputs still hash the same, else null. */
async function unchangedBundle(manifestFile: string): Promise<string | null> {
  try {
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest;
    if (!(await exists(manifest.bundle))) return null;
    return (await inputsHash(manifest.inputs)) === manifest.inputsHash ? manifest.bundle : null;
  } catch {
    // No manifest, an unreadable one, or an input gone: bundle afresh.
    return null;
  }
}

/**
 * The inputs' paths and contents, with esbuild's version and this file (the options, and the
 * code the gazetteer plugin writes into the bundle).
 */
async function inputsHash(inputs: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`esbuild ${esbuildVersion}\0`);
  const files = [SELF, ...inputs];
  const contents = await Promise.all(files.map((file) => readFile(file)));
  for (const [i, file] of files.entries())
    hash.update(`${file}\0${contents[i]!.length}\0`).update(contents[i]!);
  return hash.digest('hex');
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
