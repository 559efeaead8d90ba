import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench-corpus.ts';
import { buildDataset, serialiseDataset } from './build-dataset.ts';
import { decodeBytes } from './decode.ts';
import { stderrLogger } from './logger.ts';
import { walkFiles } from './walk.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    shared: { type: 'string', default: path.resolve('..', 'shared') },
  },
});

/** The floor: read, decode and regex-scan every file, no extraction. */
async function floorPass(folder: string): Promise<number> {
  const { files } = await walkFiles(folder);
  let hits = 0;
  for (const file of files) {
    const decoded = decodeBytes(await readFile(file.absolute));
    if (decoded.ok)
      hits += decoded.text.match(/\b(?:memorandum|agreement|signed|\d{4})\b/giu)?.length ?? 0;
  }
  return hits;
}

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { seconds: (performance.now() - start) / 1000, value };
}

const sources = ['seeds', path.join(values.shared, 'corpus', 'articles')];
const rows: string[][] = [
  ['articles', 'floor s', 'build s', 'articles/s', 'build/floor', 'peak RSS MB', 'output MB'],
];
for (const size of values.sizes.split(',').map(Number)) {
  const folder = await mkdtemp(path.join(tmpdir(), `atlas-bench-${size}-`));
  try {
    await generateCorpus(sources, folder, size);
    const floor = await timed(() => floorPass(folder));
    const build = await timed(() => buildDataset(folder, stderrLogger(true)));
    const bytes = Buffer.byteLength(serialiseDataset(build.value));
    const peakMb = process.resourceUsage().maxRSS / 1024;
    rows.push([
      String(size),
      floor.seconds.toFixed(2),
      build.seconds.toFixed(2),
      (size / build.seconds).toFixed(0),
      (build.seconds / floor.seconds).toFixed(1),
      peakMb.toFixed(0),
      (bytes / 1024 / 1024).toFixed(1),
    ]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows)
  process.stdout.write(`${row.map((cell, i) => cell.padStart(widths[i]!)).join('  ')}\n`);
