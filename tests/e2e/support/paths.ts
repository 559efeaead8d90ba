import { fileURLToPath } from 'node:url';

/** The repository root and the production build the end-to-end tests exercise. */
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
export const SINGLE_FILE = fileURLToPath(new URL('../../../dist/ict-atlas.html', import.meta.url));
export const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));

/** A deep intranet-style path to mount the build at. */
export const SUB_PATH = '/intranet/tools/atlas/';

/** The strict policy the multi-file build must run under (README, "Content Security Policy"). */
export const STRICT_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";
