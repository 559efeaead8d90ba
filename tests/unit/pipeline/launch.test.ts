import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandFiles } from '../../../src/pipeline/command-files.mjs';

const run = promisify(execFile);
const LAUNCH = path.resolve('src/pipeline/launch.mjs');

let work: string;
let entry: string;

/** Written and dated in the past: a file saved while the bundler runs keeps its bundle unrecorded. */
async function put(name: string, text: string, secondsAgo: number): Promise<void> {
  const file = path.join(work, name);
  await writeFile(file, text);
  const past = new Date(Date.now() - secondsAgo * 1000);
  await utimes(file, past, past);
}

async function launch(...args: string[]): Promise<{ stdout: string; code: number }> {
  try {
    const { stdout } = await run(process.execPath, [LAUNCH, entry, ...args]);
    return { stdout, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; code: number };
    return { stdout: failed.stdout, code: failed.code };
  }
}

/** This command's bundles in the cache folder. */
async function bundles(): Promise<string[]> {
  const { dir, prefix } = commandFiles(entry);
  return (await readdir(dir)).filter((name) => name.startsWith(prefix) && name.endsWith('.mjs'));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'atlas-launch-'));
  entry = path.join(work, `atlas-launch-test-${process.pid}.ts`);
  await put('value.ts', 'export const value: number = 1;\n', 60);
  await put(
    path.basename(entry),
    `import { value } from './value.ts';
const args: string[] = process.argv.slice(2);
console.log(JSON.stringify({ value, args, url: import.meta.url }));
process.exitCode = args.includes('--fail') ? 3 : 0;
`,
    60,
  );
});

afterAll(async () => {
  const { dir, manifest, prefix } = commandFiles(entry);
  for (const name of await readdir(dir))
    if (name.startsWith(prefix)) await rm(path.join(dir, name), { force: true });
  await rm(manifest, { force: true });
  await rm(work, { recursive: true, force: true });
});

// Untimed: each step starts Node, and the first ones run the bundler.
describe('launch.mjs', { timeout: 120_000 }, () => {
  it('runs the command from a bundle, with its arguments, exit code and own module URL', async () => {
    const first = await launch('--input', 'x');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      value: 1,
      args: ['--input', 'x'],
      url: pathToFileURL(entry).href,
    });
    expect(await bundles()).toHaveLength(1);
    expect((await launch('--fail')).code).toBe(3);
  });

  it('reuses the bundle while no file it was made from changes, and makes another when one does', async () => {
    const [bundle] = await bundles();
    const made = (await stat(path.join(commandFiles(entry).dir, bundle!))).mtimeMs;
    expect(JSON.parse((await launch()).stdout).value).toBe(1);
    expect(await bundles()).toEqual([bundle]);
    expect((await stat(path.join(commandFiles(entry).dir, bundle!))).mtimeMs).toBe(made);

    await put('value.ts', 'export const value: number = 2;\n', 30);
    expect(JSON.parse((await launch()).stdout).value).toBe(2);
    const now = await bundles();
    expect(now).toHaveLength(1);
    expect(now).not.toEqual([bundle]);
  });
});
