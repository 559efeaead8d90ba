import { scanTexts, type TextScan } from './text-scan.ts';
import type { SearchReady, SearchReply, SearchRequest } from './search-messages.ts';

/** Fewer texts than this per worker are not worth a thread. */
const MIN_TEXTS_PER_WORKER = 2048;
const MAX_WORKERS = 4;

interface Scanner {
  scan: (terms: readonly string[]) => Promise<Uint32Array>;
  /** Resolves once searches run at full speed (workers hold and have fingerprinted their texts). */
  ready: Promise<void>;
  stop: () => void;
}

/** On the page's own thread (no workers: single file, `file://`, tests). */
function inThread(texts: readonly string[]): Scanner {
  let last: TextScan | null = null;
  return {
    scan: (terms) =>
      new Promise((resolve) =>
        // A task of its own, so the input that asked for the search is painted first.
        setTimeout(() => {
          last = scanTexts(texts, terms, last);
          resolve(last.mask);
        }, 0),
      ),
    ready: Promise.resolve(),
    stop: () => undefined,
  };
}

/**
 * Worker threads, each holding one slice of the texts: at 100,000 articles a search reads ~90
 * million characters, which the cores then share, and the page's thread stays free meanwhile.
 * Slices start at multiples of 32, so each worker's bitset words drop into place.
 */
function inWorkers(texts: readonly string[], count: number): Scanner | null {
  const size = Math.ceil(texts.length / count / 32) * 32;
  const workers: Worker[] = [];
  try {
    for (let start = 0; start < texts.length; start += size) {
      const worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
        type: 'module',
        name: 'ict-atlas search',
      });
      const request: SearchRequest = { type: 'texts', texts: texts.slice(start, start + size) };
      worker.postMessage(request);
      workers.push(worker);
    }
  } catch {
    for (const worker of workers) worker.terminate();
    return null;
  }
  let nextId = 0;
  // A worker that cannot start (or dies) fails every search, the running ones and all later ones.
  let failure: Error | null = null;
  const running = new Set<(error: Error) => void>();
  let notReady = workers.length;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  for (const worker of workers) {
    const onReady = (event: MessageEvent<SearchReply | SearchReady>) => {
      if (!('type' in event.data)) return;
      worker.removeEventListener('message', onReady);
      if (--notReady === 0) markReady();
    };
    worker.addEventListener('message', onReady);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      failure ??= new Error(`search worker failed: ${event.message}`);
      for (const fail of running) fail(failure);
      // Searches now go to the page's thread (TextSearch), which needs no warming up.
      markReady();
    });
  }
  return {
    ready,
    scan: (terms) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        const id = nextId++;
        const mask = new Uint32Array((texts.length + 31) >>> 5);
        let waiting = workers.length;
        const fail = (error: Error) => {
          running.delete(fail);
          reject(error);
        };
        running.add(fail);
        workers.forEach((worker, k) => {
          const onReply = (event: MessageEvent<SearchReply | SearchReady>) => {
            if (!('id' in event.data) || event.data.id !== id) return;
            worker.removeEventListener('message', onReply);
            mask.set(event.data.mask, (k * size) >>> 5);
            if (--waiting > 0) return;
            running.delete(fail);
            resolve(mask);
          };
          worker.addEventListener('message', onReply);
          const request: SearchRequest = { type: 'scan', id, terms };
          worker.postMessage(request);
        });
      }),
    stop: () => {
      for (const worker of workers) worker.terminate();
      failure ??= new Error('search stopped');
      for (const fail of running) fail(failure);
    },
  };
}

/** Workers when the page can start them and the texts are many enough to share. */
function workerCount(texts: readonly string[]): number {
  if (typeof Worker !== 'function') return 0;
  if (!/^https?:$/.test(globalThis.location?.protocol ?? '')) return 0;
  // One worker even on one core: the page's thread stays free for typing while it searches.
  const cores = globalThis.navigator?.hardwareConcurrency || 1;
  return Math.min(cores, MAX_WORKERS, Math.floor(texts.length / MIN_TEXTS_PER_WORKER));
}

/**
 * Free-text search over the folded search texts. Only the latest query matters: one asked while
 * another runs waits, and a newer one replaces it (the replaced one resolves null). Workers that
 * fail hand their search, and every later one, to the page's own thread. Stopped, it lets its
 * workers go and starts them again if asked to search (React may stop and reuse it).
 */
export class TextSearch {
  private scanner: Scanner | null = null;
  private workersFailed = false;
  private running = false;
  private pending: {
    terms: readonly string[];
    resolve: (mask: Uint32Array | null) => void;
  } | null = null;
  // Bumped by stop(): a search started before it no longer counts.
  private generation = 0;

  constructor(private readonly texts: readonly string[]) {}

  /** Texts holding every term; null when a newer search replaced this one, or on stop(). */
  search(terms: readonly string[]): Promise<Uint32Array | null> {
    this.pending?.resolve(null);
    return new Promise((resolve) => {
      this.pending = { terms, resolve };
      this.next();
    });
  }

  /**
   * Starts the workers and hands them the texts, so the first search does not wait for that;
   * resolves once they are ready (not if stopped first).
   */
  warm(): Promise<void> {
    this.scanner ??= this.start();
    return this.scanner.ready;
  }

  stop(): void {
    this.generation++;
    this.scanner?.stop();
    this.scanner = null;
    this.running = false;
    this.pending?.resolve(null);
    this.pending = null;
  }

  private next(): void {
    if (this.running || !this.pending) return;
    const { terms, resolve } = this.pending;
    this.pending = null;
    this.running = true;
    const generation = this.generation;
    void this.scan(terms, generation).then(
      (mask) => {
        if (generation !== this.generation) return resolve(null);
        resolve(mask);
        this.running = false;
        this.next();
      },
      () => resolve(null),
    );
  }

  private async scan(terms: readonly string[], generation: number): Promise<Uint32Array> {
    this.scanner ??= this.start();
    try {
      return await this.scanner.scan(terms);
    } catch (error) {
      if (generation !== this.generation) throw error;
      this.workersFailed = true;
      this.scanner.stop();
      this.scanner = inThread(this.texts);
      return this.scanner.scan(terms);
    }
  }

  private start(): Scanner {
    // The single file has no worker script beside it (and this drops the worker from its build).
    if (import.meta.env.MODE === 'single') return inThread(this.texts);
    const count = this.workersFailed ? 0 : workerCount(this.texts);
    return (count > 0 && inWorkers(this.texts, count)) || inThread(this.texts);
  }
}
