/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

/** Where `npm run data` writes by default; the single file inlines this file. */
const DATASET_FILE = fileURLToPath(new URL('public/data/articles.json', import.meta.url));
const LOADER = fileURLToPath(new URL('src/app/load-dataset.ts', import.meta.url));
const INLINE_LOADER = fileURLToPath(new URL('src/app/load-dataset.inline.ts', import.meta.url));
const VIRTUAL_DATASET = 'virtual:ict-atlas-dataset';
const RESOLVED_VIRTUAL_DATASET = `\0${VIRTUAL_DATASET}`;

/**
 * For the single file: swaps the run-time fetch (`load-dataset.ts`) for `load-dataset.inline.ts`
 * and gives that module the dataset JSON as `virtual:ict-atlas-dataset`.
 */
function inlineDataset(): Plugin {
  return {
    name: 'ict-atlas:inline-dataset',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source === VIRTUAL_DATASET) return RESOLVED_VIRTUAL_DATASET;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === LOADER ? INLINE_LOADER : null;
    },
    load(id) {
      if (id !== RESOLVED_VIRTUAL_DATASET) return null;
      let text: string;
      try {
        text = readFileSync(DATASET_FILE, 'utf8');
        JSON.parse(text);
      } catch (error) {
        throw new Error(
          `The single file inlines ${DATASET_FILE}, which is missing or not JSON; run \`npm run data\` first (${String(error)}).`,
          { cause: error },
        );
      }
      this.addWatchFile(DATASET_FILE);
      // A string for JSON.parse: parsed faster than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(text)});`;
    },
  };
}

/**
 * For the single file: drops the JavaScript files left beside it once everything it runs is
 * inlined (the search worker's script: the single file searches on the page's thread).
 */
function dropLeftoverScripts(): Plugin {
  return {
    name: 'ict-atlas:drop-leftover-scripts',
    enforce: 'post',
    generateBundle(_options, bundle) {
      // The worker is an asset (built on its own); the app's chunks, which get inlined, are not.
      for (const [name, file] of Object.entries(bundle))
        if (file.type === 'asset' && name.endsWith('.js'))
          // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- Rollup's way to drop a file
          delete bundle[name];
    },
  };
}

// Relative base so the build works from any sub-path of any static server.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins:
    mode === 'single'
      ? // `vite build --mode single`: dist/ict-atlas.html, one file with the JS, CSS, map geometry,
        // lazy chunks and data inlined, that opens from file:// with no server.
        [
          react(),
          inlineDataset(),
          viteSingleFile({ outputFileName: 'ict-atlas.html' }),
          dropLeftoverScripts(),
        ]
      : [react()],
  // The single-file build runs second and adds one file beside the multi-file build.
  publicDir: mode === 'single' ? false : 'public',
  build: {
    emptyOutDir: mode !== 'single',
    // The first screen's JavaScript is budgeted at 250 kB gzipped (see README, "Size"); the
    // largest chunk (the entry: React, zod, the table) is well under this raw limit.
    chunkSizeWarningLimit: 500,
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Generous: suites run beside builds and browsers on 2 cores; speed is measured by the bench, not here.
    testTimeout: 30_000,
  },
}));
