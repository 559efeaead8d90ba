import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDated } from '../support/dated-file.ts';

const run = promisify(execFile);
const LAUNCH = path.resolve('src/pipeline/launch.mjs');

let work: string;
let entry: string;
/** Where the launcher keeps the bundles (ATLAS_COMMANDS_DIR): not the project's cache. */
let commandsDir: string;

const put = (name: string, text: string, secondsAgo: number) =>
  writeDated(path.join(work, name), text, secondsAgo);

async function launch(
  ...args: string[]
): Promise<{ stdout: string; stderr: string; code: number }> {
  const env = { ...process.env, ATLAS_COMMANDS_DIR: commandsDir };
  try {
    const { stdout, stderr } = await run(process.execPath, [LAUNCH, entry, ...args], { env });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    return error as { stdout: string; stderr: string; code: number };
  }
}

/** This command's bundles. */
async function bundles(): Promise<string[]> {
  return (await readdir(commandsDir)).filter((name) => name.endsWith('.mjs'));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'atlas-launch-'));
  commandsDir = path.join(work, 'commands');
  entry = path.join(work, 'command.ts');
  // As in the project: run from its sources by tsx, a .ts file is an ES module only in a package
  // that says so.
  await put('package.json', '{ "type": "module" }\n', 60);
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
    const made = (await stat(path.join(commandsDir, bundle!))).mtimeMs;
    expect(JSON.parse((await launch()).stdout).value).toBe(1);
    expect(await bundles()).toEqual([bundle]);
    expect((await stat(path.join(commandsDir, bundle!))).mtimeMs).toBe(made);

    await put('value.ts', 'export const value: number = 2;\n', 30);
    expect(JSON.parse((await launch()).stdout).value).toBe(2);
    const now = await bundles();
    expect(now).toHaveLength(1);
    expect(now).not.toEqual([bundle]);
  });

  it('runs the command from its sources, with a warning, when no bundle can be made', async () => {
    commandsDir = path.join(work, 'command.ts', 'not-a-folder');
    const { stdout, stderr, code } = await launch('--input', 'y');
    expect(code).toBe(0);
    expect(stderr).toMatch(/warning: cannot bundle .*command\.ts, running it from its sources/u);
    expect(JSON.parse(stdout)).toEqual({
      value: 2,
      args: ['--input', 'y'],
      url: pathToFileURL(entry).href,
    });
  });
});
