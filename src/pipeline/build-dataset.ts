import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatasetSchema } from '../schema/dataset.ts';
import type { Dataset, Problem } from '../schema/dataset.ts';
import { assemble, sortProblems } from './assemble.ts';
import type { Placed } from './assemble.ts';
import { prepareStore, readEntrySync } from './cache-store.ts';
import type { StoredRecord } from './cache-store.ts';
import type { FileTask } from './file-task.ts';
import { extractorFingerprint } from './fingerprint.ts';
import type { Logger } from './logger.ts';
import type { Outcome } from './outcome.ts';
import { quietProgress } from './progress.ts';
import type { Progress } from './progress.ts';
import { defaultThreads, runTasks } from './run-tasks.ts';
import type { ExtractionPool } from './run-tasks.ts';
import { inShard } from './shard.ts';
import type { Shard } from './shard.ts';
import { SHARD_FIELD } from './shard-data.ts';
import type { ShardData } from './shard-data.ts';
import { StatIndex } from './stat-index.ts';
import { walkFiles } from './walk.ts';
import type { WalkEntry } from './walk.ts';
import { writePieces } from './write-dataset.ts';
import { AppDataWriter } from './write-app-data.ts';
import type { ChunkRecord } from './write-app-data.ts';
import { storedPiece } from './article-piece.ts';
import { ManifestWriter, PreviousDocument } from './splice-manifest.ts';
import type { FolderFields } from './app-row.ts';

export interface BuildOptions {
  logger: Logger;
  /** The cache folder; null keeps records in a temporary folder deleted after the run. */
  cacheDir?: string | null;
  /** Only this slice of the input; the output then carries what a merge needs. */
  shard?: Shard;
  /** Worker threads for extraction; 1 extracts on the main thread. Default: every core. */
  threads?: number;
  progress?: Progress;
  /** Used instead of the computed extractor fingerprint (tests: another extractor version). */
  fingerprint?: string;
  /**
   * A pool started before the build (see earlyPool): used if worth it, and destroyed once
   * extraction is over.
   */
  pool?: ExtractionPool | null;
  /** Also write the app's sidecars beside the document, as it is written, with these options. */
  appData?: { textBudget?: number };
}

export interface BuildReport {
  /** Input files in this run's slice, including skipped ones (hidden, links, …). */
  files: number;
  articles: number;
  errors: number;
  warnings: number;
  /** Files read and looked up in the cache or extracted, versus taken unopened from the index. */
  read: number;
  unopened: number;
  /** Articles copied from the last document written to the same place, not serialised again. */
  copied: number;
}

/**
 * Builds the dataset of `input` into `output`: walk, extract changed files in parallel (records
 * go to the cache on disk), compute the folder-wide fields from small summaries, then stream the
 * document out. Every input file ends as an article or a problem naming it.
 */
export async function buildToFile(
  input: string,
  output: string,
  options: BuildOptions,
): Promise<BuildReport> {
  const progress = options.progress ?? quietProgress;
  // Records in a throwaway store never meet another extractor's: no need to hash the sources.
  const fingerprint =
    options.fingerprint ?? (options.cacheDir ? await extractorFingerprint() : 'temporary');
  const store = await openStore(options.cacheDir ?? null, options.logger);
  // Reading the record of the last document overlaps the walk's and the extraction's waiting;
  // nothing writes it before it is used.
  const opening = store.persistent ? PreviousDocument.open(store.dir, output) : null;
  try {
    const ready = await extractAll(input, store, fingerprint, options);
    const { articles, problems, shardData } = ready;
    // Unchanged articles are copied from the last document written here, not serialised again.
    const previous = await opening;
    const manifest = store.persistent ? await ManifestWriter.create(store.dir, output) : null;
    const appData =
      options.appData &&
      new AppDataWriter(output, {
        ...options.appData,
        previousChunks: previous?.chunks ?? [],
        knownTextChars: previous?.knownTextChars(articles) ?? 0,
      });
    progress.start('writing', articles.length);
    let written = 0;
    let copied = 0;
    let finishing: Promise<{ chunks: ChunkRecord[] }> | undefined;
    const writing: Promise<void> = writePieces(output, {
      count: articles.length,
      problems,
      extra: shardData && { [SHARD_FIELD]: shardData },
      piece: async (i) => {
        const { file, absolute, key, folder } = articles[i]!;
        let piece = await previous?.piece(file, key, folder);
        if (piece) copied++;
        else {
          const task = { file, absolute, fingerprint, storeDir: store.dir };
          piece = storedPiece(await loadRecord(store.dir, key, task), folder);
        }
        progress.increment();
        return piece;
      },
      onWritten: async (piece, offset, length) => {
        const { file, key } = articles[written++]!;
        await manifest?.add(file, key, piece, offset, length);
        await appData?.addItem(piece.item);
      },
      // The app's files are finished while the document is put in place; their index waits
      // for it (`writing`, assigned long before: writing starts after an await), and is not
      // written if that fails.
      onComplete: () => {
        finishing = appData?.finish(problems, writing);
        // Awaited below; this only keeps a failure meanwhile from counting as unhandled.
        finishing?.catch(() => undefined);
      },
    });
    let chunks: ChunkRecord[];
    let closing: Promise<void> | undefined;
    try {
      try {
        await writing;
      } finally {
        // Closing the replaced document frees its blocks, ~0.2 s of the kernel's time at
        // 100,000 articles: it goes on while the app's files and the manifest are finished.
        closing = previous?.close();
        closing?.catch(() => undefined);
      }
      chunks = (await finishing)?.chunks ?? [];
    } catch (error) {
      await finishing?.catch(() => undefined);
      await manifest?.discard();
      await appData?.discard();
      throw error;
    }
    progress.stop();
    await manifest?.commit(output, chunks);
    await closing;

    const errors = problems.filter((problem) => problem.severity === 'error').length;
    return {
      files: ready.files,
      articles: articles.length,
      errors,
      warnings: problems.length - errors,
      read: ready.read,
      unopened: ready.unopened,
      copied,
    };
  } finally {
    progress.stop();
    await (await opening)?.close();
    if (!store.persistent) await rm(store.dir, { recursive: true, force: true });
  }
}

/** One article to write: where its file and record are, and the fields the folder gave it. */
interface ToWrite {
  file: string;
  absolute: string;
  key: string;
  folder: FolderFields;
}

/** What writing needs once every file is extracted; the rest is let go of before it starts. */
interface Ready {
  articles: ToWrite[];
  problems: Problem[];
  shardData: ShardData | undefined;
  files: number;
  read: number;
  unopened: number;
}

/**
 * Walks `input`, extracts the changed files (records go to the store), logs the problems and
 * computes the folder-wide fields. A function of its own so that its 100,000 outcomes, walk
 * entries and summaries are garbage once it returns, not live through the writing.
 */
async function extractAll(
  input: string,
  store: { dir: string; persistent: boolean },
  fingerprint: string,
  options: BuildOptions,
): Promise<Ready> {
  const { logger, shard } = options;
  const progress = options.progress ?? quietProgress;
  const walkedAt = Date.now();
  const walked = walkFiles(input);
  const files = walked.files.filter((entry) => inShard(entry.file, shard));
  const notes: Problem[] = walked.notes
    .filter((note) => inShard(note.file, shard))
    .map((note) => ({ file: note.file, severity: 'warning', message: note.message }));

  const index = store.persistent
    ? await StatIndex.open(store.dir, input, fingerprint, shard)
    : null;
  const outcomes: (Outcome | null)[] = files.map(
    (entry) => index?.lookup(entry.file, entry.signature) ?? null,
  );
  const missing = files.flatMap((_entry, position) => (outcomes[position] ? [] : [position]));
  const tasks = missing.map((position) => fileTask(files[position]!, fingerprint, store.dir));
  progress.start('extracting', files.length, files.length - tasks.length);
  await runTasks(
    tasks,
    options.threads ?? defaultThreads(),
    (i, outcome) => {
      outcomes[missing[i]!] = outcome;
      progress.increment();
    },
    (error) => logger.warn(`worker pool failed, extracting on one thread: ${String(error)}`),
    options.pool,
  );
  progress.stop();
  const done = outcomes as Outcome[];
  if (index) {
    files.forEach((entry, i) => index.record(entry.file, entry.signature, done[i]!));
    // Saved, and let go of, before the output is written, so its 100,000 entries are not held
    // through that too; it describes the cache, which is complete by now. One that cannot be
    // saved only makes the next build slower.
    await index
      .save(walkedAt)
      .catch((error: unknown) => logger.warn(`cannot save the cache index: ${String(error)}`));
  }

  const problems = sortProblems([...notes, ...done.flatMap((outcome) => outcome.problems)]);
  for (const problem of problems)
    logger[problem.severity === 'error' ? 'error' : 'warn'](`${problem.file}: ${problem.message}`);

  const kept = files.flatMap((entry, i) => {
    const { summary, contentHash, key } = done[i]!;
    return summary && contentHash && key ? [{ entry, key, summary, contentHash }] : [];
  });
  const placed: Placed[] = kept.map(({ entry, summary, contentHash }) => ({
    file: entry.file,
    summary,
    contentHash,
  }));
  const assembled = assemble(placed);
  return {
    articles: kept.map(({ entry, key }, i) => {
      const { id, grouped } = assembled[i]!;
      return { file: entry.file, absolute: entry.absolute, key, folder: { id, ...grouped } };
    }),
    problems,
    shardData: shard && {
      index: shard.index,
      count: shard.count,
      extractor: fingerprint,
      articles: kept.map(({ summary, contentHash }) => ({ id: summary.id, contentHash })),
    },
    files: files.length + notes.length,
    read: tasks.length,
    unopened: files.length - tasks.length,
  };
}

function fileTask(entry: WalkEntry, fingerprint: string, storeDir: string): FileTask {
  return { file: entry.file, absolute: entry.absolute, fingerprint, storeDir };
}

/** The cache when it can be used; otherwise a temporary folder that only lives for this run. */
async function openStore(
  cacheDir: string | null,
  logger: Logger,
): Promise<{ dir: string; persistent: boolean }> {
  if (cacheDir) {
    try {
      await prepareStore(cacheDir);
      return { dir: cacheDir, persistent: true };
    } catch (error) {
      logger.warn(`cache ${cacheDir} not usable, building without it: ${String(error)}`);
    }
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'ict-atlas-build-'));
  await prepareStore(dir);
  return { dir, persistent: false };
}

/** The record from the store; if it went missing (cache deleted meanwhile), it is made again. */
async function loadRecord(storeDir: string, key: string, task: FileTask): Promise<StoredRecord> {
  let entry = readEntrySync(storeDir, key);
  if (!entry) {
    const { runFileTask } = await import('./file-task.ts');
    await runFileTask(task);
    entry = readEntrySync(storeDir, key);
  }
  if (!entry?.record)
    throw new Error(`${task.file}: changed while the build was running; run it again`);
  return entry.record;
}

/**
 * The dataset of `input` in memory, built without the cache: for small folders (tests, the
 * evaluation). The command line streams to a file instead.
 */
export async function buildDataset(
  input: string,
  logger: Logger,
  options: Omit<BuildOptions, 'logger'> = {},
): Promise<Dataset> {
  const folder = await mkdtemp(path.join(tmpdir(), 'ict-atlas-dataset-'));
  try {
    const output = path.join(folder, 'articles.json');
    await buildToFile(input, output, { cacheDir: null, ...options, logger });
    return DatasetSchema.parse(JSON.parse(await readFile(output, 'utf8')));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Stable serialisation: same dataset, same bytes (what writeDataset streams). */
export function serialiseDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 1)}\n`;
}
