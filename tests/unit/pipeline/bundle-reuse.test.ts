import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordBundle, unchangedBundle } from '../../../src/pipeline/bundle-reuse.mjs';
import { writeDated } from '../support/dated-file.ts';

let work: string;
const at = (name: string): string => path.join(work, name);
const SALT = 'esbuild 1.0.0';

const put = (name: string, text: string, secondsAgo?: number) =>
  writeDated(at(name), text, secondsAgo);

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'atlas-bundle-reuse-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('recordBundle and unchangedBundle', () => {
  it('reuse a bundle until a source, the installed packages or the bundler change', async () => {
    const bundle = await put('bundle.mjs', 'export {};\n');
    const source = await put('src/command.ts', 'export const a = 1;\n');
    const packageFile = await put('node_modules/pkg/node_modules/inner/index.js', 'x\n');
    // npm writes this as it installs, often a moment before the first bundle: no reason to wait.
    await put('node_modules/.package-lock.json', '{"v":1}\n', 0);
    const manifest = at('cache/command.json');
    await recordBundle(manifest, {
      bundle,
      inputs: [source, packageFile],
      salt: SALT,
      startedAt: Date.now(),
    });
    expect(await unchangedBundle(manifest, SALT)).toBe(bundle);
    expect(await unchangedBundle(manifest, 'esbuild 2.0.0')).toBeNull();

    await put('node_modules/.package-lock.json', '{"v":2}\n');
    expect(await unchangedBundle(manifest, SALT)).toBeNull();
    await put('node_modules/.package-lock.json', '{"v":1}\n');
    expect(await unchangedBundle(manifest, SALT)).toBe(bundle);
    await put('src/command.ts', 'export const a = 2;\n');
    expect(await unchangedBundle(manifest, SALT)).toBeNull();
  });

  it('record nothing when a source was saved while the bundler ran, or is gone', async () => {
    const bundle = await put('bundle.mjs', 'export {};\n');
    const manifest = at('cache/command.json');
    const fresh = await put('src/command.ts', 'export const a = 1;\n', 0);
    await recordBundle(manifest, { bundle, inputs: [fresh], salt: SALT, startedAt: Date.now() });
    expect(await unchangedBundle(manifest, SALT)).toBeNull();
    await recordBundle(manifest, {
      bundle,
      inputs: [at('src/gone.ts')],
      salt: SALT,
      startedAt: Date.now(),
    });
    expect(await unchangedBundle(manifest, SALT)).toBeNull();
  });
});
