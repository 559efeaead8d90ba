import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

/** This file: a bundle made with these options is made again when they change. */
export const NODE_BUNDLE_SOURCE = fileURLToPath(import.meta.url);

/** esbuild's options for one ES module file that Node runs, returned rather than written. */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  write: false,
  logLevel: 'silent',
  legalComments: 'none',
  // Bundled CommonJS packages (iconv-lite, jschardet) call require() for Node's own modules.
  banner: {
    js: "import { createRequire as atlasCreateRequire } from 'node:module'; const require = atlasCreateRequire(import.meta.url);",
  },
} as const satisfies BuildOptions;
