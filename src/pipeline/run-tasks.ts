import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import type { FileTask } from './file-task.ts';
import type { Outcome } from './outcome.ts';
import { workerBundle } from './worker-bundle.ts';

/**
 * Below this many files to extract, starting worker threads (each loads and warms up the extractor,
 * about a second) costs more than it saves; the files are extracted on the main thread.
 */
export const POOL_MIN_TASKS = 64;

/** The default pool size: every core. */
export function defaultThreads(): number {
  return availableParallelism();
}

let regexFlagSet = false;

/**
 * The extractor compiles a few hundred large regexes on its first articles. V8 compiles each to
 * bytecode and, once it has run, again to machine code; going straight to machine code saves each
 * thread about 0.3 s of CPU at start-up. The flag is process-wide (workers included) and changes
 * only how a regex is compiled, never what it matches. Set once, before any worker starts: Node
 * warns that changing V8's flags once it runs can crash it, and a second call would come while an
 * early pool's workers extract.
 */
function compileRegexesOnce(): void {
  if (regexFlagSet) return;
  regexFlagSet = true;
  setFlagsFromString('--no-regexp-tier-up');
}

/**
 * Worker threads with the extractor loaded, made before the tasks are known: a cold build starts
 * them first thing, so the workers load and warm up the extractor while this thread is still
 * loading the pipeline's own modules and walking the folder. Destroying it twice is harmless.
 */
export class ExtractionPool {
  private destroyed = false;
  /** The first error a worker raised outside a task (one that cannot start, or dies). */
  failure: unknown = null;

  private constructor(
    readonly piscina: Piscina<FileTask, Outcome>,
    readonly threads: number,
  ) {
    // Listened to from the start: an early pool's worker can fail before any task is given, and
    // an 'error' with no listener would end the process.
    piscina.on('error', (error: unknown) => (this.failure ??= error));
  }

  static async start(threads: number): Promise<ExtractionPool> {
    return new ExtractionPool(await piscinaOf(threads), threads);
  }

  /**
   * One worker that warms the extractor up at once (see warmUp), for a rebuild: the few files
   * that changed are known only after the walk, and by then the worker is ready for them.
   */
  static async standby(): Promise<ExtractionPool> {
    const pool = new ExtractionPool(await piscinaOf(1), 1);
    // A failed warm-up only leaves the first task to pay for it; a dead worker is `failure`.
    (pool.piscina as unknown as Piscina<null, void>)
      .run(null, { name: 'warmUp' })
      .catch(() => undefined);
    return pool;
  }

  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    await this.piscina.destroy();
  }
}

async function piscinaOf(threads: number): Promise<Piscina<FileTask, Outcome>> {
  compileRegexesOnce();
  return new Piscina<FileTask, Outcome>({
    filename: await workerBundle(),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
    // A second task waits in the worker, so it starts the moment the first ends rather than
    // after a round trip to this thread (which left each worker waiting ~3% of the time).
    concurrentTasksPerWorker: 2,
    execArgv: withoutLoaders(process.execArgv),
  });
}

/**
 * Runs every task, in a worker pool across `threads` cores when there are enough of them, and
 * calls `done` with each task's position and outcome as it finishes (in any order). Only a bounded
 * number of tasks are queued at once, so memory does not grow with the folder. `started` is a
 * pool made earlier for this run (its extractor loaded, or loading): used for any number of tasks
 * unless it has fewer threads than a pool worth starting for them, destroyed either way.
 */
export async function runTasks(
  tasks: readonly FileTask[],
  threads: number,
  done: (position: number, outcome: Outcome) => void,
  onPoolFailure: (error: unknown) => void = () => undefined,
  started: ExtractionPool | null = null,
): Promise<void> {
  const finished = new Set<number>();
  const finish = (position: number, outcome: Outcome): void => {
    finished.add(position);
    done(position, outcome);
  };
  const worthAPool = threads > 1 && tasks.length >= POOL_MIN_TASKS;
  let pool = started;
  if (pool && (tasks.length === 0 || (worthAPool && pool.threads < threads))) {
    await pool.destroy();
    pool = null;
  }
  if (pool || worthAPool) {
    try {
      await runInPool(tasks, pool ?? (await ExtractionPool.start(threads)), finish);
      return;
    } catch (error) {
      // A pool that cannot start or crashes (not a bad file: those are outcomes) must not stop
      // the build; what is left is extracted here.
      onPoolFailure(error);
    }
  }
  if (finished.size === tasks.length) return;
  compileRegexesOnce();
  // Loaded only here: a build served by workers or the cache never loads the extractor itself.
  const runFileTask = await extractorHere();
  for (const [position, task] of tasks.entries())
    if (!finished.has(position)) finish(position, await runFileTask(task));
}

/**
 * The extractor for this thread: the workers' bundle when it can be had (loading it takes ~0.5 s,
 * the TypeScript sources through tsx ~1.5 s, most of a one-file rebuild's fixed cost), else the
 * sources themselves.
 */
async function extractorHere(): Promise<(task: FileTask) => Promise<Outcome>> {
  try {
    const bundle = (await import(pathToFileURL(await workerBundle()).href)) as {
      default: (task: FileTask) => Promise<Outcome>;
    };
    return bundle.default;
  } catch {
    return (await import('./file-task.ts')).runFileTask;
  }
}

async function runInPool(
  tasks: readonly FileTask[],
  pool: ExtractionPool,
  finish: (position: number, outcome: Outcome) => void,
): Promise<void> {
  try {
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < tasks.length && pool.failure === null) {
        const position = next++;
        finish(position, await pool.piscina.run(tasks[position]!));
      }
    };
    // A few tasks in flight per thread keep every worker busy while its result travels back.
    await Promise.all(Array.from({ length: pool.threads * 4 }, lane));
    if (pool.failure !== null) throw pool.failure;
  } finally {
    await pool.destroy();
  }
}

/**
 * The parent's Node flags minus module loaders and preloads: the worker runs plain JavaScript, and
 * a preload meant for the main thread (tsx's, a benchmark's) is not for workers.
 */
export function withoutLoaders(execArgv: readonly string[]): string[] {
  const loaders = ['--import', '--require', '-r', '--loader', '--experimental-loader'];
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i]!;
    if (loaders.includes(flag)) i++;
    else if (!loaders.some((loader) => flag.startsWith(`${loader}=`))) kept.push(flag);
  }
  return kept;
}
