// Runs a pipeline command: `node src/pipeline/launch.mjs cli.ts [arguments]`.
//
// From a plain-JavaScript bundle of the command when none of the files it was made from has
// changed: loading ~70 TypeScript modules through tsx takes ~0.6 s before the command's first
// line (tsx resolves and transforms each on a loader thread), the bundle ~0.1 s. Otherwise tsx
// loads the bundler, which makes the bundle (about a second), and the command runs from it.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { currentCommandBundle } from './command-files.mjs';

const [command] = process.argv.splice(2, 1);
if (!command) {
  process.stderr.write('usage: node src/pipeline/launch.mjs <command.ts> [arguments]\n');
  process.exit(2);
}
const entry = fileURLToPath(new URL(command, import.meta.url));
const bundle = (await currentCommandBundle(entry)) ?? (await bundled(entry));
await import(pathToFileURL(bundle ?? entry).href);

/**
 * A new bundle of the command; null when it cannot be made (say, the cache folder is read-only),
 * with tsx left in place to run the command from its sources, as an unusable data cache only
 * makes the build slower.
 *
 * @param {string} file
 */
async function bundled(file) {
  const { register } = await import('tsx/esm/api');
  const unregister = register();
  try {
    const { bundleCommand } = await import('./command-bundle.ts');
    const made = await bundleCommand(file);
    await unregister();
    return made;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `warning: cannot bundle ${command}, running it from its sources: ${reason}\n`,
    );
    return null;
  }
}
