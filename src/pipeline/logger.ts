export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Logs to stderr, so stdout stays free for data; `quiet` keeps only errors. */
export function stderrLogger(quiet = false): Logger {
  return {
    info: (message) => {
      if (!quiet) process.stderr.write(`${message}\n`);
    },
    warn: (message) => {
      if (!quiet) process.stderr.write(`warning: ${message}\n`);
    },
    error: (message) => process.stderr.write(`error: ${message}\n`),
  };
}
