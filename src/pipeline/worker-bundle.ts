import { createHash } from 'node:crypto';
import { access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeAtomic } from './write-atomic.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/**
 * The extraction task and everything it imports as one plain-JavaScript file, for the worker
 * threads. Loading the TypeScript sources through tsx instead gives every worker its own loader
 * thread that resolves and transforms each module: about 3 s of CPU per worker, which on a small
 * machine costs more than the workers save on a thousand files. Bundled afresh each run (esbuild
 * takes a fraction of a second), stored under a hash of its content so runs share it and a stale
 * one is never used.
 */
export async function workerBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "export { runFileTask as default } from './file-task.ts';",
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
    // Bundled CommonJS packages (iconv-lite, jschardet) call require() for Node's own modules.
    banner: {
      js: "import { createRequire as atlasCreateRequire } from 'node:module'; const require = atlasCreateRequire(import.meta.url);",
    },
  });
  const code = result.outputFiles[0]!.text;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const file = path.join(tmpdir(), 'ict-atlas-workers', `extract-${hash}.mjs`);
  const present = await access(file).then(
    () => true,
    () => false,
  );
  if (!present) await writeAtomic(file, code);
  return file;
}
