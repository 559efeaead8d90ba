import cliProgress from 'cli-progress';

/** A progress display the build reports to; the quiet one does nothing. */
export interface Progress {
  start(label: string, total: number, done?: number): void;
  increment(count?: number): void;
  stop(): void;
}

export const quietProgress: Progress = {
  start: () => undefined,
  increment: () => undefined,
  stop: () => undefined,
};

/**
 * A bar on the terminal (cli-progress, on stderr so stdout stays free), or nothing when stderr is
 * not a terminal (CI logs, pipes, files) or `--quiet` was given.
 */
export function terminalProgress(
  quiet: boolean,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (quiet || !stream.isTTY) return quietProgress;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{label} |{bar}| {value}/{total} files · {percentage}% · ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    start(label, total, done = 0) {
      if (running) bar.stop();
      bar.start(total, done, { label });
      running = true;
    },
    increment(count = 1) {
      if (running) bar.increment(count);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
