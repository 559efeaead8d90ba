import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Dataset } from '../../../src/schema/dataset.ts';
import { DIST, REPO } from './paths.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

const run = promisify(execFile);

/**
 * A private copy of the production build whose data file is built, by the real command line,
 * from `files` (relative path → content). Returns the site folder and a cleanup.
 */
export async function siteFromSeeds(
  files: Readonly<Record<string, string | Buffer>>,
): Promise<{ site: string; remove: () => Promise<void> }> {
  const work = await mkdtemp(join(tmpdir(), 'ict-atlas-hostile-'));
  const seeds = join(work, 'seeds');
  const site = join(work, 'site');
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(seeds, name)), { recursive: true });
    await writeFile(join(seeds, name), content);
  }
  await cp(DIST, site, { recursive: true });
  await run(
    join(REPO, 'node_modules', '.bin', 'tsx'),
    [
      'src/pipeline/cli.ts',
      '--input',
      seeds,
      '--output',
      join(site, 'data', 'articles.json'),
      '--no-cache',
      '--quiet',
    ],
    { cwd: REPO },
  );
  return { site, remove: () => rm(work, { recursive: true, force: true }) };
}

export interface ServedSite {
  server: StaticServer;
  /** The dataset the site was built with, as the data command wrote it. */
  dataset: Dataset;
  close: () => Promise<void>;
}

/** `siteFromSeeds`, served on a loopback port. */
export async function serveSiteFromSeeds(
  files: Readonly<Record<string, string | Buffer>>,
): Promise<ServedSite> {
  const built = await siteFromSeeds(files);
  const dataset = JSON.parse(
    await readFile(join(built.site, 'data', 'articles.json'), 'utf8'),
  ) as Dataset;
  const server = await startStaticServer({ root: built.site });
  return {
    server,
    dataset,
    close: async () => {
      await server.close();
      await built.remove();
    },
  };
}
